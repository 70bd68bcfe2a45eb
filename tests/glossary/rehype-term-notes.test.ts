import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { rehypeTermNotes } from '@/glossary/rehype-term-notes';

const file = path.join(mkdtempSync(path.join(tmpdir(), 'glossary-')), 'glossary.yaml');
writeFileSync(file, '- term: scaling law\n  id: scaling-law\n  definition: A power law of loss against size.\n  lesson: 3\n');

const link = (href: string) => ({ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: 'term' }] });
const paragraph = (...children: object[]) => ({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children }] });

describe('glossary terms in a lesson', () => {
  test('the first link to a term gets the definition beside it; later links stay plain links', () => {
    const tree = paragraph(link('/glossary/#scaling-law'), { type: 'text', value: ' and ' }, link('/glossary/#scaling-law'), link('#ref-x'));
    rehypeTermNotes({ glossary: file })(tree as never, { path: 'lesson.mdx' });
    const children = (tree.children[0] as { children: { tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }[] }).children;
    expect(children.map((child) => child.tagName ?? 'text')).toEqual(['a', 'span', 'text', 'a', 'a']);
    expect(children[0]!.properties).toMatchObject({ href: '/glossary/#scaling-law', dataTermNote: 'term-note-scaling-law', ariaControls: 'term-note-scaling-law' });
    expect(children[1]!.properties).toMatchObject({ id: 'term-note-scaling-law', popover: 'auto', hidden: true });
    expect(JSON.stringify(children[1]!.children)).toContain('A power law of loss against size.');
    expect(JSON.stringify(children[1]!.children)).toContain('"href":"/glossary/#scaling-law"');
    expect(children[3]!.properties).toEqual({ href: '/glossary/#scaling-law' });
  });

  test('a link to a term the glossary lacks fails the build, naming the file and the term', () => {
    const tree = paragraph(link('/glossary/#no-such-term'));
    expect(() => rehypeTermNotes({ glossary: file })(tree as never, { path: 'content/lessons/x.mdx' })).toThrow(
      `content/lessons/x.mdx: links to /glossary/#no-such-term, which ${file} does not define`,
    );
  });
});
