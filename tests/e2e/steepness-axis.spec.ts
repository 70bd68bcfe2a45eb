import { expect, test, type Locator } from '@playwright/test';

/** The reading's numbers: the 10%–90% span in p, and on the size axis the midpoint and the width in decades. */
async function numbers(figure: Locator) {
  const text = (await figure.locator('[data-reading]').textContent()) ?? '';
  return {
    text,
    span: Number(/across ([\d.]+) in p/.exec(text)?.[1]),
    midpoint: /the midpoint is at (.+?) parameters/.exec(text)?.[1],
    decades: /the rise takes ([\d.]+) decades whatever L is/.exec(text)?.[1],
  };
}

/** The right chart's accessible name: where the rise sits on the size axis and how wide it is. */
const sizeChart = (figure: Locator) => figure.locator('.widget-view svg[role="img"]').nth(1);

test('lesson 4: lengthening the answer moves the rise on the size axis without changing its width', async ({ page }) => {
  await page.goto('/lessons/why-abilities-emerge/');
  const figure = page.locator('[data-widget="steepness-axis"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', '');

  const before = await numbers(figure);
  expect(before.text).toContain('With L = 10:');
  expect(before.decades).toBeDefined();
  await expect(sizeChart(figure)).toHaveAttribute('aria-label', new RegExp(`over ${before.decades} decades`));

  const slider = figure.locator('[data-control="length"] input[type="range"]');
  await slider.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
  await expect(figure.locator('[data-reading]')).toContainText('With L = 30:');

  const after = await numbers(figure);
  // Against p the rise narrows; against model size it keeps its decades while the midpoint moves.
  expect(after.span).toBeLessThan(before.span);
  expect(after.decades).toBe(before.decades);
  expect(after.midpoint).not.toBe(before.midpoint);
  await expect(sizeChart(figure)).toHaveAttribute('aria-label', new RegExp(`half right at ${after.midpoint} parameters, rising from 10% to 90% over ${after.decades} decades`));

  // The loss exponent is what changes the width on the size axis.
  await figure.locator('[data-control="alpha"] input[type="number"]').fill('0.74');
  await figure.locator('[data-control="alpha"] input[type="number"]').press('Enter');
  await expect(figure.locator('[data-reading]')).toContainText('α = 0.74');
  const steeper = await numbers(figure);
  expect(Number(steeper.decades)).toBeCloseTo(Number(before.decades) / 2, 1);
  await expect(figure).not.toContainText(/NaN|Infinity|undefined/);
});
