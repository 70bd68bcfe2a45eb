import { expect, test } from '@playwright/test';
import { builtPages, lessonPages, partsShown, sidewaysOverflow } from './site';

const lesson = '/lessons/what-is-emergence/';

test('the lesson page shows math typeset at build time', async ({ page }) => {
  await page.goto(lesson);
  await expect(page.locator('.katex-display .katex').first()).toBeVisible();
  const scripts = await page.$$eval('script[src]', (nodes) => nodes.map((node) => (node as HTMLScriptElement).src));
  expect(scripts.filter((src) => /katex/i.test(src))).toEqual([]);
});

test('the lesson page has a sidebar with the current lesson marked, a table of contents, and references', async ({ page }) => {
  await page.goto(lesson);
  await expect(page.getByRole('navigation', { name: 'Lessons' }).locator('[aria-current="page"]')).toContainText('What is emergence?');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link', { name: 'Two curves, one slider' })).toHaveAttribute('href', '#two-curves-one-slider');
  await expect(page.locator('#references + ol li')).not.toHaveCount(0);
  await page.locator('a[href="#ref-wei2022emergent"]').first().click();
  await expect(page.locator('#ref-wei2022emergent')).toBeInViewport();
});

test('the skip link is the first stop of the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto(lesson);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#content$/);
});

test('moving the model-size slider with the keyboard redraws the charts and the reading', async ({ page }) => {
  await page.goto(lesson);
  const figure = page.locator('[data-widget="smooth-vs-sharp"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', '');
  const charts = figure.locator('.widget-view');
  const reading = figure.locator('[data-reading]');
  const chartBefore = await charts.innerHTML();
  const readingBefore = await reading.textContent();
  const slider = figure.getByRole('slider', { name: 'Model size' });
  await slider.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('10');
  await expect(reading).toHaveText(/At 10 billion parameters/);
  expect(await reading.textContent()).not.toBe(readingBefore);
  expect(await charts.innerHTML()).not.toBe(chartBefore);
});

test('with JavaScript off the figure is already drawn and the prose and math are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(lesson);
  const figure = page.locator('[data-widget="smooth-vs-sharp"]');
  await expect(figure.locator('svg')).toHaveCount(2);
  await expect(figure.locator('g[aria-label="line"] path').first()).toBeVisible();
  await expect(figure.locator('[data-reading]')).toHaveText(/At 1 billion parameters/);
  await expect(page.locator('.katex').first()).toBeVisible();
  // No script lays the lesson's parts out after loading: they are laid out from the start.
  const visibility = await page.locator('.prose > .part').evaluateAll((parts) => parts.map((part) => getComputedStyle(part).contentVisibility));
  expect(visibility.length).toBeGreaterThan(1);
  expect(new Set(visibility)).toEqual(new Set(['visible']));
  await context.close();
});

test('the dark theme toggle persists across a reload and overrides the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(lesson);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await background();
  expect(dark).not.toBe(light);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await background()).toBe(dark);
});

test('the page follows the system dark setting when nothing was chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(lesson);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('prev and next links walk the lessons in order', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('.cards > li');
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  const titles = await cards.locator('h3').allTextContents();
  await cards.first().getByRole('link').click();
  for (let i = 0; i < count; i++) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[i]!);
    const next = page.getByRole('link', { name: /^Next/ });
    if (i === count - 1) await expect(next).toHaveCount(0);
    else await next.click();
  }
});

test('on a 360 px phone no page overflows sideways', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  const page = await context.newPage();
  for (const path of builtPages()) {
    await page.goto(path);
    expect(await sidewaysOverflow(page), path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('the print stylesheet hides navigation and keeps the figure', async ({ page }) => {
  await page.goto(lesson);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.locator('[data-widget="smooth-vs-sharp"] svg').first()).toBeVisible();
});

test('every lesson is captured at desktop and phone widths with nothing overflowing sideways', async ({ browser }, testInfo) => {
  // Two full-page screenshots per lesson: the time grows with the course.
  test.setTimeout(180_000);
  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 740 }]] as const) {
    const context = await browser.newContext({ viewport, isMobile: name === 'phone' });
    const page = await context.newPage();
    for (const path of lessonPages()) {
      await page.goto(path);
      expect(await sidewaysOverflow(page), `${path} at ${name} width`).toBeLessThanOrEqual(0);
      await testInfo.attach(`${path.split('/').at(-2)}-${name}.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    }
    await context.close();
  }
});

test('a lesson lays out its parts after loading, and a link to a heading far down, or to a reference, stays on its target while they change height', async ({ browser }) => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const id = 'percolation-does-water-get-through';
    await page.goto(`/lessons/phase-transitions/#${id}`);
    // While it loads, the parts far from the screen are skipped; then every one is laid out.
    expect(await page.locator('.prose > .part').count()).toBeGreaterThan(4);
    await partsShown(page);
    const heights = await page.locator('.prose > .part').evaluateAll((parts) => parts.map((part) => part.getBoundingClientRect().height));
    expect(heights.filter((height) => height === 1500), `${viewport.width} px: parts still at the estimate`).toEqual([]);
    // Where the browser puts a linked heading: below the page's scroll padding and its own margin.
    const place = (target: Element) => ({
      top: target.getBoundingClientRect().top,
      wanted: (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0) + parseFloat(getComputedStyle(target).scrollMarginTop),
    });
    const { top, wanted } = await page.locator(`[id="${id}"]`).evaluate(place);
    expect(Math.abs(top - wanted), `${viewport.width} px: the heading ${top} px from the top of the window, not ${wanted}`).toBeLessThan(2);
    // A citation followed at once, before the parts above the references are laid out, and near the
    // end of the page, which gets shorter as they are.
    await page.goto(lesson);
    await page.locator('a[href="#ref-wei2022emergent"]').first().click();
    await partsShown(page);
    await page.waitForTimeout(300);
    const reference = await page.locator('#ref-wei2022emergent').evaluate(place);
    expect(Math.abs(reference.top - reference.wanted), `${viewport.width} px: the reference ${reference.top} px from the top of the window, not ${reference.wanted}`).toBeLessThan(2);
    await context.close();
  }
});

test('a lesson in parts is laid out as it would be without them: every block of its text sits where it would', async ({ browser }) => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    for (const path of lessonPages()) {
      await page.goto(path);
      await partsShown(page);
      const inParts = await page.evaluate(() => [...document.querySelectorAll('.prose > .part > *')].map((block) => Math.round(block.getBoundingClientRect().top + scrollY)));
      // The same blocks with their parts taken away: margins fold across what were the parts' edges.
      const whole = await page.evaluate(() => {
        const blocks = [...document.querySelectorAll('.prose > .part > *')];
        for (const part of document.querySelectorAll('.prose > .part')) part.replaceWith(...part.childNodes);
        return blocks.map((block) => Math.round(block.getBoundingClientRect().top + scrollY));
      });
      expect(whole.length, path).toBeGreaterThan(10);
      expect(inParts, `${path} at ${viewport.width} px`).toEqual(whole);
    }
    await context.close();
  }
});
