import { expect, test, type Locator, type Page } from '@playwright/test';
import { lessonPages, sidewaysOverflow } from './site';

/**
 * Chart text is legible: it collides with no other chart text, sits on no dot it does not annotate
 * (a label is set beside its dot, never on it), and contrasts at least 4.5:1 with the page behind
 * the figure; in every widget, at the settings it opens with and
 * after each control is moved to its ends and middle (each option of a menu, each box toggled),
 * at desktop and phone widths. The page of all interactives holds every widget once.
 */

interface Collision {
  chart: string;
  a: string;
  b: string;
}

/** Pairs of boxes in one chart, text with text or text with a dot, that overlap by more than a sliver. */
function collisions(figure: Locator): Promise<Collision[]> {
  return figure.evaluate((root) => {
    // Glyph boxes include the line's ascent and descent: shave a little so that labels set
    // line under line, which only touch, do not count.
    const slack = 1.5;
    const found: { chart: string; a: string; b: string }[] = [];
    for (const svg of root.querySelectorAll('svg')) {
      const boxes = [...svg.querySelectorAll('text')]
        .filter((text) => text.textContent!.trim() !== '' && text.getClientRects().length > 0)
        .filter((text) => getComputedStyle(text).visibility !== 'hidden' && Number(getComputedStyle(text).opacity) > 0)
        .map((text) => ({ text: text.textContent!.trim(), box: text.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0);
      // Plot draws each dot mark as a group of circles or symbol paths labelled "dot".
      const dots = [...svg.querySelectorAll('g[aria-label="dot"] > *')]
        .map((dot) => ({ text: `a dot${dot.querySelector('title') ? ` (${dot.querySelector('title')!.textContent})` : ''}`, box: dot.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0);
      const chart = svg.getAttribute('aria-label') ?? '';
      const overlap = (a: DOMRect, b: DOMRect) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          if (overlap(boxes[i].box, boxes[j].box)) found.push({ chart, a: boxes[i].text, b: boxes[j].text });
        }
        for (const dot of dots) if (overlap(boxes[i].box, dot.box)) found.push({ chart, a: boxes[i].text, b: dot.text });
      }
    }
    return found;
  });
}

/** Chart text whose colour has a contrast below 4.5:1 with the background the figure sits on (WCAG AA for small text). */
function faintText(figure: Locator): Promise<string[]> {
  return figure.evaluate((root) => {
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
    };
    let node: Element | null = root;
    let background = 'rgb(255, 255, 255)';
    for (; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (rgb(colour).length === 3 || (rgb(colour).length === 4 && rgb(colour)[3] === 1)) { background = colour; break; }
    }
    const faint: string[] = [];
    for (const text of root.querySelectorAll('svg text')) {
      if (!text.textContent!.trim() || text.getClientRects().length === 0) continue;
      const style = getComputedStyle(text);
      if (style.fill === 'none' || Number(style.fillOpacity) < 1 || Number(style.opacity) < 1) {
        faint.push(`"${text.textContent!.trim()}" is drawn translucent`);
        continue;
      }
      const [a, b] = [luminance(rgb(style.fill)), luminance(rgb(background))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5) faint.push(`"${text.textContent!.trim()}" ${style.fill} on ${background}: ${ratio.toFixed(2)}:1`);
    }
    return faint;
  });
}

/** Lets the widget draw what the last input asked for. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Every setting worth looking at: each control at its ends and middle, one control at a time. */
async function* settings(figure: Locator): AsyncGenerator<string> {
  const ranges = figure.locator('input[type="range"]:visible');
  for (let i = 0; i < (await ranges.count()); i++) {
    const range = ranges.nth(i);
    if (!(await range.isVisible()) || (await range.isDisabled())) continue;
    const [min, max, start] = await range.evaluate((input: HTMLInputElement) => [input.min || '0', input.max || '100', input.value]);
    const step = await range.evaluate((input: HTMLInputElement) => Number(input.step) || 1);
    const middle = String(Number(min) + Math.round((Number(max) - Number(min)) / 2 / step) * step);
    for (const value of [min, max, middle]) {
      await range.fill(value);
      yield `${await range.getAttribute('id')} = ${value}`;
    }
    await range.fill(start);
  }
  const menus = figure.locator('select:visible');
  for (let i = 0; i < (await menus.count()); i++) {
    const menu = menus.nth(i);
    if (!(await menu.isVisible())) continue;
    const start = await menu.inputValue();
    for (const value of await menu.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))) {
      await menu.selectOption(value);
      yield `${await menu.getAttribute('id')} = ${value}`;
    }
    await menu.selectOption(start);
  }
  const boxes = figure.locator('input[type="checkbox"]:visible');
  for (let i = 0; i < (await boxes.count()); i++) {
    const box = boxes.nth(i);
    await box.click();
    yield `${await box.getAttribute('id')} toggled`;
    await box.click();
  }
}

