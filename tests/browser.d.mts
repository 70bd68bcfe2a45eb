export declare const debianChromium: string;
export declare const chromiumArgs: string[];
export declare function findBrowser(env?: Record<string, string | undefined>): string | undefined;
