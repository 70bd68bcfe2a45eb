// Measures the built site in Chromium: script bytes a lesson page loads before
// and after its widgets hydrate, and how long one control change takes in each
// widget, from the input event to the end of the animation frame that draws it.
// Prints a Markdown report. Usage: npm run build && npm run bench:browser
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

  // The kit draws a change in the next animation frame. Each change is timed from dispatching
  // its event to the end of that frame's drawing: requestAnimationFrame is held while the event
  // is dispatched, so the frame the change asks for is run at once, in the same measurement.
  // Frames that views ask for later (an animation's next frame, a lattice's burn-in, which is
  // bounded per frame) are not part of the change and run afterwards as usual.
  console.log('\n| widget | control | median (ms) | p95 (ms) |');
  console.log('|---|---|---|---|');
  await page.goto(`${base}/explore/`);
  for (const figure of await page.locator('[data-widget]').all()) {
    await figure.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el.hasAttribute('data-hydrated'), await figure.elementHandle());
    const id = await figure.getAttribute('id');
    const timings = await figure.evaluate(async (node) => {
      const results = [];
      const frame = window.requestAnimationFrame;
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
        let requested = 0;
        // Ten changes first, untimed, so the code of this control's path is compiled before timing.
        for (let round = -10; round < 100; round++) {
          input.value = values[(round + values.length * 10) % values.length];
          const held = [];
          window.requestAnimationFrame = (callback) => held.push(callback);
          const start = performance.now();
          try {
            input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
          } finally {
            window.requestAnimationFrame = frame;
          }
          const now = performance.now();
          for (const callback of held) callback(now);
          if (round < 0) continue;
          times.push(performance.now() - start);
          requested += held.length;
        }
        // Wait for whatever the views asked for afterwards, so the next control starts from rest.
        await new Promise((resolve) => frame(() => frame(resolve)));
        results.push({ control: control.getAttribute('data-control'), times: times.sort((a, b) => a - b), frames: requested / 100 });
      }
      return results;
    });
    for (const { control, times, frames } of timings) {
      if (frames !== 1) throw new Error(`${id} ${control}: ${frames} frames asked per change, expected 1`);
      console.log(`| ${id} | ${control} | ${quantile(times, 0.5).toFixed(2)} | ${quantile(times, 0.95).toFixed(2)} |`);
    }
  }
  // Training widgets: seconds from pressing Train at the default setting to the event the reading
  // reports (the induction-head phase change, grokking's test-accuracy jump), and the longest task
  // the page's own thread ran meanwhile (Long Tasks API: every task over 50 ms is recorded).
  console.log('\n| training widget | event | seconds after Train | longest main-thread task (ms) | tasks over 50 ms |');
  console.log('|---|---|---|---|---|');
  for (const [name, event, pattern] of [
    ['induction-heads', 'phase change', /Phase change at step/],
    ['grokking', 'test accuracy ≥ 90 %', /reaching 90 % at step/],
  ]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const training = await context.newPage();
    await training.addInitScript(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration })))).observe({ type: 'longtask', buffered: true });
    });
    await training.goto(`${base}/lessons/emergence-during-training/`);
    const figure = training.locator(`[data-widget="${name}"]`);
    await figure.scrollIntoViewIfNeeded();
    await training.waitForFunction((el) => el.hasAttribute('data-hydrated'), await figure.elementHandle());
    const pressed = await training.evaluate(() => performance.now());
    await figure.getByRole('button', { name: 'Train', exact: true }).click();
    await training.waitForFunction(([el, source]) => new RegExp(source).test(el.querySelector('[data-reading]').textContent), [await figure.elementHandle(), pattern.source], { timeout: 300_000, polling: 100 });
    const seconds = ((await training.evaluate(() => performance.now())) - pressed) / 1000;
    const tasks = await training.evaluate((since) => window.longTasks.filter((task) => task.start >= since), pressed);
    const longest = Math.max(0, ...tasks.map((task) => task.duration));
    console.log(`| ${name} | ${event} | ${seconds.toFixed(1)} | ${longest.toFixed(0)} | ${tasks.length} |`);
    await context.close();
  }
  await browser.close();
} finally {
  stop();
}
