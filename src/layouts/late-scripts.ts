/**
 * A page paints without any of its module scripts: the theme and the no-script view are in the
 * HTML and its styles, and scripts only bring widgets, the quiz and progress to life. Fetched at the
 * default (high) priority they compete with the page's first paint on a slow connection; at low
 * priority the browser fetches them once what the page needs to paint is on its way.
 */
export const lateScripts = (html: string): string => html.replaceAll('<script type="module" src=', '<script type="module" fetchpriority="low" src=');
