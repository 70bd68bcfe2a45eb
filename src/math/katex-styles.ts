import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { parseHTML } from 'linkedom';
import postcss from 'postcss';
import subsetFont from 'subset-font';

/**
 * KaTeX's stylesheet styles every construct TeX has (18 KB) and its fonts hold every glyph TeX
 * might ask for (Main-Regular alone is 26 KB); the course typesets a few dozen characters with a
 * few dozen constructs. So the build gives each page with math, in the page itself, the rules its
 * markup's classes can match and @font-face rules for fonts cut down to the characters the pages
 * typeset. A page with math then needs no stylesheet request before its first paint. The subsets
 * are named by their content, so that a browser caching them for a year never keeps a subset
 * missing a glyph a later build needs; pages are revalidated, so their rules may change freely.
 */

const katexCss = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');
const katexFontFolder = join(dirname(katexCss), 'fonts');

/** One of KaTeX's fonts as its stylesheet declares it. */
export interface FontFace {
  family: string;
  style: string;
  weight: string;
  display: string;
  /** The file name without extension, e.g. `KaTeX_Main-Regular`. */
  file: string;
}

const fontFaceRule = /@font-face\s*\{[^}]*\}/g;

/** The stylesheet without its @font-face rules. */
export const withoutFontFaces = (css: string): string => css.replace(fontFaceRule, '');