for (const [width, colorScheme] of [[1280, 'light'], [390, 'light'], [1280, 'dark'], [390, 'dark']] as const) {
  test(`chart text is legible, clear of other text and dots, at any control setting, at ${width} px, ${colorScheme}`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    await page.goto('/explore/');
    const problems: string[] = [];
    const figures = page.locator('[data-widget]');
    const count = await figures.count();
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      const name = await figure.getAttribute('data-widget');
      await figure.scrollIntoViewIfNeeded();
      await expect(figure).toHaveAttribute('data-hydrated', '');
      const look = async (setting: string) => {
        await settle(page);
        for (const { chart, a, b } of await collisions(figure)) problems.push(`${name} (${setting}) ${chart}: "${a}" overlaps ${b.startsWith('a dot') ? b : `"${b}"`}`);
        for (const faint of await faintText(figure)) problems.push(`${name} (${setting}): ${faint}`);
      };
      await look('as opened');
      for await (const setting of settings(figure)) await look(setting);
    }
    expect([...new Set(problems)], [...new Set(problems)].join('\n')).toEqual([]);
  });
}

test('figures break out of the text to at least 720 px on a desktop, and chart text stays at least 11 px on a phone', async ({ page }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of lessonPages()) {
      await page.goto(path);
      // Widgets hydrate as they near the viewport, and may redraw to fit then.
      for (const figure of await page.locator('article [data-widget]').all()) {
        await figure.scrollIntoViewIfNeeded();
        await expect(figure).toHaveAttribute('data-hydrated', '');
      }
      await settle(page);
      const sizes = await page.locator('article [data-widget]').evaluateAll((figures) => figures.map((figure) => ({
        name: (figure as HTMLElement).dataset.widget!,
        width: figure.getBoundingClientRect().width,
        // Rendered size of chart text: its font size times the scale the svg is drawn at.
        smallest: Math.min(...[...figure.querySelectorAll('svg[viewBox]')].flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')].filter((text) => text.textContent!.trim()).map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
        })),
      })));
      expect(sizes.length, path).toBeGreaterThan(0);
      for (const { name, width: drawn, smallest } of sizes) {
        if (width === 1280 && drawn < 720) problems.push(`${path} ${name}: ${drawn.toFixed(0)} px wide at 1280`);
        if (width === 390 && smallest < 10.95) problems.push(`${path} ${name}: chart text ${smallest.toFixed(1)} px at 390`);
      }
      expect(await sidewaysOverflow(page), `${path} at ${width}`).toBeLessThanOrEqual(0);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('a code cell’s chart keeps its text at least 11 px on a phone: scrolling sideways as built, fitting once run', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/lessons/why-abilities-emerge/');
  const cell = page.locator('threshold-cell[data-cell="chain-over-scale"]');
  await cell.scrollIntoViewIfNeeded();
  const measure = () =>
    cell.evaluate((element) => {
      const frame = element.querySelector<HTMLElement>('.cell-chart')!;
      const svg = frame.querySelector<SVGSVGElement>('svg[viewBox]')!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const texts = [...svg.querySelectorAll('text')].filter((text) => text.textContent!.trim());
      return { smallest: Math.min(...texts.map((text) => parseFloat(getComputedStyle(text).fontSize) * scale)), scrolls: frame.scrollWidth > frame.clientWidth + 1 };
    });
  const built = await measure();
  expect(built.smallest).toBeGreaterThanOrEqual(10.95);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await cell.getByRole('button', { name: 'Run' }).click();
  await expect(cell.locator('[data-status]')).toHaveText(/Ran in/);
  const run = await measure();
  expect(run.smallest).toBeGreaterThanOrEqual(10.95);
  expect(run.scrolls).toBe(false);
});
