import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages, hydrateAll } from './site';

/**
 * Full-page screenshots of every page at a desktop and a phone width, in light and dark, for a
 * reviewer to page through: `screenshots/<width>-<theme>/<page>.png` (the folder is rebuilt on each
 * run and never committed). Every widget is brought to life first, so the figures are the live ones.
 */
// The whole-course page is every lesson again, checked by print.spec.ts; its screenshots would be the lessons'.
const pages = builtPages().filter((path) => path !== '/404.html' && path !== '/print/');
const sizes = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
const fileName = (path: string) => (path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replace(/[/.]/g, '-'));
/** The width of a PNG, from its header. */
const pngWidth = (file: string) => readFileSync(file).readUInt32BE(16);

for (const path of pages) {
  test(`${path}: full-page screenshots at 1280 and 390 px, light and dark`, async ({ page }) => {
    await page.setViewportSize(sizes[0]);
    await page.goto(path);
    await hydrateAll(page);
    for (const size of sizes) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const folder = `screenshots/${size.width}-${colorScheme}`;
        mkdirSync(folder, { recursive: true });
        const file = `${folder}/${fileName(path)}.png`;
        await page.screenshot({ path: file, fullPage: true });
        expect(pngWidth(file), file).toBe(size.width);
      }
    }
  });
}
