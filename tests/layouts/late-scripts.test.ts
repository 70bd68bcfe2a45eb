import { init } from 'es-module-lexer';
import { beforeAll, expect, it } from 'vitest';
import { lateScriptsHtml, staticImports } from '@/layouts/late-scripts';

beforeAll(() => init);

const modules: Record<string, string> = {
  '/_astro/a.js': 'import{x}from"./shared.js";import"./b.js";x();',
  '/_astro/b.js': 'import{y}from"./deep.js";const later=()=>import("./widget.js");y(later);',
  '/_astro/shared.js': 'export const x=1;',
  '/_astro/deep.js': 'import"./shared.js";export const y=2;',
};
const imports = (src: string) => staticImports(modules[src]!, src);

it('reads the static imports of a built module, not its dynamic ones, as addresses', () => {
  expect(imports('/_astro/a.js')).toEqual(['/_astro/shared.js', '/_astro/b.js']);
  expect(imports('/_astro/b.js')).toEqual(['/_astro/deep.js']);
});

it('fetches module scripts and every module they import at low priority, and nothing else', () => {
  const page = '<html><head><script>theme()</script><script type="module" src="/_astro/a.js"></script></head><body><script type="module" src="/_astro/b.js"></script><script type="application/json">{}</script></body></html>';
  expect(lateScriptsHtml(page, imports)).toBe(
    '<html><head><script>theme()</script><script type="module" fetchpriority="low" src="/_astro/a.js"></script>' +
      '<link rel="modulepreload" href="/_astro/shared.js" fetchpriority="low"><link rel="modulepreload" href="/_astro/deep.js" fetchpriority="low"></head>' +
      '<body><script type="module" fetchpriority="low" src="/_astro/b.js"></script><script type="application/json">{}</script></body></html>',
  );
  expect(lateScriptsHtml('<html><head></head><body><p>No scripts</p></body></html>', imports)).toBe('<html><head></head><body><p>No scripts</p></body></html>');
});
