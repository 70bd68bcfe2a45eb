/** The join page's address for a class's code, under the site's base path: the link an instructor shares. */
export const joinLink = (code: string): string => new URL(`${import.meta.env.BASE_URL}class/join/?code=${encodeURIComponent(code)}`, location.href).href;
