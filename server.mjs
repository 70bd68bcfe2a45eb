// The course server: the built site and the class API on one port, with security headers on
// every response. Usage: npm run build && node server.mjs
// Environment: HOST (127.0.0.1), PORT (4321), DATABASE_URL (postgres://…; SQLite when unset),
// CLASS_DATA_DIR (./data, where the SQLite file lives), TRUST_PROXY (addresses of reverse proxies
// whose X-Forwarded-For is believed; none by default), LTI_* (see src/server/lti/README.md).
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { clientAddress, trustedProxies } from './src/server/client-address.mjs';
import { frameHeaders, framesPath, inlineScriptHashes, readPages, securityHeaders } from './src/server/security-headers.mjs';
import { indexSite, serveStatic } from './src/server/static-files.mjs';
import { lmsFraming, ltiHeaders, ltiPath } from './src/server/lti/headers.mjs';

const entry = new URL('./dist/server/entry.mjs', import.meta.url);
if (!existsSync(entry)) {
  console.error('No built server in dist/server/: run `npm run build` first.');
  process.exit(1);
}
// The adapter would start its own server on import; this one adds the headers first.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = await import(entry.href);

const client = new URL('./dist/client/', import.meta.url).pathname;
const hashes = inlineScriptHashes(readPages(client));
const site = indexSite(client);
const trusted = trustedProxies(process.env.TRUST_PROXY);
const pageHeaders = lmsFraming(securityHeaders(hashes), process.env);
const headers = Object.entries(pageHeaders);
const lti = Object.entries(ltiHeaders(pageHeaders));
const frames = Object.entries(frameHeaders(hashes));
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4321);

const server = createServer((request, response) => {
  const path = request.url ?? '';
  for (const [name, value] of path.startsWith(framesPath) ? frames : path.startsWith(ltiPath) ? lti : headers) response.setHeader(name, value);
  if (serveStatic(site, request, response)) return;
  // The adapter takes the client's address from X-Forwarded-For: it gets the one this server believes.
  request.headers['x-forwarded-for'] = clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], trusted);
  handler(request, response);
});
server.listen(port, host, async () => {
  // The first class request opens the database and runs its migrations: make it now, so a
  // database that cannot be opened is reported at start rather than to the first learner.
  const health = await fetch(`http://${host.includes(':') ? `[${host}]` : host}:${port}/api/class/health`).catch((error) => error);
  // LTI: the tool's key is made on first start and scores an earlier run still owed are sent.
  await fetch(`http://${host.includes(':') ? `[${host}]` : host}:${port}/lti/jwks`).catch(() => undefined);
  if (health instanceof Response && health.ok) console.log(`Threshold with class mode at http://${host}:${port}/`);
  else console.error(`Threshold is up at http://${host}:${port}/ but class mode is not: ${health instanceof Response ? (await health.json()).error : health}`);
});

// Stop accepting, finish what is in flight, then exit; every acknowledged write is already committed.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
