import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { builtFile, builtPages, hydrateAll, lessonPages } from './site';

/** What a fresh visit loads: script bytes (gzip, as a server would send them) and requests. */
function recordLoads(page: Page) {
  const scripts: Promise<Buffer>[] = [];
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body().catch(() => Buffer.alloc(0)));
  });
  return {
    requests,
    scriptGzipBytes: async () => (await Promise.all(scripts)).reduce((sum, body) => sum + gzipSync(body).length, 0),
  };
}

for (const path of lessonPages()) {
  test(`${path} stays inside its byte and request budgets`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const loads = recordLoads(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    const origin = new URL(page.url()).origin;
    expect(await loads.scriptGzipBytes(), 'JS files before any widget nears the viewport').toBeLessThanOrEqual(11 * 1024);
    // Scripts written into the page (the theme before first paint, the header's menu and `/`, the
    // offline worker's registration) have their own budget, so code cannot hide from the one above there.
    const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src]):not([type="application/json"])')].map((script) => script.textContent ?? ''));
    expect(inline.reduce((sum, text) => sum + gzipSync(text).length, 0), 'JS written into the page').toBeLessThanOrEqual(2.5 * 1024);
    expect(loads.requests.length, loads.requests.join('\n')).toBeLessThanOrEqual(12);
    expect(loads.requests.filter((url) => new URL(url).origin !== origin), 'requests to other origins').toEqual([]);
    await hydrateAll(page);
    await page.waitForLoadState('networkidle');
    expect(await loads.scriptGzipBytes(), 'JS after every widget has hydrated').toBeLessThanOrEqual(120 * 1024);
    await context.close();
  });
}

test('a lesson paints from its HTML alone: no stylesheet to fetch first, and its module scripts and their imports fetched at low priority', () => {
  for (const path of lessonPages()) {
    const { document } = parseHTML(readFileSync(builtFile(path), 'utf8'));
    expect(document.querySelectorAll('link[rel="stylesheet"]').length, path).toBe(0);
    const scripts = [...document.querySelectorAll('script[type="module"][src]')];
    expect(scripts.length, path).toBeGreaterThan(0);
    expect(scripts.filter((script) => script.getAttribute('fetchpriority') !== 'low').map((script) => script.getAttribute('src')), path).toEqual([]);
    const preloads = [...document.querySelectorAll('link[rel="modulepreload"]')];
    expect(preloads.length, `${path}: imports preloaded`).toBeGreaterThan(0);
    expect(preloads.filter((link) => link.getAttribute('fetchpriority') !== 'low').map((link) => link.getAttribute('href')), path).toEqual([]);
  }
});

test('no script a browser loads carries zod: pages check their input by hand, the build and the server with schemas', () => {
  const scripts = readdirSync('dist/client/_astro').filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(10);
  const withZod = scripts.filter((file) => /ZodError|invalid_union_discriminator/.test(readFileSync(`dist/client/_astro/${file}`, 'utf8')));
  expect(withZod).toEqual([]);
});

/** The public address the site was built with (`SITE_URL`, set for the build and the tests alike), or none. */
const siteUrl = process.env.SITE_URL?.trim().replace(/\/$/, '') || null;

test('every page has a title, a description, a canonical address (when the site has one), link-preview tags and a language', () => {
  const problems: string[] = [];
  const titles = new Map<string, string>();
  for (const path of builtPages()) {
    const { document } = parseHTML(readFileSync(builtFile(path), 'utf8'));
    const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
    const title = document.querySelector('title')?.textContent?.trim() ?? '';
    if (!title) problems.push(`${path}: no title`);
    else if (titles.has(title)) problems.push(`${path}: same title as ${titles.get(title)}`);
    titles.set(title, path);
    if (document.documentElement.getAttribute('lang') !== 'en') problems.push(`${path}: lang is not "en"`);
    if (meta('meta[name="description"]').length < 30) problems.push(`${path}: description missing or too short`);
    for (const property of ['og:title', 'og:description']) if (!meta(`meta[property="${property}"]`)) problems.push(`${path}: no ${property}`);
    // Absolute addresses only from the configured one; without it, none rather than a made-up one.
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    const absolute = [canonical, meta('meta[property="og:url"]'), meta('meta[property="og:image"]')];
    if (siteUrl) {
      for (const url of absolute) if (!url.startsWith(`${siteUrl}/`)) problems.push(`${path}: "${url}" is not at ${siteUrl}`);
    } else if (absolute.some(Boolean)) problems.push(`${path}: an absolute address with no public address configured: ${absolute.filter(Boolean).join(', ')}`);
    if (!document.querySelector('link[rel="icon"]')) problems.push(`${path}: no favicon`);
  }
  expect(problems).toEqual([]);
});

test('the sitemap lists every page but the 404, and robots.txt points to it (with a public address; neither without)', async ({ request }) => {
  if (!siteUrl) {
    expect((await request.get('/sitemap-index.xml')).status()).toBe(404);
    expect(await (await request.get('/robots.txt')).text()).not.toContain('Sitemap');
    return;
  }
  const index = await (await request.get('/sitemap-index.xml')).text();
  expect(index).toContain('sitemap-0.xml');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname).sort();
  expect(listed).toEqual(builtPages().filter((path) => !path.startsWith('/404')));
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`);
});

test('with JavaScript off every lesson shows its prose, math, figures and quiz questions', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of lessonPages()) {
    await page.goto(path);
    await expect(page.locator('.prose p').first(), path).toBeVisible();
    await expect(page.locator('.katex').first(), path).toBeVisible();
    for (const figure of await page.locator('[data-widget]').all()) await expect(figure.locator('svg, canvas, table').first(), path).toBeAttached();
    await expect(page.locator('[data-question] .question-prompt').first(), path).toBeVisible();
  }
  await context.close();
});
