import { expect, test, type Locator, type Page } from '@playwright/test';

const lesson = '/lessons/emergence-during-training/';

async function open(page: Page, name: string): Promise<Locator> {
  await page.goto(lesson);
  const figure = page.locator(`[data-widget="${name}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', '');
  return figure;
}

/** The two numbers of "label A → B" in the reading. */
function fromTo(text: string, label: string): [number, number] {
  const match = new RegExp(`${label} (-?\\d+\\.\\d+) → (-?\\d+\\.\\d+)`).exec(text);
  expect(match, `"${label} … → …" in: ${text}`).not.toBeNull();
  return [Number(match![1]), Number(match![2])];
}

/**
 * Train, then Pause: the step holds; Resume: it goes on; Reset training: the reading is the
 * untrained model's again (`untrained`) and Train is offered.
 */
async function pauseResumeReset(page: Page, name: string, steps: number, untrained: RegExp): Promise<void> {
  const figure = await open(page, name);
  const progress = figure.getByRole('progressbar', { name: 'Training progress' });
  const reading = figure.locator('[data-reading]');
  await expect(reading).toContainText(untrained);
  await figure.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  await figure.getByRole('button', { name: 'Pause' }).click();
  await expect(figure.locator('.widget-run-status')).toHaveText(new RegExp(`^Paused at step \\d+ of ${steps}$`));
  // A chunk already under way may still report; after that the step holds.
  await page.waitForTimeout(1500);
  const held = await progress.getAttribute('aria-valuenow');
  await page.waitForTimeout(1500);
  expect(await progress.getAttribute('aria-valuenow')).toBe(held);
  await figure.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(Number(held));
  await figure.getByRole('button', { name: 'Reset training' }).click();
  await expect(reading).toContainText(untrained);
  await expect(reading).toContainText('Press Train');
  await expect(figure.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
  // Reset stopped the run: nothing more arrives.
  await page.waitForTimeout(1500);
  await expect(reading).toContainText(untrained);
  await expect(figure).not.toContainText(/NaN|Infinity|undefined/);
}

test.describe('induction heads', () => {
  test('before training the widget shows the untrained model, measured', async ({ page }) => {
    const figure = await open(page, 'induction-heads');
    const reading = figure.locator('[data-reading]');
    await expect(reading).toContainText(/Two-layer model, seed 1, untrained: loss \d\.\d\d nats overall, \d\.\d\d on the repeated part/);
    await expect(reading).toContainText('Press Train');
    await expect(figure.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
    await expect(figure.getByRole('img', { name: /^Attention of layer 2 head 1 on the sample sequence/ })).toBeVisible();
  });

  test('Train at the defaults: the repeated part’s loss drops, the in-context learning score rises and the heads change', async ({ page }) => {
    test.setTimeout(240_000);
    const figure = await open(page, 'induction-heads');
    await figure.getByRole('button', { name: 'Train', exact: true }).click();
    const progress = figure.getByRole('progressbar', { name: 'Training progress' });
    await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    const reading = figure.locator('[data-reading]');
    await expect(reading).toContainText(/Phase change at step \d+/, { timeout: 200_000 });
    // The reading is final once the run ends.
    await expect(figure.locator('.widget-run-status')).toHaveText(/^Trained 800 steps in \d+\.\d s\.$/, { timeout: 200_000 });
    const text = (await reading.textContent())!;
    const [lossBefore, lossAfter] = fromTo(text, 'on the repeated part');
    const [overallBefore, overallAfter] = fromTo(text, 'overall loss');
    expect(overallAfter).toBeLessThan(overallBefore);
    const [iclBefore, iclAfter] = fromTo(text, 'in-context learning score');
    expect(lossAfter).toBeLessThan(lossBefore / 2);
    expect(iclAfter).toBeGreaterThan(iclBefore + 1);
    // The circuit: a previous-token head in layer 1 and prefix matching in layer 2.
    const previous = Number(/layer 1 head \d \((\d\.\d\d) of its attention on the token before\)/.exec(text)![1]);
    const prefix = Number(/prefix matching: layer 2 head \d \((\d\.\d\d)/.exec(text)![1]);
    const copying = Number(/prefix matching: layer 2 head \d .*?, copying score (\d\.\d\d)/.exec(text)![1]);
    expect(previous).toBeGreaterThan(0.25);
    expect(prefix).toBeGreaterThan(0.3);
    expect(copying).toBeGreaterThan(0.5);
    await expect(figure.getByRole('img', { name: /^Loss over training steps: .*phase change at step \d+/ })).toBeVisible();
    await expect(figure).not.toContainText(/NaN|Infinity|undefined/);
  });

  test('Pause stops the steps, Resume goes on, Reset returns to the untrained model', async ({ page }) => {
    await pauseResumeReset(page, 'induction-heads', 800, /Two-layer model, seed 1, untrained: /);
  });

  test('the heatmap steps through heads and positions from the keyboard and says where attention goes', async ({ page }) => {
    const figure = await open(page, 'induction-heads');
    const map = figure.locator('.attention-map');
    const words = figure.locator('.attention-reading');
    await expect(words).toContainText(/Layer 2, head 1, position (\d+)/);
    const position = Number(/position (\d+)/.exec((await words.textContent())!)![1]);
    await map.focus();
    await page.keyboard.press('ArrowRight');
    await expect(words).toContainText(`Layer 2, head 2, position ${position}`);
    await page.keyboard.press('ArrowRight');
    await expect(words).toContainText(`Layer 1, head 1, position ${position}`);
    await page.keyboard.press('ArrowDown');
    await expect(words).toContainText(`Layer 1, head 1, position ${position + 1}`);
    await expect(words).toContainText(/strongest attention \d\.\d\d on position \d+/);
    await expect(figure.getByLabel('Head shown in the heatmap')).toHaveValue('1:1');
    await expect(figure.getByLabel('Position highlighted in the heatmap')).toHaveValue(String(position + 1));
  });
});

test.describe('grokking', () => {
  test('Train at the defaults: training accuracy reaches 100 % early and test accuracy jumps much later', async ({ page }) => {
    test.setTimeout(300_000);
    const figure = await open(page, 'grokking');
    const reading = figure.locator('[data-reading]');
    await expect(reading).toContainText(/Untrained: training accuracy \d+ %, test accuracy \d+ %/);
    await figure.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(reading).toContainText(/reaching 90 % at step [\d,]+/, { timeout: 280_000 });
    const text = (await reading.textContent())!;
    const memorised = Number(/100 % since step ([\d,]+)/.exec(text)![1]!.replace(/,/g, ''));
    const grokked = Number(/reaching 90 % at step ([\d,]+)/.exec(text)![1]!.replace(/,/g, ''));
    expect(grokked).toBeGreaterThan(3 * memorised);
    const [, after] = /test accuracy (\d+) % → (\d+) %/.exec(text)!.slice(1).map(Number);
    expect(after).toBeGreaterThanOrEqual(90);
    await expect(figure.getByRole('img', { name: /^Fourier spectrum of the embedding at step/ })).toBeVisible();
    await expect(figure.getByRole('img', { name: /^Weight norm against training steps on a log scale, .*highest [\d.]+ at step [\d,]+; test accuracy passed 90 % at step [\d,]+/ })).toBeVisible();
    await expect(figure).not.toContainText(/NaN|Infinity|undefined/);
  });

  test('Pause stops the steps, Resume goes on, Reset returns to the untrained network', async ({ page }) => {
    await pauseResumeReset(page, 'grokking', 3000, /Untrained: training accuracy \d+ %, test accuracy \d+ %/);
  });
});
