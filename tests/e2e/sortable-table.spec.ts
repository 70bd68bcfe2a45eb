import { expect, test } from '@playwright/test';

test('the table of emergent abilities sorts by scale from the keyboard, and says how it is sorted', async ({ page }) => {
  await page.goto('/lessons/famous-examples/');
  const table = page.locator('sortable-table table');
  const scale = table.getByRole('button', { name: 'Scale' });
  const firstScale = () => table.locator('tbody tr').first().locator('td').nth(2).textContent();

  await scale.focus();
  await page.keyboard.press('Enter');
  await expect(table.locator('th').filter({ has: page.getByRole('button', { name: 'Scale' }) })).toHaveAttribute('aria-sort', 'ascending');
  expect(await firstScale()).toMatch(/^40M/);

  await page.keyboard.press('Enter');
  await expect(table.locator('th').filter({ has: page.getByRole('button', { name: 'Scale' }) })).toHaveAttribute('aria-sort', 'descending');
  expect(await firstScale()).toMatch(/^540B/);
});

test('without JavaScript the table is complete in its authored order', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lessons/famous-examples/');
  await expect(page.locator('sortable-table tbody tr')).toHaveCount(16);
  await expect(page.locator('sortable-table th button')).toHaveCount(0);
  await context.close();
});
