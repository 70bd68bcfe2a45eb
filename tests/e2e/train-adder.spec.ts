import { expect, test, type Page } from '@playwright/test';

/** The chart's dots: circles for per-digit accuracy, squares for exact match, in Plot's dot marks. */
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
  await expect(figure.locator('[data-reading]')).toContainText('3-digit sums, widths 1 to 64: per-digit accuracy');
  // Two marks (per digit, exact match) for each of the 7 widths trained at build time.
  await expect(figure.locator(dots)).toHaveCount(14);
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
  await expect(progress).toHaveAttribute('aria-valuemax', '5');
  await expect(figure.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  await expect(progress).toHaveAttribute('aria-valuenow', '5', { timeout: 30_000 });
  await expect(figure.getByRole('button', { name: 'Train' })).toBeVisible();
  await expect(figure.locator('[data-reading]')).toContainText('2-digit sums, widths 1 to 16: per-digit accuracy goes from');
  await expect(figure.locator('.widget-run-status')).toHaveText(/^Trained 5 networks in \d+\.\d s\.$/);
  // Two marks (per digit, exact match) per trained width.
  await expect(figure.locator(dots)).toHaveCount(10);
  // The bar moved within widths too, not only in fifths.
  const widths = await figure.evaluate(() => (window as unknown as { barWidths: string[] }).barWidths);
  expect(widths.some((width) => Number.parseFloat(width) % 20 !== 0), widths.join(' ')).toBe(true);
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
  await expect(figure.locator('.widget-run-status')).toHaveText(`Cancelled after ${reached} of 8 widths.`);
  await expect(figure.locator('[data-reading]')).toContainText(`(${reached} of 8 widths trained; press Train for all)`);
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
