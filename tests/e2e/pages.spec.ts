import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPages, hydrateAll, seriousViolations, watchForProblems } from './site';

const pages = builtPages().filter((path) => path !== '/404.html');

test('the build has a home page, a 404 page and at least one lesson', () => {
  expect(builtPages()).toEqual(expect.arrayContaining(['/', '/404.html', '/lessons/what-is-emergence/']));
});

for (const path of pages) {
  test(`${path} loads with no console error and no failed request`, async ({ page }) => {
    const watch = watchForProblems(page);
    await page.goto(path);
    await hydrateAll(page);
    await page.waitForLoadState('networkidle');
    watch.expectClean();
  });

  // The whole-course page repeats the lessons' figures, checked on their own pages; print.spec.ts checks the rest of it.
  if (path !== '/print/') test(`${path} has no serious accessibility violation in light or dark theme`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await hydrateAll(page);
      expect(await seriousViolations(page), `${colorScheme} theme`).toEqual([]);
    }
  });
}

test('no page writes an exponent or a subscript as typed (10^24, 3.2e+23, T_c) outside code', async ({ page }) => {
  const typed = /\d\s*\^\s*[\d({-]|\b\d+(?:\.\d+)?e[+-]?\d+\b|(?<![\p{L}\p{N}_])\p{L}_[\p{L}\p{N}]{1,3}(?![\p{L}\p{N}_])/u;
  const found: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    await hydrateAll(page);
    const lines = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      // Code is written as typed; formulas are KaTeX's, whose hidden MathML keeps the TeX source.
      for (const element of body.querySelectorAll('code, pre, kbd, textarea, script, style, template, noscript, .katex-mathml')) element.remove();
      return body.textContent!.split(/\n+/).map((line) => line.trim()).filter(Boolean);
    });
    found.push(...lines.filter((line) => typed.test(line)).map((line) => `${path}: ${line.match(new RegExp(`.{0,60}${typed.source}.{0,60}`, 'u'))![0]}`));
  }
  expect(found).toEqual([]);
});

test('an unknown address gets the custom 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  await page.getByRole('link', { name: 'Back to the course home' }).click();
  await expect(page).toHaveURL('/');
});

test('every internal link and anchor on every page resolves', async ({ page, request }) => {
  const targets = new Set<string>();
  for (const path of builtPages()) {
    await page.goto(path);
    const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin === new URL(page.url()).origin) targets.add(url.pathname + url.hash);
    }
  }
  expect(targets.size).toBeGreaterThan(5);
  const anchors = new Map<string, Set<string>>();
  for (const target of targets) {
    const [pathname = '', hash] = target.split('#');
    if (!anchors.has(pathname)) anchors.set(pathname, new Set());
    if (hash) anchors.get(pathname)!.add(decodeURIComponent(hash));
  }
  for (const [pathname, hashes] of anchors) {
    const response = await request.get(pathname);
    expect(response.status(), pathname).toBe(200);
    if (hashes.size === 0) continue;
    await page.goto(pathname);
    const ids = new Set(await page.$$eval('[id]', (nodes) => nodes.map((node) => node.id)));
    expect([...hashes].filter((hash) => !ids.has(hash)).map((hash) => `${pathname}#${hash}`)).toEqual([]);
  }
});

test('the 404 page loads only the search box’s starter (its code waits for the box), and the home page also the progress script and its live figure, in a lesson’s budget', async ({ page }) => {
  const scripts: { url: string; gzip: number }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), gzip: gzipSync(await response.body()).length });
  });
  await page.goto('/404.html');
  await page.waitForLoadState('networkidle');
  expect(scripts.map((script) => new URL(script.url).pathname.replace(/\.[\w-]+\.js$/, '')).sort()).toEqual(['/_astro/SearchForm.astro_astro_type_script_index_0_lang']);
  expect(scripts.reduce((sum, script) => sum + script.gzip, 0)).toBeLessThanOrEqual(2 * 1024);
  await page.getByRole('searchbox', { name: /search/i }).or(page.getByRole('combobox')).first().focus();
  await expect.poll(() => scripts.some((script) => script.url.includes('/site-search.'))).toBe(true);
  scripts.splice(0);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.hero [data-widget]')).toHaveAttribute('data-hydrated', '');
  const total = scripts.reduce((sum, script) => sum + script.gzip, 0);
  // The progress store, shared with the lesson pages, and the first screen's figure: within what a lesson may load once its figures hydrate.
  expect(total, scripts.map((script) => script.url).join('\n')).toBeLessThanOrEqual(120 * 1024);
});
