import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// The course server (`node server.mjs`) as browsers and proxies meet it: raw HTTP, so what is on
// the wire (compression, caching, status and type of every API answer) is what is checked.

const port = Number(process.env.E2E_PORT ?? 4329);

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function raw(path: string, { method = 'GET', headers = {}, body, at = port }: { method?: string; headers?: Record<string, string>; body?: string; at?: number } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest({ host: '127.0.0.1', port: at, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

const lesson = '/lessons/what-is-emergence/';
const builtLesson = readFileSync(`dist/client${lesson}index.html`);
const script = readdirSync('dist/client/_astro').find((name) => name.endsWith('.js'))!;

test.describe('compression and caching', () => {
  test('a page is sent with Brotli or gzip as the browser asks, the same bytes once decoded, and Vary says so', async () => {
    const br = await raw(lesson, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).equals(builtLesson)).toBe(true);
    expect(br.body.length).toBeLessThan(builtLesson.length / 3);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);

    const gz = await raw(lesson, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(builtLesson)).toBe(true);

    for (const refusal of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const plain = await raw(lesson, { headers: refusal === undefined ? {} : { 'accept-encoding': refusal } });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toMatch(/accept-encoding/i);
      expect(plain.body.equals(builtLesson)).toBe(true);
    }
    // A preference by weight is honoured.
    expect((await raw(lesson, { headers: { 'accept-encoding': 'br;q=0.5, gzip;q=1' } })).headers['content-encoding']).toBe('gzip');
    // The security headers come with compressed files too.
    expect(br.headers['content-security-policy']).toContain("default-src 'self'");
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  test('hashed assets are cached for a year; pages are revalidated and answer 304 when unchanged', async () => {
    const asset = await raw(`/_astro/${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);

    const page = await raw(lesson, { headers: { 'accept-encoding': 'br' } });
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(page.headers['last-modified']).toBeTruthy();
    const again = await raw(lesson, { headers: { 'accept-encoding': 'br', 'if-none-match': page.headers.etag! } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // Another encoding is another representation, with a tag of its own.
    const gzipped = await raw(lesson, { headers: { 'accept-encoding': 'gzip', 'if-none-match': page.headers.etag! } });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers.etag).not.toBe(page.headers.etag);
    const since = await raw(lesson, { headers: { 'if-modified-since': page.headers['last-modified']! } });
    expect(since.status).toBe(304);
  });

  test('HEAD answers with the headers and no body; an unknown page is still the 404 page', async () => {
    const head = await raw(lesson, { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);
    const missing = await raw('/lessons/no-such-lesson/');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^text\/html/);
  });
});

test.describe('every /api/ answer is JSON', () => {
  const expectJson = (answer: Raw, status: number) => {
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(typeof (JSON.parse(answer.body.toString()) as { error: string }).error).toBe('string');
  };

  test('unknown paths are 404, wrong methods 405 with Allow', async () => {
    for (const path of ['/api/', '/api/nothing', '/api/class/nothing', '/api/class/learners/']) expectJson(await raw(path), 404);
    expectJson(await raw('/api/class/nothing', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }), 404);
    const wrong = await raw('/api/class/attempts');
    expectJson(wrong, 405);
    expect(wrong.headers.allow).toBe('POST');
    const report = await raw('/api/class/report', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expectJson(report, 405);
    expect(report.headers.allow).toBe('GET, HEAD');
    expectJson(await raw('/api/class/learners/abc', { method: 'GET' }), 405);
    expectJson(await raw('/api/class/health', { method: 'PUT' }), 405);
  });
});

test('the instructor-key form never falls back to sending the key in the address when its script is missing', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (sent) => requests.push(sent.url()));
  await page.goto('/class/dashboard/');
  const form = page.locator('form[data-key-form]');
  await expect(form).toBeVisible();
  // A copy of the form has none of the page script's handlers: what the browser does by itself.
  await form.evaluate((element) => element.replaceWith(element.cloneNode(true)));
  await page.getByLabel('Instructor key').fill('k_secretid.secretsecret');
  await page.getByRole('button', { name: 'Open the dashboard' }).click();
  await page.waitForTimeout(500);
  expect(page.url()).not.toContain('secret');
  expect(requests.filter((url) => url.includes('secret'))).toEqual([]);
});

test.describe('rate limits per real client', () => {
  let server: ChildProcess | undefined;
  let folder: string;
  const own = port + 2;

  async function start(env: Record<string, string>): Promise<void> {
    folder = mkdtempSync(join(tmpdir(), 'threshold-proxy-'));
    const started = spawn('node', ['server.mjs'], { stdio: 'ignore', env: { ...process.env, HOST: '127.0.0.1', PORT: String(own), CLASS_DATA_DIR: folder, DATABASE_URL: '', ...env } });
    server = started;
    for (let i = 0; i < 150; i++) {
      if ((await raw('/api/class/health', { at: own }).catch(() => undefined))?.status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('the course server did not start');
  }
  test.afterEach(() => {
    server?.kill();
    server = undefined;
    rmSync(folder, { recursive: true, force: true });
  });

  const create = (forwardedFor: string) =>
    raw('/api/class/classes', { at: own, method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor }, body: JSON.stringify({ name: 'Proxy test' }) });

  test('X-Forwarded-For is ignored unless TRUST_PROXY names the proxy', async () => {
    await start({});
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await create(`203.0.113.${i}`)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429, 429, 429]);
  });

  test('behind a trusted proxy each client has its own limit, and an address the client itself prepends is not believed', async () => {
    await start({ TRUST_PROXY: '127.0.0.1' });
    for (let i = 0; i < 5; i++) expect((await create(`198.51.100.7`)).status).toBe(201);
    expect((await create('198.51.100.7')).status).toBe(429);
    // The client forges a first address; the proxy appends the real one, which is the one counted.
    expect((await create('203.0.113.99, 198.51.100.7')).status).toBe(429);
    expect((await create('198.51.100.8')).status).toBe(201);
  });
});
