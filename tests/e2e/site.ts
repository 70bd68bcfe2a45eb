import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Where the node adapter puts the prerendered pages. */
const dist = 'dist/client';

/** URL paths of every page in the built site, e.g. `/lessons/what-is-emergence/`. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      // frames/ holds documents made to be framed (the code cells' sandbox), not pages to visit.
      if (entry.isDirectory()) {
        if (relative(dist, path) !== 'frames') walk(path);
      }
      else if (entry.name.endsWith('.html')) pages.push(toUrlPath(relative(dist, path)));
    }
  };
  walk(dist);
  return pages.sort();
}

/** The built file behind a URL path from {@link builtPages}. */
export function builtFile(path: string): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

function toUrlPath(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Lesson pages only. */
export const lessonPages = () => builtPages().filter((path) => path.startsWith('/lessons/'));

/** Pages that hold widgets: the lessons and the page of all interactives. */
export const widgetPages = () => [...lessonPages(), '/explore/'];

/**
 * Records console errors, uncaught exceptions and failed or 4xx/5xx requests
 * from the moment it is called; `expectClean` fails with the list.
 */
export function watchForProblems(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    problems,
    expectClean: () => expect(problems, problems.join('\n')).toEqual([]),
  };
}

/**
 * Serious and critical axe violations on the page (but `exclude`d elements), one line each, once a
 * lesson has laid out all its parts and, at the next frame, measured the boxes in them that scroll
 * (src/layouts/lesson-parts.ts, scroll-boxes.ts).
 */
export async function seriousViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  await partsShown(page);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const results = await exclude.reduce((builder, selector) => builder.exclude(selector), new AxeBuilder({ page })).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/**
 * How far the page reaches past the window's right edge, in px, with every part of a lesson laid
 * out: a part's paint is contained (`content-visibility: auto`), so what overflows it would not
 * widen the page's scroll width and a part too wide for the window would go unseen.
 */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const uncontained = document.createElement('style');
    uncontained.textContent = '.part { content-visibility: visible !important; contain: none !important; }';
    document.head.append(uncontained);
    const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    uncontained.remove();
    return overflow;
  });
}

/**
 * Waits until a lesson has laid out every part of its text for good, which it does one part per
 * idle moment once it has loaded (src/layouts/lesson-parts.ts): from then on boxes hold still.
 */
export async function partsShown(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('.part')].every((part) => getComputedStyle(part).contentVisibility !== 'auto'));
}

/** Scrolls through the page so every lazy widget hydrates, then waits for them all. */
export async function hydrateAll(page: Page): Promise<void> {
  await partsShown(page);
  const widgets = page.locator('[data-widget]');
  const count = await widgets.count();
  for (let i = 0; i < count; i++) {
    await widgets.nth(i).scrollIntoViewIfNeeded();
    await expect(widgets.nth(i)).toHaveAttribute('data-hydrated', '');
  }
}
