// Measures the built site in Chromium: script bytes a lesson page loads before
// and after its widgets hydrate, and how long one control change takes in each
// widget. Prints a Markdown report. Usage: npm run build && npm run bench:browser
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, findBrowser } from '../browser.mjs';
import { startCourseServer } from './course-server.mjs';

const { base, stop } = await startCourseServer(Number(process.env.BENCH_PORT ?? 4359));

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

try {
  const browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}/`);
  const lessons = await page.$$eval('.cards a', (links) => links.map((link) => new URL(link.href).pathname));

  console.log('| page | JS before widgets (raw / gzip) | JS after all widgets (raw / gzip) | requests on load |');
  console.log('|---|---|---|---|');
  for (const path of [...lessons, '/explore/']) {
    // A fresh context per page: nothing cached from the page before.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const fresh = await context.newPage();
    const scripts = [];
    let requests = 0;
    fresh.on('response', (response) => {
      requests++;
      if (response.request().resourceType() === 'script') scripts.push(response.body().catch(() => Buffer.alloc(0)));
    });
    const sum = async () => (await Promise.all(scripts)).reduce((total, body) => ({ raw: total.raw + body.length, gzip: total.gzip + gzipSync(body).length }), { raw: 0, gzip: 0 });
    await fresh.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    const before = await sum();
    const onLoad = requests;
    for (const figure of await fresh.locator('[data-widget]').all()) {
      await figure.scrollIntoViewIfNeeded();
      await fresh.waitForFunction((el) => el.hasAttribute('data-hydrated'), await figure.elementHandle());
    }
    await fresh.waitForLoadState('networkidle');
    const after = await sum();
    await context.close();
    const kb = (n) => (n / 1024).toFixed(1);
    console.log(`| ${path} | ${kb(before.raw)} / ${kb(before.gzip)} KB | ${kb(after.raw)} / ${kb(after.gzip)} KB | ${onLoad} |`);
  }

  // For widgets drawn with panels, the same changes are also timed the way every change used to
  // be drawn, a full Plot render of all the charts (spec.draw) and the reading, as a reference
  // measured in the same page and moment, so the ratio means something on a loaded machine.
  console.log('\n| widget | control | median (ms) | p95 (ms) | full Plot render: median (ms) | p95 (ms) | median ratio |');
  console.log('|---|---|---|---|---|---|---|');
  await page.goto(`${base}/explore/`);
  for (const figure of await page.locator('[data-widget]').all()) {
    await figure.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el.hasAttribute('data-hydrated'), await figure.elementHandle());
    const id = await figure.getAttribute('id');
    const timings = await figure.evaluate(async (node) => {
      // The widget's spec module, as the page loaded it (chunks named spec.<hash>.js export `spec`).
      let spec;
      for (const entry of performance.getEntriesByType('resource')) {
        if (!/\/spec\.[^/]+\.js$/.test(entry.name)) continue;
        const module = await import(entry.name);
        if (module.spec?.name === node.dataset.widget) spec = module.spec;
      }
      const authored = JSON.parse(node.dataset.state);
      const data = node.dataset.prepared === undefined ? undefined : JSON.parse(node.dataset.prepared);
      const holder = document.createElement('div');
      const results = [];
      for (const control of node.querySelectorAll('[data-control]')) {
        const input = control.querySelector('input[type="range"], select');
        if (!input) continue;
        const values = input instanceof HTMLSelectElement
          ? [...input.options].map((option) => option.value)
          : Array.from({ length: 20 }, (_, i) => {
            // The value the slider takes, snapped to its step, as a reader could set it.
            input.value = String(Number(input.min) + ((Number(input.max) - Number(input.min)) * i) / 19);
            return input.value;
          });
        const times = [];
        for (let round = 0; round < 100; round++) {
          input.value = values[round % values.length];
          const start = performance.now();
          input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
          times.push(performance.now() - start);
        }
        const key = control.getAttribute('data-control');
        const reference = [];
        if (spec?.panels) {
          for (let round = 0; round < 100; round++) {
            const value = values[round % values.length];
            const state = { ...authored, [key]: input instanceof HTMLSelectElement ? value : Number(value) };
            const start = performance.now();
            holder.replaceChildren(spec.draw(state, document, data));
            spec.describe(state, data);
            reference.push(performance.now() - start);
          }
        }
        results.push({ control: key, times: times.sort((a, b) => a - b), reference: reference.sort((a, b) => a - b) });
      }
      return results;
    });
    for (const { control, times, reference } of timings) {
      const row = [id, control, quantile(times, 0.5).toFixed(2), quantile(times, 0.95).toFixed(2)];
      if (reference.length > 0) {
        row.push(quantile(reference, 0.5).toFixed(2), quantile(reference, 0.95).toFixed(2), (quantile(times, 0.5) / quantile(reference, 0.5)).toFixed(2));
      } else row.push('', '', '');
      console.log(`| ${row.join(' | ')} |`);
    }
  }
  await browser.close();
} finally {
  stop();
}
