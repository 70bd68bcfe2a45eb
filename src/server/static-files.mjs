// The built site's files, served by the course server: compressed copies (see precompress.mjs)
// chosen by Accept-Encoding, hashed assets cached for a year, everything else revalidated.
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
};

/** Text (and uncompressed font) files, worth compressing; images, woff2, zips and Pagefind's files already are. */
const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.svg', '.xml', '.txt', '.csv', '.ttf']);

/** @param {string} file */
export const compressible = (file) => TEXT.has(extname(file).toLowerCase());

/** Encodings in the order preferred when a client accepts both equally: Brotli is smaller. */
const ENCODINGS = /** @type {const} */ ([
  ['br', '.br'],
  ['gzip', '.gz'],
]);

/**
 * The encoding to send: the one the client weighs highest (q-values, `*`, `identity;q=0` read as
 * RFC 9110 §12.5.3 says), of those there is a copy for; undefined for the file itself.
 * @param {string | undefined} header Accept-Encoding
 * @param {readonly string[]} available
 * @returns {string | undefined}
 */
export function chooseEncoding(header, available) {
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const part of (header ?? '').split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name) => weights.get(name) ?? weights.get('*') ?? 0;
  let best;
  for (const name of available) if (weight(name) > 0 && (best === undefined || weight(name) > weight(best))) best = name;
  return best;
}

/** Hashed build output: its name changes whenever its content does, so it may be kept for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and other files at fixed addresses: kept, but checked with the server (ETag) before each use. */
export const REVALIDATE = 'no-cache';

/**
 * @typedef {{ path: string, size: number, etag: string }} Variant
 * @typedef {{ type: string, modified: string, cache: string, vary: boolean, variants: Map<string | undefined, Variant> }} Entry
 */

/**
 * Every file under `root` by its URL path, read once at start (the built site does not change while
 * it is served): `/lessons/x/` names `lessons/x/index.html`.
 * @param {string} root
 * @param {{ immutablePrefix?: string }} [options]
 * @returns {Map<string, Entry>}
 */
export function indexSite(root, { immutablePrefix = '/_astro/' } = {}) {
  /** @type {Map<string, Entry>} */
  const site = new Map();
  const walk = (folder) => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, item.name);
      if (item.isDirectory()) walk(path);
      else if (!/\.(br|gz)$/.test(item.name)) {
        const stat = statSync(path);
        const url = `/${relative(root, path).split(sep).join('/')}`;
        const tag = `${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}`;
        /** @type {Map<string | undefined, Variant>} */
        const variants = new Map([[undefined, { path, size: stat.size, etag: `"${tag}"` }]]);
        if (compressible(path)) {
          for (const [encoding, suffix] of ENCODINGS) {
            try {
              variants.set(encoding, { path: path + suffix, size: statSync(path + suffix).size, etag: `"${tag}-${encoding}"` });
            } catch {
              // No copy (too small to gain): the file itself is sent.
            }
          }
        }
        const entry = {
          type: types[extname(path).toLowerCase()] ?? 'application/octet-stream',
          modified: new Date(Math.floor(stat.mtimeMs / 1000) * 1000).toUTCString(),
          cache: url.startsWith(immutablePrefix) ? IMMUTABLE : REVALIDATE,
          vary: compressible(path),
          variants,
        };
        site.set(url, entry);
        if (url.endsWith('/index.html')) site.set(url.slice(0, -'index.html'.length), entry);
      }
    }
  };
  walk(root);
  return site;
}

/** @param {string | undefined} header @param {string} etag */
const matches = (header, etag) => header !== undefined && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*');

/**
 * Serves the request from `site` when it is a GET or HEAD of one of its files; returns false to
 * let the caller answer (pages rendered on request, the API, redirects, the 404 page).
 * @param {Map<string, Entry>} site from {@link indexSite}
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @returns {boolean}
 */
export function serveStatic(site, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  } catch {
    return false;
  }
  const entry = site.get(pathname);
  if (!entry) return false;
  const encoding = chooseEncoding(request.headers['accept-encoding'], [...entry.variants.keys()].filter((key) => key !== undefined));
  const variant = /** @type {Variant} */ (entry.variants.get(encoding));
  response.setHeader('Cache-Control', entry.cache);
  response.setHeader('ETag', variant.etag);
  response.setHeader('Last-Modified', entry.modified);
  if (entry.vary) response.setHeader('Vary', 'Accept-Encoding');
  const ifNoneMatch = request.headers['if-none-match'];
  const ifModifiedSince = request.headers['if-modified-since'];
  if (matches(ifNoneMatch, variant.etag) || (ifNoneMatch === undefined && ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= Date.parse(entry.modified))) {
    response.writeHead(304).end();
    return true;
  }
  response.setHeader('Content-Type', entry.type);
  response.setHeader('Content-Length', variant.size);
  if (encoding) response.setHeader('Content-Encoding', encoding);
  response.writeHead(200);
  if (request.method === 'HEAD') response.end();
  else createReadStream(variant.path).on('error', () => response.destroy()).pipe(response);
  return true;
}
