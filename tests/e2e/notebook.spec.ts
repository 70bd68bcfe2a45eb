import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { seriousViolations, watchForProblems } from './site';

const cells = (page: Page) => page.locator('threshold-notebook threshold-cell');

async function typeInto(page: Page, cell: Locator, code: string): Promise<void> {
  // Before the editor has loaded, the cell shows its code as text; focusing it loads the editor.
  await cell.locator('[data-source], .cm-content').first().click();
  await cell.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
}

test('notebook cells see earlier cells, move, are removed, and the notebook survives a reload', async ({ page }) => {
  const watch = watchForProblems(page);
  await page.goto('/notebook/');
  await expect(cells(page)).toHaveCount(3);
  // Built at build time: the starter's table is there before any script runs.
  await expect(cells(page).nth(1).getByRole('table')).toBeVisible();

  await page.getByRole('button', { name: 'Add a cell' }).click();
  await expect(cells(page)).toHaveCount(4);
  await expect(cells(page).nth(3).locator('.cm-content')).toBeFocused();
  await page.keyboard.insertText('sizes.length * 2');
  const added = cells(page).filter({ hasText: 'sizes.length * 2' });
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(added.locator('.cell-value')).toHaveText('22');
  await expect(page.getByRole('heading', { name: 'Cell 4' })).toBeVisible();

  // Moved to the top, the cell runs before `sizes` is declared.
  for (let i = 0; i < 3; i++) await added.getByRole('button', { name: 'Move up' }).click();
  await expect(cells(page).first()).toContainText('sizes.length * 2');
  await expect(cells(page).first().getByRole('button', { name: 'Move up' })).toBeDisabled();
  await cells(page).first().getByRole('button', { name: 'Run' }).click();
  await expect(cells(page).first().locator('.cell-error')).toHaveText('ReferenceError: sizes is not defined (line 1)');

  // Run on a cell finds the earlier cell failing and marks it; the cell does not use its names, so it runs without it.
  await cells(page).nth(1).getByRole('button', { name: 'Run' }).click();
  await expect(cells(page).first().locator('.cell-error')).toHaveText("ReferenceError: Cannot access 'sizes' before initialization (line 1)");
  await expect(cells(page).first()).toHaveAttribute('data-state', 'failed');
  await expect(cells(page).nth(1).locator('[data-status]')).toHaveText(/Ran in/);

  await page.waitForTimeout(600);
  await page.reload();
  await expect(cells(page)).toHaveCount(4);
  await expect(cells(page).first().locator('.cm-content')).toHaveText('sizes.length * 2');
  await cells(page).first().getByRole('button', { name: 'Remove' }).click();
  await expect(cells(page)).toHaveCount(3);
  await cells(page).nth(2).getByRole('button', { name: 'Run' }).click();
  await expect(cells(page).nth(2).locator('.cell-chart svg[role="img"]')).toBeVisible();
  watch.expectClean();
});

const rowsCode = 'const rows = sizes.map((N, i) => ({ billions: N / 1e9, exactMatch: perToken[i]! ** 20 }))\nrows';

