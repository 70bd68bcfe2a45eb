import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layout's rules, read from the import statements themselves: each folder of `src/` is one
 * feature or layer, `src/sim` imports nothing else of ours, no two folders import each other
 * (directly or round a loop), and code reaches another folder through `@/`, never `../../`.
 */
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    return entry.isDirectory() ? files(file) : /\.(ts|mts|mjs|astro)$/.test(entry.name) ? [file] : [];
  });

const importRe = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
const folderOf = (file: string) => file.split('/').slice(0, 2).join('/');

interface Edge {
  from: string;
  to: string;
  file: string;
  specifier: string;
}

/** Every import of `src/` that names a file of ours, as an edge between folders. */
function edges(): Edge[] {
  return files('src').flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(importRe)].flatMap(([, specifier]) => {
      let target: string;
      if (specifier!.startsWith('@/')) target = `src/${specifier!.slice(2)}`;
      else if (specifier!.startsWith('.')) target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier!));
      else return [];
      return [{ from: folderOf(file), to: folderOf(target), file, specifier: specifier! }];
    }),
  );
}

/** Folders that reach each other through imports: strongly connected components larger than one (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do component.push((member = stack.pop()!));
      while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('the layout of src/', () => {
  const all = edges();

  it('finds the imports it checks', () => {
    expect(all.filter((edge) => edge.from !== edge.to).length).toBeGreaterThan(100);
  });

  it('src/sim imports nothing of ours outside itself', () => {
    expect(all.filter((edge) => edge.from === 'src/sim' && edge.to !== 'src/sim').map((edge) => `${edge.file}: ${edge.specifier}`)).toEqual([]);
  });

  it('has no import cycle between folders', () => {
    const graph = new Map<string, Set<string>>();
    for (const { from, to } of all) if (from !== to) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    const loops = cycles(graph).map((component) => {
      const inside = all.filter((edge) => edge.from !== edge.to && component.includes(edge.from) && component.includes(edge.to));
      return `${component.join(' ↔ ')}: ${inside.map((edge) => `${edge.file} → ${edge.specifier}`).join('; ')}`;
    });
    expect(loops).toEqual([]);
  });

  it('reaches another folder through @/, not a relative path', () => {
    const deep = all.filter((edge) => edge.specifier.startsWith('.') && edge.from !== edge.to && edge.to.startsWith('src/'));
    expect(deep.map((edge) => `${edge.file}: ${edge.specifier}`)).toEqual([]);
  });

  it('the browser never imports the server, except its types', () => {
    const browser = all.filter((edge) => edge.to === 'src/server' && edge.from !== 'src/server' && edge.from !== 'src/pages');
    const runtime = browser.filter(({ file, specifier }) => !new RegExp(`import type [^;]*['"]${specifier}['"]`).test(readFileSync(file, 'utf8')));
    expect(runtime.map((edge) => `${edge.file}: ${edge.specifier}`)).toEqual([]);
  });
});
