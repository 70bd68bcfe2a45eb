import { expect, test, type Locator, type Page } from '@playwright/test';
import { linePoints } from '@/widgets/kit/server';
import { lessonPages, widgetPages } from './site';

/**
 * Widget figures on the given pages (default: the page of all interactives,
 * which holds every widget once; lessons reuse the same code with other settings).
 */
async function findWidgets(page: Page, paths = ['/explore/']): Promise<{ path: string; id: string; name: string }[]> {
  const found = [];
  for (const path of paths) {
    await page.goto(path);
    const figures = await page.$$eval('[data-widget]', (nodes) => nodes.map((node) => ({ id: node.id, name: (node as HTMLElement).dataset.widget! })));
    found.push(...figures.map((figure) => ({ path, ...figure })));
  }
  return found;
}

/** What the figure shows: its drawing (SVG markup and canvas pixels) and its reading. */
async function snapshot(figure: Locator) {
  return figure.evaluate((node) => ({
    view: node.querySelector('.widget-view')!.innerHTML + [...node.querySelectorAll('canvas')].map((canvas) => canvas.toDataURL()).join(),
    reading: node.querySelector('[data-reading]')!.textContent,
  }));
}

/** Where two markups differ, or '' when only their numbers do, by at most 0.1. */
function numbersDifference(a: string, b: string): string {
  const numbers = /-?\d+(?:\.\d+)?(?:e-?\d+)?/g;
  const shape = (markup: string) => markup.replace(numbers, '#');
  if (shape(a) !== shape(b)) {
    const at = [...shape(a)].findIndex((char, i) => char !== shape(b)[i]);
    return `markup differs near "${shape(a).slice(Math.max(0, at - 60), at + 60)}"`;
  }
  const [x, y] = [a.match(numbers) ?? [], b.match(numbers) ?? []];
  const i = x.findIndex((value, i) => Math.abs(Number(value) - Number(y[i])) > 0.1 + 1e-9);
  return i < 0 ? '' : `number ${i} is ${x[i]} here and ${y[i]} there`;
}

/** The farthest any point of one line lies from the other line, both ways. */
function lineGap(a: number[][][], b: number[][][]): number {
  const toSegment = ([x, y]: number[], [x1, y1]: number[], [x2, y2]: number[]) => {
    const length = (x2 - x1) ** 2 + (y2 - y1) ** 2;
    const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * (x2 - x1) + (y - y1) * (y2 - y1)) / length));
    return Math.hypot(x - x1 - t * (x2 - x1), y - y1 - t * (y2 - y1));
  };
  const toLine = (point: number[], line: number[][][]) =>
    Math.min(...line.map((part) => (part.length === 1 ? Math.hypot(point[0] - part[0][0], point[1] - part[0][1]) : Math.min(...part.slice(1).map((end, i) => toSegment(point, part[i], end))))));
  const oneWay = (from: number[][][], to: number[][][]) => Math.max(...from.flat().map((point) => toLine(point, to)));
  return Math.max(oneWay(a, b), oneWay(b, a));
}

/**
 * Where two drawings differ, or '' when they are the same up to what a screen shows: the browser's
 * and the build's arithmetic may round a coordinate that sits on a half tenth of a pixel either
 * way, and the build writes its lines with fewer points, none more than 0.1 px from Plot's, to a
 * tenth of a pixel (src/widgets/kit/server.ts).
 */
function drawingDifference(a: string, b: string): string {
  const paths = /(?<= )d="([^"]*)"/g;
  const [x, y] = [[...a.matchAll(paths)].map((match) => match[1]), [...b.matchAll(paths)].map((match) => match[1])];
  if (x.length !== y.length) return `${x.length} paths here and ${y.length} there`;
  for (const [i, d] of x.entries()) {
    const [here, there] = [linePoints(d), linePoints(y[i])];
    const gap = here && there ? lineGap(here, there) : undefined;
    const difference = gap === undefined ? numbersDifference(d, y[i]) : gap > 0.2 ? `a point strays ${gap.toFixed(2)} px from the other line` : '';
    if (difference) return `path ${i}: ${difference}`;
  }
  return numbersDifference(a.replace(paths, 'd=""'), b.replace(paths, 'd=""'));
}

/**
 * A drawing's markup in a canonical form, for comparing the build's (linkedom) with the browser's:
 * attributes sorted (the two serialise them in different orders), style declarations without spaces.
 */
