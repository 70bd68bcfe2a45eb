// @ts-check
/// <reference lib="webworker" />
/**
 * Offline reading. Pages are fetched from the network first and kept, so a
 * lesson once read opens again without a connection; built assets (hashed
 * names, never changed) and the search index are served from the cache once
 * fetched. Class-mode requests (`api/`) and other origins are never touched.
 */
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const version = 'threshold-1';
const pages = `${version}:pages`;
const assets = `${version}:assets`;
const scope = new URL(sw.registration.scope);
const maxAssets = 300;
/** A slow network should not keep a saved page from showing. */
const networkWait = 4000;

sw.addEventListener('install', (event) => {
  event.waitUntil(caches.open(pages).then((cache) => cache.add(new Request(scope.href, { cache: 'reload' }))).then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (!key.startsWith(`${version}:`)) await caches.delete(key);
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  if (url.pathname.startsWith(`${scope.pathname}api/`)) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith(`${scope.pathname}_astro/`)) event.respondWith(asset(request));
  else event.respondWith(freshWhenPossible(request));
});

/** Network first, the saved copy when offline or slow; a short note when the page was never saved. */
async function page(request) {
  const cache = await caches.open(pages);
  try {
    const response = await withTimeout(fetch(request), networkWait);
    if (response.ok) await cache.put(withoutQuery(request), response.clone());
    return response;
  } catch {
    const saved = await cache.match(withoutQuery(request));
    return saved ?? offlineNote();
  }
}

/** Hashed build output: the cached copy is always right. */
async function asset(request) {
  const cache = await caches.open(assets);
  const saved = await cache.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    void trim(cache);
  }
  return response;
}

/** Files with stable names (search index, fonts, data): the network's copy, or the saved one offline. */
async function freshWhenPossible(request) {
  const cache = await caches.open(assets);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch {
    return (await cache.match(request)) ?? Response.error();
  }
}

/** Widget settings live in the query string (`?metric-lens.scale=10`); one saved copy serves them all. */
function withoutQuery(request) {
  const url = new URL(request.url);
  url.search = '';
  return url.href;
}

function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

async function trim(cache) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - maxAssets))) await cache.delete(key);
}

function offlineNote() {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline · Threshold</title><main style="font:1.1rem/1.6 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem"><h1>You are offline</h1><p>This page has not been opened on this device before, so there is no saved copy. Pages you have read are saved and open without a connection.</p><p><a href="${scope.pathname}">Back to the course home</a></p></main></html>`;
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
