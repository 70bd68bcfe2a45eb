import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { builtFile, builtPages, partsShown, watchForProblems } from './site';

const mathPages = () => builtPages().filter((path) => readFileSync(builtFile(path), 'utf8').includes('class="katex-html"'));

test('every character of every formula is drawn from the KaTeX font its style asks for, loaded from the subset', async ({ browser }) => {
  const pages = mathPages();
  expect(pages.length).toBeGreaterThan(8);
  for (const path of pages) {
    // A fresh context each time: a font another page left in the memory cache is taken up by any
    // page declaring it, used or not, which would hide what this page itself asks for.
    const context = await browser.newContext();
    const page = await context.newPage();
    const watch = watchForProblems(page);
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
    });
    await page.goto(path);
    // A glyph the font lacks falls back to the next family, so drawn with a monospace and with a
    // serif fallback its width differs; a glyph the font has is the same width both ways.
    const missing = await page.evaluate(async () => {
      const context = document.createElement('canvas').getContext('2d')!;
      const width = (font: string, character: string) => {
        context.font = font;
        return context.measureText(character).width;
      };
      const seen = new Set<string>();
      const lacking: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement!;
        if (!element.closest('.katex-html')) continue;
        const style = getComputedStyle(element);
        const family = style.fontFamily.split(',')[0].replace(/["']/g, '').trim();
        if (!family.startsWith('KaTeX_')) continue;
        for (const character of new Set(node.textContent!.replace(/\s|\u200b/g, ''))) {
          const spec = `${style.fontStyle} ${style.fontWeight} 100px ${family}`;
          if (seen.has(spec + character)) continue;
          seen.add(spec + character);
          await document.fonts.load(spec, character);
          if (width(`100px monospace`, character) === width(`100px serif`, character)) continue;
          if (width(`${spec}, monospace`, character) !== width(`${spec}, serif`, character)) lacking.push(`${character} (U+${character.codePointAt(0)!.toString(16)}) in ${spec}`);
        }
      }
      return { lacking, checked: seen.size };
    });
    expect(missing.lacking, path).toEqual([]);
    expect(missing.checked, `${path}: characters checked`).toBeGreaterThan(0);
    expect(fonts.length, `${path}: fonts loaded`).toBeGreaterThan(0);
    for (const font of fonts) expect(font, path).toMatch(/^\/_astro\/KaTeX_[\w-]+\.[\w-]{8}\.woff2$/);
    // The fonts the page preloads (at low priority, out of its first paint's way) are the ones it uses.
    const preloaded = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
    expect([...new Set(fonts)].sort(), `${path}: fonts preloaded`).toEqual(preloaded.sort());
    watch.expectClean();
    await context.close();
  }
});

test('each page with math carries its KaTeX rules itself, and they lay out every formula as KaTeX’s whole stylesheet does', async ({ page }) => {
  const whole = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8').replace(/@font-face\s*\{[^}]*\}/g, '');
  for (const path of mathPages()) {
    const stylesheets: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
    });
    await page.goto(path);
    await partsShown(page);
    expect(stylesheets, `${path}: stylesheets requested`).toEqual([]);
    const boxes = () =>
      page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.querySelectorAll('.katex-html *')].map((element) => {
          const box = element.getBoundingClientRect();
          return [box.x, box.y, box.width, box.height].map((value) => Math.round(value * 10) / 10).join(',');
        });
      });
    const trimmed = await boxes();
    expect(trimmed.length, `${path}: elements of formulas`).toBeGreaterThan(10);
    await page.addStyleTag({ content: whole });
    expect(await boxes(), path).toEqual(trimmed);
    page.removeAllListeners('request');
  }
});
