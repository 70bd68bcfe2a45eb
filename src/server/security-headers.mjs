import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Inline `<script>` elements that run (not JSON data blocks, not ones loaded by `src`). */
const inlineScript = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const runs = (attributes) => {
  const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
};

/**
 * CSP sources for every inline script in `pages` (HTML texts): the theme script runs before first
 * paint and so must stay inline; a hash lets it, and only it, run without 'unsafe-inline'.
 * @param {Iterable<string>} pages
 * @returns {string[]} sorted, distinct `'sha256-…'` sources
 */
export function inlineScriptHashes(pages) {
  const hashes = new Set();
  for (const html of pages) {
    for (const [, attributes, body] of html.matchAll(inlineScript)) {
      if (runs(attributes) && body.trim() !== '') hashes.add(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
    }
  }
  return [...hashes].sort();
}

/** @param {string} folder @returns {string[]} the text of every HTML file under `folder` */
export function readPages(folder) {
  const pages = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) pages.push(...readPages(path));
    else if (entry.name.endsWith('.html')) pages.push(readFileSync(path, 'utf8'));
  }
  return pages;
}

/**
 * Headers sent with every response. Styles may be inline: Plot and the widgets set `style`
 * attributes, which a hash cannot cover. Workers are same-origin module files.
 * @param {string[]} scriptHashes from {@link inlineScriptHashes}
 * @returns {Record<string, string>}
 */
export function securityHeaders(scriptHashes) {
  const csp = [
    "default-src 'self'",
    // The search index (Pagefind) is WebAssembly: compiling it needs 'wasm-unsafe-eval', which allows no JavaScript eval.
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    // Join links carry the class code: never send the address to another site.
    'Referrer-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Documents made to be framed by the site's own pages: the code cells' sandbox. */
export const framesPath = '/frames/';

/**
 * Headers for the code cells' sandbox frame (public/frames/notebook-sandbox.html). It evaluates
 * learners' code in workers started from blob: URLs, so it alone may `eval`; `sandbox allow-scripts`
 * keeps it in an opaque origin even when opened directly, and only the site may frame it.
 * @param {string[]} scriptHashes from {@link inlineScriptHashes}
 * @returns {Record<string, string>}
 */
export function frameHeaders(scriptHashes) {
  const csp = [
    "default-src 'none'",
    `script-src 'unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    'worker-src blob:',
    "frame-ancestors 'self'",
    'sandbox allow-scripts',
  ].join('; ');
  return { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
}
