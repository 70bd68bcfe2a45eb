import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const folder = 'content/lessons';
const files = readdirSync(folder).filter((name) => name.endsWith('.mdx'));
const glossary = new Set((parse(readFileSync('content/glossary.yaml', 'utf8')) as { id: string }[]).map((entry) => entry.id));

function read(file: string) {
  const text = readFileSync(`${folder}/${file}`, 'utf8');
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { data: parse(frontmatter) as { order: number; references: { id: string; url?: string; title: string }[] }, body };
}

/** The words a reader reads: no imports or exports, components, math, HTML tags or code expressions. */
export function proseWords(body: string): number {
  const prose = body
    .replace(/^(import|export) [\s\S]*?;\s*$/gm, '')
    .replace(/<[A-Z][\w.]*[\s\S]*?\/>/g, '')
    .replace(/\$\$[\s\S]*?\$\$/g, '')
    .replace(/\$[^$\n]+\$/g, '')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\]\([^)]*\)/g, ']');
  return prose.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

describe('proseWords', () => {
  it('counts prose and leaves out components, math and code', () => {
    expect(proseWords('import X from "y";\n\nOne two $p^n$ three.\n\n<Widget caption="not counted here" />\n\n$$\nL = 1\n$$\n\n{value(1)} [four](#ref-a)')).toBe(4);
  });

  it('keeps prose that uses < and > as words', () => {
    expect(proseWords('order appears when T < Tc and fades when T > Tc')).toBe(10);
  });
});

describe('the course', () => {
  it('has its nine lessons', () => {
    expect(files).toHaveLength(9);
  });

  it('cites each work under one key in every lesson, and each key names one work', () => {
    const keysOf = new Map<string, Set<string>>();
    const worksOf = new Map<string, Set<string>>();
    for (const file of files) {
      for (const { id, url, title } of read(file).data.references) {
        const work = url ?? title;
        keysOf.set(work, (keysOf.get(work) ?? new Set()).add(id));
        worksOf.set(id, (worksOf.get(id) ?? new Set()).add(work));
      }
    }
    expect([...keysOf].filter(([, keys]) => keys.size > 1).map(([work, keys]) => `${work}: ${[...keys].join(', ')}`)).toEqual([]);
    expect([...worksOf].filter(([, works]) => works.size > 1).map(([id, works]) => `${id}: ${[...works].join(', ')}`)).toEqual([]);
  });
});

describe.each(files)('%s', (file) => {
  const { data, body } = read(file);
  const ids = new Set(data.references.map((reference) => reference.id));

  it('has at least 1,200 words of prose', () => {
    expect(proseWords(body)).toBeGreaterThanOrEqual(1200);
  });

  it('cites at least three sources, and every inline citation resolves to one', () => {
    expect(ids.size).toBeGreaterThanOrEqual(3);
    const cited = [...body.matchAll(/\(#ref-([a-z0-9-]+)\)/g)].map((match) => match[1]!);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('links glossary terms only to entries that exist', () => {
    const linked = [...body.matchAll(/\/glossary\/#([a-z0-9-]+)/g)].map((match) => match[1]!);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((id) => !glossary.has(id))).toEqual([]);
  });

  it('has at least one widget and one formula', () => {
    expect(body).toMatch(/^import \w+ from '@\/widgets\/[a-z-]+\/\w+\.astro';$/m);
    expect(body).toMatch(/\$[^$\n]+\$|\$\$[\s\S]+?\$\$/);
  });

  it('has a code cell that goes beyond its widgets from lesson 3 on, each naming a file that exists', () => {
    const cells = [...body.matchAll(/<CodeCell\s+cell="([a-z0-9-]+)\/([a-z0-9-]+)"/g)];
    if (data.order >= 3) expect(cells.length).toBeGreaterThan(0);
    for (const [, lesson, name] of cells) {
      expect(lesson).toBe(file.replace(/\.mdx$/, ''));
      expect(existsSync(`content/cells/${lesson}/${name}.ts`)).toBe(true);
    }
  });

  it('never places a chart by "left" or "right", which is wrong where charts stack on a phone', () => {
    expect(body.match(/\b(?:on the (?:left|right)(?=[,;.:)]|\s+(?:chart|panel|side))|(?:left|right)(?:-hand)? (?:chart|panel|plot)|\((?:left|right)\))/gi) ?? []).toEqual([]);
  });

  it('ends with key takeaways and further reading', () => {
    expect(body).toContain('Key takeaways');
    expect(body).toMatch(/^## Going further$/m);
  });
});
