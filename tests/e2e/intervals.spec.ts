import { expect, test, type Page } from '@playwright/test';

const lesson = '/lessons/mirage-or-real/';

async function hydrated(page: Page, name: string) {
  const figure = page.locator(`[data-widget="${name}"]`).first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', '');
  return figure;
}

test('the benchmark explorer states the interval of the points it reads, for the task chosen', async ({ page }) => {
  await page.goto(lesson);
  const figure = await hydrated(page, 'benchmark-explorer');
  const reading = figure.locator('[data-reading]');
  await expect(reading).toContainText('over 1,003 items');
  await figure.locator('[data-control="task"] select').selectOption('arithmetic_2da:acc');
  await expect(reading).toContainText(/Two-digit addition, accuracy: [\d.]+ \(95 % interval [\d.]+–[\d.]+ over 2,000 items\)/);
  await expect(reading).toContainText('assume the whole evaluation set was scored');
  const labels = await figure.locator('.widget-view svg[role="img"]').evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('aria-label')));
  expect(labels).toHaveLength(2);
  expect(labels[0]).toMatch(/^Chosen task and metric: Two-digit addition/);
  expect(labels[1]).toMatch(/^A smooth benchmark, for comparison: HellaSwag/);
});

for (const width of [390, 1280]) {
  test(`the explorer's chart headings fit inside their charts at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(lesson);
    const figure = await hydrated(page, 'benchmark-explorer');
    for (const svg of await figure.locator('.widget-view svg[role="img"]').all()) {
      const box = (await svg.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(width);
      const heading = svg.locator('text', { hasText: /^(Chosen task and metric|Same outputs, other metric|A smooth benchmark, for comparison)$/ });
      await expect(heading).toBeVisible();
      const text = (await heading.boundingBox())!;
      expect(text.x).toBeGreaterThanOrEqual(box.x - 1);
      expect(text.x + text.width).toBeLessThanOrEqual(box.x + box.width + 1);
      // Big enough to read on a phone.
      expect(text.height).toBeGreaterThanOrEqual(11);
    }
  });
}

test('test-set resolution: more items narrow the spread of scores across seeds', async ({ page }) => {
  await page.goto(lesson);
  const figure = await hydrated(page, 'test-set-resolution');
  const reading = figure.locator('[data-reading]');
  const spread = async () => Number(/varies by up to ([\d.]+)/.exec((await reading.textContent()) ?? '')?.[1]);
  await expect(reading).toContainText('With 20 items');
  await expect(reading).toContainText(/seeds 2–11/);
  const few = await spread();
  expect(few).toBeGreaterThan(0.1);
  await figure.locator('[data-control="items"] input[type="range"]').fill('2000');
  await expect(reading).toContainText('With 2000 items');
  const many = await spread();
  expect(many).toBeLessThan(few / 4);
});
