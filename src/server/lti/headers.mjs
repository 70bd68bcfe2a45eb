// Response headers for LTI: read by server.mjs, which runs as plain JavaScript.

/** The LTI flow's addresses: login, launch, the hand-over pages, the JWKS. */
export const ltiPath = '/lti/';

/** @param {string} csp @param {string} name @param {string} value */
const setDirective = (csp, name, value) =>
  csp
    .split('; ')
    .map((directive) => (directive.split(' ')[0] === name ? `${name} ${value}` : directive))
    .join('; ');

/**
 * Headers of the LTI pages: they open inside any LMS's frame (which LMS a launch comes from is
 * only known once its token is checked), and the deep-linking answer is a form posted to the
 * LMS's own address.
 * @param {Record<string, string>} site the site's headers
 * @returns {Record<string, string>}
 */
export function ltiHeaders(site) {
  const { 'X-Frame-Options': _frame, 'Cross-Origin-Opener-Policy': _opener, ...rest } = site;
  let csp = setDirective(site['Content-Security-Policy'], 'frame-ancestors', '*');
  csp = setDirective(csp, 'form-action', "'self' https: http:");
  return { ...rest, 'Content-Security-Policy': csp };
}

/**
 * The LMS origins `LTI_FRAME_ANCESTORS` names (space-separated); anything else in it is ignored.
 * @param {NodeJS.ProcessEnv} env @returns {string[]}
 */
export const frameAncestors = (env) => (env.LTI_FRAME_ANCESTORS ?? '').split(/\s+/).filter((origin) => /^https?:\/\/[^\s;'"]+$/.test(origin));

/**
 * Whether the course's pages may show inside an LMS frame: else a launch in a frame ends with a
 * link to open the course in a new window, as the browser would leave the frame blank.
 * @param {NodeJS.ProcessEnv} env
 */
export const lessonsFramable = (env) => frameAncestors(env).length > 0;

/**
 * Lessons inside an LMS frame: `LTI_FRAME_ANCESTORS` (space-separated origins such as
 * `https://school.instructure.com`) may frame every page; without it only the LTI pages can be
 * framed, and links open best in a new window.
 * @param {Record<string, string>} site @param {NodeJS.ProcessEnv} env
 * @returns {Record<string, string>}
 */
export function lmsFraming(site, env) {
  const origins = frameAncestors(env);
  if (origins.length === 0) return site;
  const { 'X-Frame-Options': _frame, ...rest } = site;
  return { ...rest, 'Content-Security-Policy': setDirective(site['Content-Security-Policy'], 'frame-ancestors', `'self' ${origins.join(' ')}`) };
}
