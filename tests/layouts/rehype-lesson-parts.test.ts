import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { rehypeLessonParts } from '@/layouts/rehype-lesson-parts';

const lesson = { path: '/site/content/lessons/what-is-emergence.mdx' };
type Node = { type: string; tagName?: string; properties?: { className?: string[] }; children?: Node[] };
/** The tree's elements as `tag(children)`, a part as `part(…)`, text left out. */
const outline = (nodes: Node[]): string =>
  nodes
    .filter((node) => node.type === 'element')
    .map((node) => (node.properties?.className?.includes('part') ? `part(${outline(node.children ?? [])})` : node.tagName))
    .join(' ');
const run = (html: string, file = lesson) => {
  const tree = fromHtml(html, { fragment: true });
  rehypeLessonParts()(tree as never, file);
  return outline(tree.children as Node[]);
};

describe('rehypeLessonParts', () => {
  it('puts each h2 and what follows it in a part, and what comes before the first in a part of its own', () => {
    expect(run('<p>Intro</p>\n<h2 id="a">A</h2>\n<p>One</p><h3>Sub</h3><p>Two</p>\n<h2 id="b">B</h2><figure></figure>')).toBe('part(p) part(h2 p h3 p) part(h2 figure)');
  });

  it('starts a part at each figure (a component in the MDX), which takes the text after it along', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'h2', properties: {}, children: [] },
        { type: 'element', tagName: 'p', properties: {}, children: [] },
        { type: 'mdxJsxFlowElement', name: 'MetricLens', children: [] },
        { type: 'element', tagName: 'p', properties: {}, children: [] },
        { type: 'mdxJsxFlowElement', name: 'CodeCell', children: [] },
      ],
    };
    rehypeLessonParts()(tree as never, lesson);
    const label = (node: { type: string; tagName?: string; name?: string; children?: unknown[] }): string =>
      node.tagName === 'div' ? `part(${(node.children as (typeof node)[]).map(label).join(' ')})` : (node.tagName ?? node.name ?? node.type);
    expect(tree.children.map(label).join(' ')).toBe('part(h2 p) part(MetricLens p) part(CodeCell)');
  });

  it('starts another part at a paragraph or displayed formula after one once a part holds 200 nodes, and never between other blocks', () => {
    const paragraph = (words: number) => `<p>${'<span>w</span>'.repeat(words)}</p>`;
    // 1 + 2 × 75 nodes in the first paragraph: the second still joins it, the third starts a part.
    expect(run(`<h2>A</h2>${paragraph(75)}${paragraph(75)}${paragraph(10)}`)).toBe('part(h2 p p) part(p)');
    expect(run(`<h2>A</h2>${paragraph(125)}<ul><li>x</li></ul>${paragraph(10)}<p>y</p>`)).toBe('part(h2 p ul p) part(p)');
    expect(run(`<h2>A</h2>${paragraph(125)}<span class="katex-display"></span>${paragraph(10)}`)).toBe('part(h2 p) part(span p)');
    expect(run(`<h2>A</h2>${paragraph(50)}${paragraph(10)}`)).toBe('part(h2 p p)');
  });

  it('makes no part of the whitespace or module code before the first heading', () => {
    const tree = { type: 'root', children: [{ type: 'mdxjsEsm', value: 'import X from "x"' }, { type: 'text', value: '\n' }, { type: 'element', tagName: 'h2', properties: {}, children: [] }] };
    rehypeLessonParts()(tree as never, lesson);
    expect(tree.children.map((node) => ('tagName' in node ? `${node.type}:${node.tagName}` : node.type))).toEqual(['mdxjsEsm', 'text', 'element:div']);
  });

  it('keeps module code at the top level wherever it stands', () => {
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'h2', properties: {}, children: [] }, { type: 'mdxjsEsm', value: 'export const x = 1' }] };
    rehypeLessonParts()(tree as never, lesson);
    expect(tree.children.map((node) => node.type)).toEqual(['element', 'mdxjsEsm']);
  });

  it('leaves pages that are not lessons as they are', () => {
    expect(run('<h2>A</h2><p>One</p>', { path: '/site/src/pages/about.mdx' })).toBe('h2 p');
  });
});