function canonicalMarkup(root: Element): string {
  const walk = (node: Node): string => {
    // Whitespace between elements is the page template's, not the drawing's.
    if (node.nodeType === Node.TEXT_NODE) return node.textContent!.trim() ? node.textContent! : '';
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const element = node as Element;
    const attributes = element.getAttributeNames().sort().map((name) => {
      const value = element.getAttribute(name)!;
      return `${name}="${name === 'style' ? value.replace(/\s+/g, '').replace(/;$/, '') : value}"`;
    });
    return `<${element.localName} ${attributes.join(' ')}>${[...element.childNodes].map(walk).join('')}</${element.localName}>`;
  };
  return [...root.childNodes].map(walk).join('');
}

async function open(page: Page, path: string, id: string): Promise<Locator> {
  await page.goto(path);
  const figure = page.locator(`[id="${id}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', '');
  return figure;
}

/** Waits until changes made so far are drawn: the kit draws them in the next animation frame. */
async function settled(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Changes one control with the keyboard only: arrows for sliders and selects, Space for toggles. */
async function nudge(page: Page, control: Locator) {
  const input = control.locator('input[type="range"], select, input[type="checkbox"]').first();
  await input.focus();
  const kind = await input.evaluate((node) => (node instanceof HTMLSelectElement ? 'select' : (node as HTMLInputElement).type));
  if (kind === 'checkbox') return page.keyboard.press('Space');
  const atEnd = await input.evaluate((node) =>
    node instanceof HTMLSelectElement ? node.selectedIndex === node.options.length - 1 : Number((node as HTMLInputElement).value) >= Number((node as HTMLInputElement).max),
  );
  await page.keyboard.press(atEnd ? 'ArrowLeft' : 'ArrowRight');
  if (kind === 'select') await page.keyboard.press(atEnd ? 'ArrowUp' : 'ArrowDown');
}

test('every widget on a lesson page is on the page of all interactives, where it is exercised', async ({ page }) => {
  const onLessons = new Set((await findWidgets(page, lessonPages())).map((widget) => widget.name));
  const onExplore = new Set((await findWidgets(page)).map((widget) => widget.name));
  expect(onLessons.size).toBeGreaterThan(0);
  expect([...onLessons].filter((name) => !onExplore.has(name))).toEqual([]);
});

test.describe('each widget', () => {
  test('has its first state drawn at build time, visible with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const { path, id } of await findWidgets(page, widgetPages())) {
      await page.goto(path);
      const figure = page.locator(`[id="${id}"]`);
      await expect(figure.locator('.widget-view svg').first(), `${path} ${id}`).toBeVisible();
      await expect(figure.locator('[data-reading]'), id).not.toBeEmpty();
      await expect(figure.locator('figcaption'), id).not.toBeEmpty();
    }
    await context.close();
  });

  test('makes its number boxes where their stand-ins showed the values, of the same size', async ({ browser, page }) => {
    // Where each number box (or its stand-in, before the widget's script runs) sits in its figure.
    const boxes = (nodes: Element[], selector: string) =>
      nodes.map((node) => {
        const figure = node.getBoundingClientRect();
        const at = [...node.querySelectorAll<HTMLElement>(selector)].map((box) => {
          const { x, y, width, height } = box.getBoundingClientRect();
          const value = box instanceof HTMLInputElement ? box.value : box.textContent;
          return [x - figure.x, y - figure.y, width, height].map(Math.round).join(' ') + ` ${value}`;
        });
        return [node.id, at] as const;
      });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const still = await context.newPage();
    await still.goto('/explore/');
    const before = new Map(await still.$$eval('[data-widget]', boxes, '.slider .number-box'));
    await context.close();
    await page.goto('/explore/');
    for (const figure of await page.locator('[data-widget]').all()) {
      await figure.scrollIntoViewIfNeeded();
      await expect(figure).toHaveAttribute('data-hydrated', '');
    }
    expect(await page.locator('.slider .number-box, template[data-number-box]').count()).toBe(0);
    const after = new Map(await page.$$eval('[data-widget]', boxes, '.slider input[type="number"]'));
    expect([...before.values()].flat().length).toBeGreaterThan(10);
    expect(after).toEqual(before);
  });

  test('redraws its chart and its reading when any control moves, by keyboard', async ({ page }) => {
    for (const { path, id } of await findWidgets(page)) {
      const figure = await open(page, path, id);
      for (const control of await figure.locator('[data-control]:visible').all()) {
        const name = await control.getAttribute('data-control');
        const before = await snapshot(figure);
        await nudge(page, control);
        await expect.poll(async () => (await snapshot(figure)).view, `${id}: ${name} changes the chart`).not.toBe(before.view);
        await expect.poll(async () => (await snapshot(figure)).reading, `${id}: ${name} changes the reading`).not.toBe(before.reading);
      }
    }
  });

  test('keeps its build-time charts when it hydrates, and redraws at most once per frame, showing the latest state', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const still = await context.newPage();
    await still.goto('/explore/');
    const built = new Map(await still.$$eval('[data-widget]', (nodes) => nodes.map((node) => [node.id, node.querySelector('.widget-view')!.innerHTML] as const)));
    const canonical = new Map<string, string>();
    for (const id of built.keys()) canonical.set(id, await still.locator(`[id="${id}"] .widget-view`).evaluate(canonicalMarkup));
    await context.close();
    // Plot draws at half-pixel offsets on a screen of device pixel ratio 1, and at whole pixels on
    // a denser screen and at build time: a ratio of 2 makes the browser's drawing the build's.
    const dense = await browser.newContext({ deviceScaleFactor: 2 });
    const page = await dense.newPage();
    let checked = 0;
    for (const { path, id } of await findWidgets(page)) {
      const figure = await open(page, path, id);
      // Widgets drawn with plots only: live views (canvases, Train buttons) build their own view.
      const plots = await figure.evaluate((node) => node.querySelector('.widget-view canvas, .widget-view button') === null);
      if (!plots) continue;
      checked++;
      expect(await figure.locator('.widget-view').innerHTML(), `${id}: hydrating changes nothing`).toBe(built.get(id));
      for (const control of await figure.locator('[data-control]:visible').all()) {
        const name = await control.getAttribute('data-control');
        // Two changes in one task (away and back), then two frames: one render, of the state the
        // controls hold at the end, which is the build's own state, so the build's drawing.
        const renders = await control.evaluate(async (node) => {
          const view = node.closest('figure')!.querySelector('.widget-view')!;
          let count = 0;
          const observer = new MutationObserver((records) => (count += records.length));
          observer.observe(view, { childList: true });
          const input = node.querySelector<HTMLInputElement | HTMLSelectElement>('input[type="range"], select, input[type="checkbox"]')!;
          const set = (value: string | boolean) => {
            if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = value as boolean;
            else input.value = value as string;
            input.dispatchEvent(new Event(input instanceof HTMLInputElement && input.type === 'range' ? 'input' : 'change', { bubbles: true }));
          };
          const original = input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value;
          const other = input instanceof HTMLSelectElement
            ? [...input.options].find((option) => option.value !== original)!.value
            : input.type === 'checkbox' ? !original : input.value === input.max ? input.min : input.max;
          set(other);
          set(original);
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          observer.disconnect();
          return count;
        });
        expect(renders, `${id}: two changes of ${name} in one task render once`).toBe(1);
        const drawn = await figure.locator('.widget-view').evaluate(canonicalMarkup);
        expect(drawingDifference(drawn, canonical.get(id)!), `${id}: ${name} shows the latest state, drawn as the build draws it`).toBe('');
      }
    }
    await dense.close();
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  test('smooth-vs-sharp: from 10⁹ to 10¹¹ parameters the task accuracy leaves chance and climbs far more than the loss moves', async ({ page }) => {
    const figure = await open(page, '/explore/', 'smooth-vs-sharp');
    const read = () => figure.evaluate((node) => ({
      dots: [...node.querySelectorAll('.widget-view svg')].map((svg) => Number(svg.querySelector('g[aria-label="dot"] circle')!.getAttribute('cy'))),
      reading: node.querySelector('[data-reading]')!.textContent!,
    }));
    const slider = figure.locator('[data-control="scale"] input[type="range"]');
    await slider.fill('9');
    await expect(figure.locator('[data-reading]')).toContainText('At 1 billion parameters');
    const before = await read();
    await slider.fill('11');
    await expect(figure.locator('[data-reading]')).toContainText('At 100 billion parameters');
    const after = await read();
    const accuracy = (text: string) => Number(text.match(/task accuracy (\d\.\d+)/)![1]);
    expect(accuracy(before.reading)).toBeLessThan(0.3);
    expect(accuracy(after.reading)).toBeGreaterThan(0.6);
    // On charts of the same height, the accuracy dot climbs far more than the loss dot moves (cy falls as a dot rises).
    const loss = Math.abs(before.dots[0]! - after.dots[0]!);
    const climb = before.dots[1]! - after.dots[1]!;
    expect(climb).toBeGreaterThan(80);
    expect(climb).toBeGreaterThan(2 * loss);
  });

  test('lets Tab reach every control and button', async ({ page }) => {
    for (const { path, id } of await findWidgets(page)) {
      const figure = await open(page, path, id);
      // Controls of settings the current mode does not use are hidden, and out of the tab order.
      const targets = await figure.locator('input:visible, select:visible, button:visible').evaluateAll((nodes) => nodes.map((node, i) => ((node as HTMLElement).dataset.tabTarget = String(i))));
      await figure.locator('input:visible, select:visible, button:visible').first().focus();
      const reached = new Set<string>();
      for (let i = 0; i < targets.length + 2; i++) {
        const target = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.tabTarget);
        if (target !== undefined) reached.add(target);
        await page.keyboard.press('Tab');
      }
      expect([...reached].sort(), id).toEqual(targets.sort());
    }
  });

  test('clamps a typed value out of range and says so, never showing NaN', async ({ page }) => {
    for (const { path, id } of await findWidgets(page)) {
      const figure = await open(page, path, id);
      for (const control of await figure.locator('.slider:visible').all()) {
        const box = control.locator('input[type="number"]');
        const max = await box.getAttribute('max');
        await box.fill('1e9');
        await box.press('Enter');
        await expect(control.locator('.note'), id).toContainText('above the maximum');
        await expect(control.locator('input[type="range"]'), id).toHaveValue(max!);
        await box.fill('');
        await box.press('Enter');
        await expect(control.locator('.note'), id).toContainText('not a number');
        await expect(figure, id).not.toContainText(/NaN|Infinity|undefined/);
      }
    }
  });

  test('restores its settings from a copied link, and Reset brings back the lesson’s setting', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    for (const { path, id } of await findWidgets(page)) {
      let figure = await open(page, path, id);
      const initial = await snapshot(figure);
      for (const control of await figure.locator('[data-control]:visible').all()) await nudge(page, control);
      await settled(page);
      const changed = await snapshot(figure);
      const values = await figure.locator('input, select').evaluateAll((nodes) => nodes.map((node) => ((node as HTMLInputElement).type === 'checkbox' ? String((node as HTMLInputElement).checked) : (node as HTMLInputElement).value)));
      await figure.getByRole('button', { name: 'Link to this setting' }).click();
      await expect(figure.locator('[data-note]')).toContainText('Link');
      const link = page.url();
      expect(link, id).toContain(`${id}.`);

      figure = await open(page, link, id);
      const restored = await figure.locator('input, select').evaluateAll((nodes) => nodes.map((node) => ((node as HTMLInputElement).type === 'checkbox' ? String((node as HTMLInputElement).checked) : (node as HTMLInputElement).value)));
      expect(restored, id).toEqual(values);
      await expect(figure.locator('[data-reading]'), id).toHaveText(changed.reading!);

      await figure.getByRole('button', { name: 'Reset', exact: true }).click();
      await expect(figure.locator('[data-reading]'), id).toHaveText(initial.reading!);
    }
  });

  test('shows no NaN, Infinity or undefined under random settings', async ({ page }) => {
    // Eight rounds of every control of every widget: the time grows with the widgets.
    test.setTimeout(180_000);
    let seed = 20231;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (const { path, id } of await findWidgets(page)) {
      const figure = await open(page, path, id);
      for (let round = 0; round < 8; round++) {
        for (const control of await figure.locator('[data-control]:visible').all()) {
          const range = control.locator('input[type="range"]');
          if (await range.count()) {
            const [min, max, step] = await range.evaluate((node: HTMLInputElement) => [Number(node.min), Number(node.max), Number(node.step)]);
            const value = min + Math.round((random() * (max - min)) / step) * step;
            await range.evaluate((node: HTMLInputElement, v) => {
              node.value = String(v);
              node.dispatchEvent(new Event('input', { bubbles: true }));
            }, value);
            continue;
          }
          const select = control.locator('select');
          if (await select.count()) {
            const options = await select.locator('option').evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
            await select.selectOption(options[Math.floor(random() * options.length)]!);
            continue;
          }
          if (random() < 0.5) await control.locator('input[type="checkbox"]').click();
        }
        await settled(page);
        await expect(figure, `${id}, round ${round}`).not.toContainText(/NaN|Infinity|undefined/);
        const text = await figure.locator('.widget-view').evaluate((node) => node.innerHTML);
        expect(text, id).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  });
});

test('the metric lens hides the target length for the multiple-choice metrics, and its grade leaps as lesson 6 says', async ({ page }) => {
  await page.goto('/lessons/mirage-or-real/');
  const figure = page.locator('[data-widget="metric-lens"]').first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', '');
  const length = figure.locator('[data-control="length"]');
  await expect(length).toBeVisible();
  await figure.locator('[data-control="metric"] select').selectOption('multiple_choice');
  await expect(length).toBeHidden();
  const scale = figure.locator('[data-control="scale"] input[type="range"]');
  const grade = async () => Number((await figure.locator('[data-reading]').textContent())!.match(/question is (\d\.\d+)/)![1]);
  await scale.fill('8');
  await expect(figure.locator('[data-reading]')).toContainText('four-option question');
  await expect.poll(grade).toBeLessThan(0.25);
  await scale.fill('10');
  await expect.poll(grade).toBeGreaterThan(0.95);
  await figure.locator('[data-control="metric"] select').selectOption('exact_match');
  await expect(length).toBeVisible();
});
