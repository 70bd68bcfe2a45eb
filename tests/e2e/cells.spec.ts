import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchForProblems } from './site';

const lesson = '/lessons/mirage-or-real/';

async function openCell(page: Page): Promise<Locator> {
  await page.goto(lesson);
  const cell = page.locator('threshold-cell').first();
  await cell.scrollIntoViewIfNeeded();
  return cell;
}

/** Replaces the cell's code as a learner would: focus, select all, type. */
async function setCode(page: Page, cell: Locator, code: string): Promise<void> {
  await cell.locator('[data-source], .cm-content').first().click();
  await expect(cell.locator('.cm-content')).toBeVisible();
  await cell.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
}

async function run(cell: Locator): Promise<void> {
  await cell.getByRole('button', { name: 'Run' }).click();
  await expect(cell.getByRole('button', { name: 'Run' })).toBeVisible();
}

test('the page shows the cell’s code and its build-time output before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(lesson);
  const cell = page.locator('threshold-cell').first();
  await expect(cell.locator('[data-source]')).toContainText('myMetric');
  await expect(cell.locator('.cell-chart svg[role="img"]')).toHaveAttribute('aria-label', /line \(\d+ points\)/);
  await context.close();
});

test('an edited cell runs and shows its value, what it printed, and tables', async ({ page }) => {
  const watch = watchForProblems(page);
  const cell = await openCell(page);
  await setCode(page, cell, "import { chainSuccess } from 'threshold/sim'\nconsole.log('ten steps')\nchainSuccess(0.9, 10)");
  await run(cell);
  await expect(cell.locator('.cell-logs')).toHaveText('ten steps');
  await expect(cell.locator('.cell-value')).toHaveText('0.348678');
  await expect(cell.locator('[data-status]')).toHaveText(/Ran in/);

  await setCode(page, cell, '[{ n: 1, p: 0.5 }, { n: 2, p: 0.25 }]');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(cell.getByRole('table')).toContainText('n');
  await expect(cell.getByRole('table').locator('tbody tr')).toHaveCount(2);
  watch.expectClean();
});

test('syntax and runtime errors name the line of the learner’s code', async ({ page }) => {
  const cell = await openCell(page);
  await setCode(page, cell, 'const a = 1\nconst b = ;\nb');
  await run(cell);
  await expect(cell.locator('.cell-error')).toHaveText('SyntaxError: Unexpected token (line 2)');
  await setCode(page, cell, "import { chainSuccess } from 'threshold/sim'\n\nchainSuccess(2, 3)");
  await run(cell);
  await expect(cell.locator('.cell-error')).toHaveText(/^RangeError: invalid p: 2 .*\(line 3\)$/);
});

test('an endless loop is stopped after the time limit and the page keeps responding', async ({ page }) => {
  const cell = await openCell(page);
  await setCode(page, cell, 'while (true) {}');
  await cell.getByRole('button', { name: 'Run' }).click();
  await expect(cell.getByRole('button', { name: 'Stop' })).toBeVisible();
  // The page answers input while the cell loops: the theme toggle still works.
  const theme = await page.locator('html').getAttribute('data-theme');
  await page.getByRole('button', { name: /theme/i }).first().click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', theme ?? '');
  await expect(cell.locator('.cell-error')).toHaveText(/Stopped: the cell was still running after 3 seconds/, { timeout: 10_000 });
  await setCode(page, cell, '6 * 7');
  await run(cell);
  await expect(cell.locator('.cell-value')).toHaveText('42');
});

test('a cell cannot reach the page, its storage or its cookies', async ({ page }) => {
  const cell = await openCell(page);
  for (const [code, message] of [
    ["localStorage.getItem('threshold:progress')", 'ReferenceError: localStorage is not defined (line 1)'],
    ['document.cookie', 'ReferenceError: document is not defined (line 1)'],
    ['window.parent', 'ReferenceError: window is not defined (line 1)'],
    ["indexedDB.open('x')", "TypeError: Cannot read properties of undefined (reading 'open') (line 1)"],
    ["await fetch('/')", 'TypeError: fetch is not a function (line 1)'],
  ]) {
    await setCode(page, cell, code!);
    await run(cell);
    await expect(cell.locator('.cell-error')).toHaveText(message!);
  }
});

test('edited code survives a reload, Reset brings back the original, a share link restores code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const cell = await openCell(page);
  await setCode(page, cell, '// mine\n40 + 2');
  await page.waitForTimeout(600);
  await page.reload();
  await expect(cell.locator('.cm-content')).toHaveText(/\/\/ mine.*40 \+ 2/);
  await expect(cell.locator('[data-status]')).toContainText('Your edited code');

  await cell.getByRole('button', { name: 'Share' }).click();
  const link = await cell.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/#share=your-own-metric\.[\w-]+$/);

  await cell.getByRole('button', { name: 'Reset' }).click();
  await expect(cell.locator('.cm-content')).toContainText('myMetric');
  await page.waitForTimeout(600);
  await page.reload();
  await expect(cell.locator('[data-source]')).toContainText('myMetric');

  await page.goto(link);
  await expect(cell.locator('.cm-content')).toHaveText(/\/\/ mine.*40 \+ 2/);
  await expect(cell.locator('[data-status]')).toContainText('Code from a share link');

  await page.goto(`${link.slice(0, -8)}`);
  await expect(cell.locator('[data-status]')).toContainText('This share link is damaged');
});

test('keyboard: Ctrl+Enter runs, Tab indents, undo undoes, Escape then Tab leaves the editor', async ({ page }) => {
  const cell = await openCell(page);
  await cell.locator('[data-source]').focus();
  await expect(cell.locator('.cm-content')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('1 + 1');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(cell.locator('.cell-value')).toHaveText('2');
  await page.keyboard.press('Tab');
  await expect(cell.locator('.cm-content')).toBeFocused();
  await expect(cell.locator('.cm-content')).toHaveText('  1 + 1');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(cell.locator('.cm-content')).toHaveText('1 + 1');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(cell.getByRole('button', { name: 'Run' })).toBeFocused();
});