test('a failing cell marks the cells that depend on it stale, keeping their output; the others run; fixed, the marks clear', async ({ page }, testInfo) => {
  const watch = watchForProblems(page);
  await page.goto('/notebook/');
  const status = page.locator('[data-notebook-status]');
  await page.getByRole('button', { name: 'Run all' }).click();
  await expect(status).toHaveText('All cells ran.');
  await page.getByRole('button', { name: 'Add a cell' }).click();
  await page.keyboard.insertText('const own = 6\nown * 7');
  const [, broken, chart, independent] = [0, 1, 2, 3].map((index) => cells(page).nth(index));

  await typeInto(page, broken!, `throw new Error('broken on purpose')\n${rowsCode}`);
  await page.getByRole('button', { name: 'Run all' }).click();
  await expect(status).toHaveText('Cell 2 failed; cell 3 is stale (it depends on it); 2 other cells ran.');
  await expect(broken!.locator('.cell-error')).toHaveText('Error: broken on purpose (line 1)');
  await expect(broken!).toHaveAttribute('data-state', 'failed');
  // The dependent cell was not run: its chart from the first run stays, labelled, and its status says why.
  await expect(chart!).toHaveAttribute('data-state', 'stale');
  await expect(chart!.locator('.cell-stale-label')).toHaveText('Stale: depends on cell 2, which failed. The output below is from an earlier run.');
  await expect(chart!.getByRole('status')).toHaveText('Not run: depends on cell 2, which failed.');
  await expect(chart!.locator('.cell-chart svg[role="img"]')).toBeVisible();
  // The cell that uses none of its names ran.
  await expect(independent!.locator('.cell-value')).toHaveText('42');
  await expect(independent!.locator('[data-status]')).toHaveText(/Ran in/);

  // The label is readable on a phone, in both themes, and the page stays clean for axe.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const label = chart!.locator('.cell-stale-label');
    await label.scrollIntoViewIfNeeded();
    const box = (await label.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await chart!.screenshot({ path: testInfo.outputPath(`stale-390-${colorScheme}.png`) });
    expect(await seriousViolations(page), `${colorScheme} theme`).toEqual([]);
  }

  // Fixed and run, the failed cell runs the cells that were stale because of it: every mark clears.
  await typeInto(page, broken!, rowsCode);
  await broken!.getByRole('button', { name: 'Run' }).click();
  await expect(chart!.locator('[data-status]')).toHaveText(/Ran in/);
  await expect(page.locator('threshold-cell[data-state]')).toHaveCount(0);
  await expect(page.locator('.cell-stale-label')).toHaveCount(0);
  await expect(chart!.locator('.cell-chart svg[role="img"]')).toBeVisible();
  await expect(broken!.getByRole('table')).toBeVisible();
  watch.expectClean();
});

test('a notebook exports to a .ts file and imports back', async ({ page }, testInfo) => {
  await page.goto('/notebook/');
  await typeInto(page, cells(page).first(), 'const answer = 6 * 7');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .ts' }).click();
  const file = testInfo.outputPath('notebook.ts');
  await (await download).saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(text.match(/^\/\/ %%$/gm)).toHaveLength(3);
  expect(text).toContain('// %%\nconst answer = 6 * 7\n');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByLabel('Import .ts').setInputFiles({ name: 'two.ts', mimeType: 'text/plain', buffer: Buffer.from('// %%\nconst a = 20\n// %%\na + 1\n') });
  await expect(page.locator('[data-notebook-status]')).toHaveText('Imported 2 cells from two.ts.');
  await expect(cells(page)).toHaveCount(2);
  await cells(page).nth(1).getByRole('button', { name: 'Run' }).click();
  await expect(cells(page).nth(1).locator('.cell-value')).toHaveText('21');

  await page.getByLabel('Import .ts').setInputFiles({ name: 'big.ts', mimeType: 'text/plain', buffer: Buffer.from('// %%\n1\n'.repeat(51)) });
  await expect(page.locator('[data-notebook-status]')).toHaveText('That file has 51 cells; a notebook holds at most 50.');
  await expect(cells(page)).toHaveCount(2);
});

test('running cells, with the editor loaded and a table and a chart drawn, passes axe in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/notebook/');
    await page.getByRole('button', { name: 'Run all' }).click();
    await expect(page.locator('[data-notebook-status]')).toHaveText('All cells ran.');
    await expect(cells(page).nth(2).locator('.cell-chart svg[role="img"]')).toBeVisible();
    await cells(page).first().locator('.cm-content').click();
    expect(await seriousViolations(page), `${colorScheme} theme`).toEqual([]);
  }
});

test('Run pressed before the editor has loaded runs the cell once it has', async ({ page }) => {
  await page.goto('/notebook/');
  await expect(cells(page).nth(1).locator('[data-source]')).toBeVisible();
  await cells(page).nth(1).getByRole('button', { name: 'Run' }).click();
  await expect(cells(page).nth(1).locator('[data-status]')).toHaveText(/Ran in/);
  await expect(cells(page).nth(1).getByRole('table')).toBeVisible();
});
