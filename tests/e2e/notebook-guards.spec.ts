import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';

// Code cells against a hostile sandbox and a share link that would overwrite a learner's work.

const lesson = '/lessons/mirage-or-real/';

async function openCell(page: Page, url = lesson): Promise<Locator> {
  await page.goto(url);
  const cell = page.locator('threshold-cell').first();
  await cell.scrollIntoViewIfNeeded();
  return cell;
}

async function setCode(page: Page, cell: Locator, code: string): Promise<void> {
  await cell.locator('[data-source], .cm-content').first().click();
  await expect(cell.locator('.cm-content')).toBeVisible();
  await cell.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
}

async function sandboxFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().includes('notebook-sandbox'))).toBe(true);
  return page.frames().find((frame) => frame.url().includes('notebook-sandbox'))!;
}

test('a result the page cannot read ends the run with an error instead of leaving “Running…”', async ({ page }) => {
  const cell = await openCell(page);
  await setCode(page, cell, 'const start = Date.now()\nwhile (Date.now() - start < 2500) {}\n1');
  await cell.getByRole('button', { name: 'Run' }).click();
  await expect(cell.locator('[data-status]')).toHaveText('Running…');
  // Code in the sandbox can post anything; here, a table without columns for run 1.
  const frame = await sandboxFrame(page);
  await frame.evaluate(() => parent.postMessage({ type: 'result', id: 1, result: { ok: true, value: { kind: 'table', columns: null, rows: 5 }, logs: [] } }, '*'));
  await expect(cell.locator('[data-status]')).not.toHaveText('Running…', { timeout: 1500 });
  await expect(cell.locator('.cell-error')).toContainText('could not read');
  await expect(cell.getByRole('button', { name: 'Run' })).toBeVisible();
});

test('a result of 25 million characters is clipped and shown at once', async ({ page }) => {
  const cell = await openCell(page);
  await setCode(page, cell, 'const start = Date.now()\nwhile (Date.now() - start < 2500) {}\n1');
  await cell.getByRole('button', { name: 'Run' }).click();
  const frame = await sandboxFrame(page);
  const elapsed = await frame.evaluate(() => {
    const huge = 'x'.repeat(25_000_000);
    const started = performance.now();
    parent.postMessage({ type: 'result', id: 1, result: { ok: true, value: { kind: 'text', text: huge }, logs: [huge, huge] } }, '*');
    return performance.now() - started;
  });
  expect(elapsed).toBeLessThan(5000);
  await expect(cell.locator('.cell-value')).toContainText('more characters', { timeout: 3000 });
  const shown = await cell.locator('[data-output]').evaluate((output) => output.textContent!.length);
  expect(shown).toBeLessThan(20_000);
  // The page still answers.
  await expect(cell.getByRole('button', { name: 'Run' })).toBeVisible();
});

test('a share link for a cell the learner has edited asks first, and their code stays recoverable', async ({ page }) => {
  const cell = await openCell(page);
  await setCode(page, cell, '// theirs\n2 + 2');
  await cell.getByRole('button', { name: 'Share' }).click();
  const link = await cell.getByRole('textbox', { name: 'Share link' }).inputValue();
  await setCode(page, cell, '// mine\n40 + 2');
  await page.waitForTimeout(600);

  await page.goto('about:blank');
  await openCell(page, link);
  await expect(cell.locator('[data-status]')).toContainText('you have edited it');
  await expect(cell.locator('.cm-content')).toHaveText(/\/\/ mine.*40 \+ 2/);
  await cell.getByRole('button', { name: 'Keep my code' }).click();
  await expect(cell.locator('.cm-content')).toHaveText(/\/\/ mine.*40 \+ 2/);
  await page.waitForTimeout(600);

  await page.goto('about:blank');
  await openCell(page, link);
  await cell.getByRole('button', { name: 'Use the shared code' }).click();
  await expect(cell.locator('.cm-content')).toHaveText(/\/\/ theirs.*2 \+ 2/);
  await cell.getByRole('button', { name: 'Back to my code' }).click();
  await expect(cell.locator('.cm-content')).toHaveText(/\/\/ mine.*40 \+ 2/);
});
