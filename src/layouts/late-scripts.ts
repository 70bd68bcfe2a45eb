import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { init, parse } from 'es-module-lexer';

/**
 * A page paints without any of its module scripts: the theme and the no-script view are in the
 * HTML and its styles, and scripts only bring widgets, the quiz and progress to life. Fetched at the
 * default (high) priority, they and the modules they import compete with the first paint on a slow
 * connection; at low priority the browser fetches them once what the page needs to paint is on its
 * way. An imported module would be fetched at high priority whatever its importer's, so each one a
 * page's scripts import (directly or not) is preloaded at low priority.
 *
 * `imports(src)` lists the addresses a built module imports statically.
 */
export function lateScriptsHtml(html: string, imports: (src: string) => string[]): string {
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map(([, src]) => src!);
  if (scripts.length === 0) return html;
  const preloaded = new Set<string>();
  const visit = (src: string) => {
    for (const imported of imports(src))
      if (!preloaded.has(imported) && !scripts.includes(imported)) {
        preloaded.add(imported);
        visit(imported);
      }
  };
  scripts.forEach(visit);
  const links = [...preloaded].map((src) => `<link rel="modulepreload" href="${src}" fetchpriority="low">`).join('');
  return html.replaceAll('<script type="module" src=', '<script type="module" fetchpriority="low" src=').replace('</head>', `${links}</head>`);
}

/** The addresses a built module imports statically, resolved against its own. */
export function staticImports(code: string, src: string): string[] {
  const [found] = parse(code);
  return found.filter((entry) => entry.d === -1 && entry.n !== undefined).map((entry) => new URL(entry.n!, `http://site${src}`).pathname);
}

/** Lowers the fetch priority of every built page's module scripts and of the modules they import. */
export function lateScripts(): AstroIntegration {
  let base = '/';
  return {
    name: 'late-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        await init;
        const root = fileURLToPath(dir);
        const file = (src: string) => join(root, src.startsWith(base) ? src.slice(base.length) : src);
        const imports = (src: string) => staticImports(readFileSync(file(src), 'utf8'), src);
        for (const page of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
          const path = join(root, page);
          const html = readFileSync(path, 'utf8');
          const late = lateScriptsHtml(html, imports);
          if (late !== html) writeFileSync(path, late);
        }
      },
    },
  };
}
