import { expect, test, type Page } from '@playwright/test';

/** The chart's dots: circles for per-digit accuracy, squares for exact match, in Plot's dot marks (seed 1 solid, the other seeds faint). */
const dots = '.widget-view svg g[aria-label="dot"] > circle, .widget-view svg g[aria-label="dot"] > path';

async function open(page: Page) {
  await page.goto('/explore/');
  const figure = page.locator('[id="train-adder"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', '');
  return figure;
}

test('the build-time sweep is on the page before any training', async ({ page }) => {
  const figure = await open(page);
  await expect(figure.locator('[data-reading]')).toContainText('3-digit sums, widths 1 to 64: with seed 1, per-digit accuracy');
  await expect(figure.locator('[data-reading]')).toContainText(/Across 3 training seeds, exact match at width \d+ ranges \d\.\d\d–\d\.\d\d/);
  await expect(figure.locator('.widget-run-status')).toHaveText("Precomputed when the page was built, for the lesson's setting (3 seeds per width).");
  // Two marks (per digit, exact match) for each of the 3 seeds of the 7 widths trained at build time.
  await expect(figure.locator(dots)).toHaveCount(42);
});

test('Train runs the sweep in a worker: progress advances, the chart fills and the reading gives the result', async ({ page }) => {
  const figure = await open(page);
  await figure.getByLabel('Digits per number').selectOption('2');
  await figure.getByLabel('Widest network').selectOption('16');
  await expect(figure.locator('[data-reading]')).toHaveText(/^Not trained yet for 2-digit sums with widths up to 16/);

  // Record every width the progress bar takes.
  await figure.evaluate((node) => {
    const bar = node.querySelector<HTMLElement>('.widget-progress > span')!;
    const seen: string[] = [];
    (window as unknown as { barWidths: string[] }).barWidths = seen;
    new MutationObserver(() => seen.push(bar.style.width)).observe(bar, { attributes: true, attributeFilter: ['style'] });
  });
  await figure.getByRole('button', { name: 'Train' }).click();
  const progress = figure.getByRole('progressbar', { name: 'Training progress' });
  // 5 widths × 3 seeds.
  await expect(progress).toHaveAttribute('aria-valuemax', '15');
  await expect(figure.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  await expect(progress).toHaveAttribute('aria-valuenow', '15', { timeout: 60_000 });
  await expect(figure.getByRole('button', { name: 'Train' })).toBeVisible();
  const reading = figure.locator('[data-reading]');
  await expect(reading).toContainText('2-digit sums, widths 1 to 16: with seed 1, per-digit accuracy goes from');
  // The spread across seeds, at the widths where exact match jumps.
  await expect(reading).toContainText(/Across 3 training seeds, exact match at width \d+ ranges (\d\.\d\d)–(\d\.\d\d)( and at width \d+ ranges \d\.\d\d–\d\.\d\d)?\.$/);
  const [low, high] = /ranges (\d\.\d\d)–(\d\.\d\d)/.exec((await reading.textContent())!)!.slice(1).map(Number);
  expect(low).toBeLessThanOrEqual(high!);
  await expect(figure.locator('.widget-run-status')).toHaveText(/^Trained 15 networks in \d+\.\d s\.$/);
  // Two marks (per digit, exact match) per trained network: 5 widths × 3 seeds.
  await expect(figure.locator(dots)).toHaveCount(30);
  // The bar moved within networks too, not only in fifteenths.
  const widths = await figure.evaluate(() => (window as unknown as { barWidths: string[] }).barWidths);
  const offStep = (width: string) => Math.abs((Number.parseFloat(width) * 15) / 100 - Math.round((Number.parseFloat(width) * 15) / 100)) > 0.02;
  expect(widths.some(offStep), widths.join(' ')).toBe(true);
  await expect(figure).not.toContainText(/NaN|Infinity|undefined/);
});

test('Cancel stops the worker: progress stops and the reading says how far it got', async ({ page }) => {
  const figure = await open(page);
  await figure.getByLabel('Digits per number').selectOption('4');
  await figure.getByLabel('Widest network').selectOption('128');
  await figure.getByRole('button', { name: 'Train' }).click();
  const progress = figure.getByRole('progressbar', { name: 'Training progress' });
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  await figure.getByRole('button', { name: 'Cancel' }).click();
  const reached = await progress.getAttribute('aria-valuenow');
  await expect(figure.getByRole('button', { name: 'Train' })).toBeVisible();
  await expect(figure.locator('.widget-run-status')).toHaveText(`Cancelled after ${reached} of 24 networks.`);
  await expect(figure.locator('[data-reading]')).toContainText(`(${reached} of 24 networks trained; press Train for all)`);
  await page.waitForTimeout(1500);
  await expect(progress).toHaveAttribute('aria-valuenow', reached!);
});

test('moving a control during a run stops it and shows the new setting as untrained', async ({ page }) => {
  const figure = await open(page);
  await figure.getByLabel('Digits per number').selectOption('4');
  await figure.getByRole('button', { name: 'Train' }).click();
  await expect(figure.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await figure.getByLabel('Digits per number').selectOption('2');
  await expect(figure.getByRole('button', { name: 'Train' })).toBeVisible();
  await expect(figure.locator('.widget-run-status')).toContainText('Stopped because the settings changed');
  await expect(figure.locator('[data-reading]')).toContainText('2-digit sums');
});
