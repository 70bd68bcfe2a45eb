import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

const lesson = '/lessons/what-is-emergence/';
const glossary = parse(readFileSync('content/glossary.yaml', 'utf8')) as { id: string; term: string; definition: string }[];
const entry = glossary.find((term) => term.id === 'emergent-ability')!;

test('a glossary term opens its definition in place, reached and closed from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(lesson);
  const term = page.locator('a[data-term-note="term-note-emergent-ability"]');
  const note = page.locator('#term-note-emergent-ability');
  await expect(note).toBeHidden();
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(note).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${lesson}$`));
  await expect(note).toContainText(entry.term);
  await expect(note).toContainText(entry.definition.trim().split(/\s+/).slice(0, 8).join(' '));
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  // Beside its term: just below it, not in the middle of the window.
  const termBox = (await term.boundingBox())!;
  const noteBox = (await note.boundingBox())!;
  expect(noteBox.y).toBeGreaterThan(termBox.y);
  expect(noteBox.y - (termBox.y + termBox.height)).toBeLessThan(20);
  // The note holds the focus; Tab reaches its link to the glossary.
  await page.keyboard.press('Tab');
  await expect(note.getByRole('link', { name: 'In the glossary' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  await expect(term).toBeFocused();
  await expect(term).toHaveAttribute('aria-expanded', 'false');
});

test('on a phone a tap opens the note inside the screen, and a tap elsewhere closes it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(lesson);
  const term = page.locator('a[data-term-note="term-note-emergent-ability"]');
  const note = page.locator('#term-note-emergent-ability');
  await term.scrollIntoViewIfNeeded();
  await term.tap();
  await expect(note).toBeVisible();
  const box = (await note.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  await page.locator('h1').tap();
  await expect(note).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${lesson}$`));
  await context.close();
});

test('without JavaScript a glossary term is a link to its entry', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(lesson);
  await expect(page.locator('.term-note').first()).toBeHidden();
  await page.locator('a[data-term-note="term-note-emergent-ability"]').click();
  await expect(page).toHaveURL(/\/glossary\/#emergent-ability$/);
  await expect(page.locator('#emergent-ability')).toBeInViewport();
  await context.close();
});
