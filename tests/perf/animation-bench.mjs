// Measures the animated widgets in Chromium: frames per second and frame intervals while the
// Ising lattice runs at 256 × 256 and the flock flies with 2,000 birds, the time each animation
// frame's work takes (model steps and drawing, timed around every requestAnimationFrame
// callback), and how fast the model advances (sweeps or steps per second, read from the
// widget's own readout). Prints Markdown. On a shared machine, frame rates drop with the load;
// the work per frame says whether the widget itself fits in a 16.7 ms frame.
// Usage: npm run build && node tests/perf/animation-bench.mjs
import { chromium } from '@playwright/test';
import { chromiumArgs, findBrowser } from '../browser.mjs';
import { startCourseServer } from './course-server.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const { base, stop } = await startCourseServer(Number(process.env.BENCH_PORT ?? 4369));

const cases = [
  { id: 'ising-model', query: 'ising-model.size=256', label: 'Ising 256 × 256 at T = 2.27', unit: 'sweeps', counter: /of ([\d,]+) sweeps/ },
  { id: 'ising-model', query: 'ising-model.size=64', label: 'Ising 64 × 64 at T = 2.27', unit: 'sweeps', counter: /of ([\d,]+) sweeps/ },
  { id: 'flocking', query: 'flocking.birds=2000', label: 'Flocking, 2,000 birds', unit: 'steps', counter: /^Step ([\d,]+)/ },
  { id: 'flocking', query: 'flocking.birds=1000', label: 'Flocking, 1,000 birds', unit: 'steps', counter: /^Step ([\d,]+)/ },
];

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

try {
  const browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs });
  console.log(`| animation | frames/s | frame interval median / p95 (ms) | work per frame median / p95 (ms) | long tasks | model rate |`);
  console.log('|---|---|---|---|---|---|');
  for (const { id, query, label, unit, counter } of cases) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      const work = [];
      const request = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) =>
        request((now) => {
          const start = performance.now();
          callback(now);
          work.push(performance.now() - start);
        });
      Object.assign(window, { frameWork: work });
    });
    await page.goto(`${base}/explore/?${query}`);
    const figure = page.locator(`[id="${id}"]`);
    await figure.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el.hasAttribute('data-running'), await figure.elementHandle());
    await page.waitForTimeout(1000);
    const count = async () => Number(((await figure.locator('.widget-readout').textContent()) ?? '').match(counter)?.[1]?.replaceAll(',', '') ?? NaN);
    const before = await count();
    await page.evaluate(() => (window.frameWork.length = 0));
    const { intervals, longTasks } = await page.evaluate(
      (ms) =>
        new Promise((resolve) => {
          const intervals = [];
          let longTasks = 0;
          new PerformanceObserver((list) => (longTasks += list.getEntries().length)).observe({ type: 'longtask' });
          let last = performance.now();
          const end = last + ms;
          const tick = (now) => {
            intervals.push(now - last);
            last = now;
            if (now < end) requestAnimationFrame(tick);
            else resolve({ intervals, longTasks });
          };
          requestAnimationFrame(tick);
        }),
      seconds * 1000,
    );
    await page.waitForTimeout(300);
    const after = await count();
    const work = (await page.evaluate(() => window.frameWork)).sort((a, b) => a - b);
    const sorted = intervals.slice(1).sort((a, b) => a - b);
    const total = intervals.slice(1).reduce((sum, x) => sum + x, 0);
    const fps = (sorted.length / total) * 1000;
    const rate = (after - before) / (seconds + 0.3);
    console.log(
      `| ${label} | ${fps.toFixed(1)} | ${quantile(sorted, 0.5).toFixed(1)} / ${quantile(sorted, 0.95).toFixed(1)} | ` +
        `${quantile(work, 0.5).toFixed(2)} / ${quantile(work, 0.95).toFixed(2)} | ${longTasks} | ${rate.toFixed(0)} ${unit}/s |`,
    );
    await page.close();
  }
  await browser.close();
} finally {
  stop();
}
