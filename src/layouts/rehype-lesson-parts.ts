/** The minimal hast this plugin reads and writes. */
interface Element {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: Node[];
}
type Node = Element | { type: string; value?: string; children?: Node[] };

const isHeading = (node: Node): boolean => node.type === 'element' && (node as Element).tagName === 'h2';
// A figure (a widget, a code cell, a table: a component in the MDX) starts a part of its own, so
// that no part lays out much more than one figure at once; every figure's top margin is at least
// the bottom margin of the text before it, so the space between them stays as it was.
const isFigure = (node: Node): boolean => node.type === 'mdxJsxFlowElement';
// Past this many nodes (a typeset formula is hundreds), a paragraph or a displayed formula that
// follows one starts a part too: laying out a part is one task, which should stay short on a slow
// phone. Both have the same margins, so the space between them stays as it was.
const PART_NODES = 200;
const isText = (node: Node | undefined): boolean => {
  if (node?.type !== 'element') return false;
  const { tagName, properties } = node as Element;
  return tagName === 'p' || (properties.className as string[] | undefined)?.includes('katex-display') === true;
};
const size = (node: Node): number => 1 + (node.children ?? []).reduce((total, child) => total + size(child), 0);
// An MDX file's imports and exports are module code, and whitespace between blocks is nothing:
// neither starts a part.
const startsNoPart = (node: Node): boolean => node.type === 'mdxjsEsm' || (node.type === 'text' && !/\S/.test(node.value ?? ''));

/**
 * A lesson's content in parts, each a `<div class="part">`: one per h2 heading and one per figure,
 * each with what follows it, one for what comes before the first, and more where a long run of
 * text would make a part heavy. The lesson's style lets the browser skip laying out and painting
 * the parts far from the screen while the page loads (`content-visibility: auto`, lesson-parts.ts).
 */
export function rehypeLessonParts() {
  return (tree: { children: Node[] }, file: { path?: string }) => {
    if (!/[\\/]content[\\/]lessons[\\/]/.test(file.path ?? '')) return;
    const children: Node[] = [];
    let part: Element | undefined;
    let nodes = 0;
    for (const node of tree.children) {
      const previous = part?.children.findLast((child) => child.type === 'element' || child.type === 'mdxJsxFlowElement');
      const heavy = nodes >= PART_NODES && isText(node) && isText(previous);
      if (isHeading(node) || isFigure(node) || heavy || (!part && !startsNoPart(node))) {
        part = { type: 'element', tagName: 'div', properties: { className: ['part'] }, children: [] };
        children.push(part);
        nodes = 0;
      }
      if (part && node.type !== 'mdxjsEsm') {
        part.children.push(node);
        nodes += size(node);
      } else children.push(node);
    }
    tree.children = children;
  };
}
