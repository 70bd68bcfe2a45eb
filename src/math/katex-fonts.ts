import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import subsetFont from 'subset-font';

/**
 * KaTeX's fonts hold every glyph TeX might ask for (Main-Regular alone is 26 KB); the course
 * typesets a few dozen characters. The build drops KaTeX's own @font-face rules from its
 * stylesheet, cuts each font down to the characters its pages typeset, and names the subsets by
 * their content, so that a browser caching them for a year never keeps a subset missing a glyph a
 * later build needs. Pages are never cached that way, so their rules live in the page.
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

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? htmlFiles(path) : entry.name.endsWith('.html') ? [path] : [];
  });
}

const hasMath = (html: string) => /class="katex[ "]/.test(html);

/** Subsets KaTeX's fonts for the built site and gives every page with math their @font-face rules. */
export function katexFonts(): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  return {
    name: 'katex-fonts',
    hooks: {
      // Only the build: `astro dev` keeps KaTeX's stylesheet and full fonts.
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [{ name: 'katex-without-font-faces', enforce: 'pre', transform: (code: string, id: string) => (id.split('?')[0] === katexCss ? withoutFontFaces(code) : undefined) }],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        assets = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = htmlFiles(root)
          .map((path) => ({ path, html: readFileSync(path, 'utf8') }))
          .filter(({ html }) => hasMath(html));
        const characters = new Set<string>();
        for (const { html } of pages) typesetCharacters(html, characters);
        const text = [...characters].join('');
        let before = 0;
        let after = 0;
        const faces = await Promise.all(
          fontFaces(readFileSync(katexCss, 'utf8')).map(async (face) => {
            const font = readFileSync(join(katexFontFolder, `${face.file}.woff2`));
            const subset: Buffer = await subsetFont(font, text, { targetFormat: 'woff2' });
            const name = `${face.file}.${createHash('sha256').update(subset).digest('base64url').slice(0, 8)}.woff2`;
            writeFileSync(join(root, assets, name), subset);
            before += font.length;
            after += subset.length;
            return { face, url: `${base}${assets}/${name}` };
          }),
        );
        const style = `<style>${fontFaceRules(faces)}</style>`;
        for (const { path, html } of pages) {
          if (!html.includes('</head>')) throw new Error(`${path}: a page with math but no </head> to put its font rules in`);
          writeFileSync(path, html.replace('</head>', `${style}</head>`));
        }
        logger.info(`${characters.size} characters typeset on ${pages.length} pages: KaTeX's fonts cut from ${(before / 1024).toFixed(0)} to ${(after / 1024).toFixed(0)} KiB`);
      },
    },
  };
}
