import { expect, test, type Locator, type Page } from '@playwright/test';
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

/**
 * Where two drawings differ, or '' when they are the same up to 0.1 px: the browser's and the
 * build's arithmetic may round a coordinate that sits on a half tenth of a pixel either way.
 */
function drawingDifference(a: string, b: string): string {
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

async function open(page: Page, path: string, id: string): Promise<Locator> {
  await page.goto(path);
  const figure = page.locator(`[id="${id}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', '');
  return figure;
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

  test('redraws its chart and its reading when any control moves, by keyboard', async ({ page }) => {
    for (const { path, id } of await findWidgets(page)) {
      const figure = await open(page, path, id);
      for (const control of await figure.locator('[data-control]').all()) {
        const name = await control.getAttribute('data-control');
        const before = await snapshot(figure);
        await nudge(page, control);
        await expect.poll(async () => (await snapshot(figure)).view, `${id}: ${name} changes the chart`).not.toBe(before.view);
        await expect.poll(async () => (await snapshot(figure)).reading, `${id}: ${name} changes the reading`).not.toBe(before.reading);
      }
    }
  });

  test('takes over its build-time charts as they are, and renders a chart again only when its frame changes', async ({ browser, page }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const still = await context.newPage();
    await still.goto('/explore/');
    const built = new Map(await still.$$eval('[data-widget]', (nodes) => nodes.map((node) => [node.id, node.querySelector('.widget-view')!.innerHTML] as const)));
    await context.close();
    let checked = 0;
    for (const { path, id } of await findWidgets(page)) {
      const figure = await open(page, path, id);
      // Widgets drawn with panels only: live views (canvases, Train buttons) build their own view.
      const panels = await figure.evaluate((node) => node.querySelector('.widget-view g[data-key]') !== null && node.querySelector('.widget-view canvas, .widget-view button') === null);
      if (!panels) continue;
      checked++;
      expect(drawingDifference(await figure.locator('.widget-view').innerHTML(), built.get(id)!), `${id}: hydrating changes nothing`).toBe('');
      let round = 0;
      for (const control of await figure.locator('[data-control]').all()) {
        const name = await control.getAttribute('data-control');
        round++;
        // Tag each chart element, then see which ones are still there after the change.
        const before = await figure.evaluate((node, round) => [...node.querySelectorAll('.widget-view g[data-key]')].map((layer, i) => {
          (layer.parentElement as unknown as { tag: string }).tag = `${round}:${i}`;
          return layer.getAttribute('data-key');
        }), round);
        const reading = await figure.locator('[data-reading]').textContent();
        await nudge(page, control);
        await expect(figure.locator('[data-reading]'), `${id}: ${name}`).not.toHaveText(reading!);
        const after = await figure.evaluate((node) => [...node.querySelectorAll('.widget-view g[data-key]')].map((layer) => ({
          key: layer.getAttribute('data-key'), tag: (layer.parentElement as unknown as { tag?: string }).tag,
        })));
        after.forEach(({ key, tag }, i) => {
          if (key === before[i]) expect(tag, `${id}: ${name} keeps chart ${i} (frame ${key})`).toBe(`${round}:${i}`);
          else expect(tag, `${id}: ${name} renders chart ${i} for frame ${key}`).not.toBe(`${round}:${i}`);
        });
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  test('lets Tab reach every control and button', async ({ page }) => {
    for (const { path, id } of await findWidgets(page)) {
      const figure = await open(page, path, id);
      const targets = await figure.locator('input, select, button').evaluateAll((nodes) => nodes.map((node, i) => ((node as HTMLElement).dataset.tabTarget = String(i))));
      await figure.locator('input, select, button').first().focus();
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
      for (const control of await figure.locator('.slider').all()) {
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
      for (const control of await figure.locator('[data-control]').all()) await nudge(page, control);
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

      await figure.getByRole('button', { name: 'Reset' }).click();
      await expect(figure.locator('[data-reading]'), id).toHaveText(initial.reading!);
    }
  });

  test('shows no NaN, Infinity or undefined under random settings', async ({ page }) => {
    let seed = 20231;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (const { path, id } of await findWidgets(page)) {
      const figure = await open(page, path, id);
      for (let round = 0; round < 8; round++) {
        for (const control of await figure.locator('[data-control]').all()) {
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
        await expect(figure, `${id}, round ${round}`).not.toContainText(/NaN|Infinity|undefined/);
        const text = await figure.locator('.widget-view').evaluate((node) => node.innerHTML);
        expect(text, id).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  });
});