/** Every class name written in the pages, in markup, templates or escaped inside attributes and JSON. */
export function classNames(html: string, into = new Set<string>()): Set<string> {
  for (const [, list] of html.matchAll(/class=(?:"|\\"|&quot;|&#34;)([^"&\\]*)/g)) for (const name of list!.split(/\s+/)) if (name) into.add(name);
  return into;
}

/**
 * The rules of a stylesheet that can match markup using only `classes`: a selector naming a class
 * no page uses is dropped, and a rule left with no selector goes with it.
 */
export function usedRules(css: string, classes: ReadonlySet<string>): string {
  const root = postcss.parse(withoutFontFaces(css));
  root.walkRules((rule) => {
    // A class inside :not() need not be used: `.accent-body:not(.accent-full)` matches all the more.
    const needed = (selector: string) => [...selector.replace(/:not\([^)]*\)/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map(([, name]) => name!);
    const kept = rule.selectors.filter((selector) => needed(selector).every((name) => classes.has(name)));
    if (kept.length === 0) rule.remove();
    else rule.selectors = kept;
  });
  root.walkAtRules((rule) => {
    if (rule.nodes?.length === 0) rule.remove();
  });
  return root.toString();
}

/** The @font-face rules of a KaTeX stylesheet. */
export function fontFaces(css: string): FontFace[] {
  return (css.match(fontFaceRule) ?? []).map((rule) => {
    const value = (name: string) => new RegExp(`${name}:\\s*([^;}]+)`).exec(rule)?.[1].trim();
    const file = /url\((?:[^)]*\/)?([\w-]+)\.woff2\)/.exec(rule)?.[1];
    const family = value('font-family');
    if (!file || !family) throw new Error(`katex.min.css: an @font-face rule without a family or a woff2 file: ${rule}`);
    return { family, style: value('font-style') ?? 'normal', weight: value('font-weight') ?? '400', display: value('font-display') ?? 'block', file };
  });
}

interface Node {
  type: string;
  properties?: { className?: unknown };
  value?: string;
  children?: Node[];
  content?: Node;
}

/** Every character KaTeX set in the visible (`katex-html`) part of its output, in templates too. */
export function typesetCharacters(html: string, into = new Set<string>()): Set<string> {
  const walk = (node: Node, inMath: boolean) => {
    if (inMath && node.type === 'text') for (const character of node.value ?? '') into.add(character);
    const math = inMath || (Array.isArray(node.properties?.className) && node.properties.className.includes('katex-html'));
    for (const child of node.children ?? []) walk(child, math);
    if (node.content) walk(node.content, math);
  };
  walk(fromHtml(html) as Node, false);
  return into;
}

/** The rules a page with math carries, each pointing at its font's subset. */
export const fontFaceRules = (faces: { face: FontFace; url: string }[]): string =>
  faces
    .map(({ face, url }) => `@font-face{font-display:${face.display};font-family:${face.family};font-style:${face.style};font-weight:${face.weight};src:url(${url}) format("woff2")}`)
    .join('');

type FontProperty = 'family' | 'style' | 'weight';

interface FontDeclaration {
  selector: string;
  /** Classes and element names, then source order: what decides between two rules. */
  rank: [number, number];
  values: Partial<Record<FontProperty, string>>;
}

/** The declarations of KaTeX's rules that choose a font: family, style and weight (and the `font` shorthand). */
function fontDeclarations(css: string): FontDeclaration[] {
  const declarations: FontDeclaration[] = [];
  postcss.parse(withoutFontFaces(css)).walkRules((rule) => {
    const values: Partial<Record<FontProperty, string>> = {};
    rule.walkDecls((declaration) => {
      if (declaration.prop === 'font-family') values.family = declaration.value;
      else if (declaration.prop === 'font-style') values.style = declaration.value;
      else if (declaration.prop === 'font-weight') values.weight = declaration.value;
      // The shorthand: `[style] [weight] size[/line-height] family`; KaTeX's sets no style or weight.
      else if (declaration.prop === 'font') Object.assign(values, { family: declaration.value.replace(/^.*?[\d.]+[a-z%]*(\/\S+)?\s+/, ''), style: 'normal', weight: 'normal' });
    });
    if (Object.keys(values).length === 0) return;
    for (const selector of rule.selectors) {
      // Pseudo-elements draw generated content, never the page's text.
      if (/:(:|before|after)/.test(selector)) continue;
      const specificity = (selector.match(/\.[\w-]+/g) ?? []).length * 100 + (selector.match(/(^|[\s>+~])[a-z]+/g) ?? []).length;
      declarations.push({ selector, rank: [specificity, declarations.length], values });
    }
  });
  return declarations;
}

const firstFamily = (value: string) => value.split(',')[0]!.trim().replace(/["']/g, '');
const numericWeight = (value: string) => (value === 'bold' ? '700' : value === 'normal' ? '400' : value);

/**
 * The faces a page's visible math asks for, found as the browser's cascade would find them: for
 * each text of each formula, the family, style and weight of the nearest element a KaTeX rule sets
 * them on, the most specific rule winning. Math in templates waits for a script to show it.
 */
export function pageFaces(html: string, css: string, faces: readonly FontFace[]): FontFace[] {
  const declarations = fontDeclarations(css);
  const { document } = parseHTML(html);
  const used = new Set<FontFace>();
  const valueOf = (element: Element | null, property: FontProperty): string | undefined => {
    for (let at = element; at; at = at.parentElement) {
      let best: FontDeclaration | undefined;
      for (const declaration of declarations)
        if (declaration.values[property] && at.matches(declaration.selector) && (!best || declaration.rank[0] > best.rank[0] || (declaration.rank[0] === best.rank[0] && declaration.rank[1] > best.rank[1]))) best = declaration;
      if (best) return best.values[property];
      if (at.classList.contains('katex')) return undefined;
    }
    return undefined;
  };
  const seen = new Set<string>();
  for (const element of document.querySelectorAll('.katex-html, .katex-html *')) {
    if (![...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.length > 0)) continue;
    const chain = [];
    for (let at: Element | null = element; at && !at.classList.contains('katex'); at = at.parentElement) chain.push(`${at.tagName}.${at.className}`);
    const key = chain.join('<');
    if (seen.has(key)) continue;
    seen.add(key);
    const family = firstFamily(valueOf(element, 'family') ?? '');
    const style = valueOf(element, 'style') ?? 'normal';
    const weight = numericWeight(valueOf(element, 'weight') ?? 'normal');
    const face = faces.find((candidate) => candidate.family === family && candidate.style === style && numericWeight(candidate.weight) === weight);
    if (face) used.add(face);
  }
  return faces.filter((face) => used.has(face));
}

const hasMath = (html: string) => /class="katex[ "]/.test(html);

/** Gives every page with math KaTeX's rules its markup uses and @font-face rules for fonts subset to the site. */
export function katexStyles(): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  return {
    name: 'katex-styles',
    hooks: {
      // Only the build: `astro dev` keeps KaTeX's stylesheet and full fonts, imported by the pages with math.
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [{ name: 'katex-styles-in-page', enforce: 'pre', transform: (_code: string, id: string) => (id.split('?')[0] === katexCss ? '' : undefined) }],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        assets = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((name) => name.endsWith('.html'))
          .map((name) => ({ path: join(root, name), html: readFileSync(join(root, name), 'utf8') }))
          .filter(({ html }) => hasMath(html));
        const characters = new Set<string>();
        const classes = new Set<string>();
        for (const { html } of pages) {
          typesetCharacters(html, characters);
          classNames(html, classes);
        }
        const css = readFileSync(katexCss, 'utf8');
        const rules = usedRules(css, classes);
        const text = [...characters].join('');
        let before = 0;
        let after = 0;
        const faces = await Promise.all(
          fontFaces(css).map(async (face) => {
            const font = readFileSync(join(katexFontFolder, `${face.file}.woff2`));
            const subset: Buffer = await subsetFont(font, text, { targetFormat: 'woff2' });
            const name = `${face.file}.${createHash('sha256').update(subset).digest('base64url').slice(0, 8)}.woff2`;
            writeFileSync(join(root, assets, name), subset);
            before += font.length;
            after += subset.length;
            return { face, url: `${base}${assets}/${name}` };
          }),
        );
        const style = `<style>${fontFaceRules(faces)}${rules}</style>`;
        for (const { path, html } of pages) {
          if (!html.includes('</head>')) throw new Error(`${path}: a page with math but no </head> to put its math rules in`);
          // The page's fonts are fetched from the start, at low priority: its first paint (all but
          // the formulas) needs none of them.
          const preloads = pageFaces(html, css, fontFaces(css))
            .map((face) => `<link rel="preload" href="${faces.find((entry) => entry.face.file === face.file)!.url}" as="font" type="font/woff2" crossorigin fetchpriority="low">`)
            .join('');
          writeFileSync(path, html.replace('</head>', `${preloads}${style}</head>`));
        }
        logger.info(
          `${characters.size} characters typeset on ${pages.length} pages: KaTeX's fonts cut from ${(before / 1024).toFixed(0)} to ${(after / 1024).toFixed(0)} KiB, its rules from ${(withoutFontFaces(css).length / 1024).toFixed(1)} to ${(rules.length / 1024).toFixed(1)} KiB`,
        );
      },
    },
  };
}
