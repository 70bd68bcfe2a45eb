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
// An MDX file's imports and exports are module code, and whitespace between blocks is nothing:
// neither starts a part.
const startsNoPart = (node: Node): boolean => node.type === 'mdxjsEsm' || (node.type === 'text' && !/\S/.test(node.value ?? ''));

/**
 * A lesson's content in parts, one per h2 heading and one per figure, each with what follows it
 * (and one for what comes before the first), each a `<div class="part">`. The lesson's style lets the browser skip laying out and painting the
 * parts far from the screen while the page loads (`content-visibility: auto`, lesson-parts.ts).
 */
export function rehypeLessonParts() {
  return (tree: { children: Node[] }, file: { path?: string }) => {
    if (!/[\\/]content[\\/]lessons[\\/]/.test(file.path ?? '')) return;
    const children: Node[] = [];
    let part: Element | undefined;
    for (const node of tree.children) {
      if (isHeading(node) || isFigure(node) || (!part && !startsNoPart(node))) {
        part = { type: 'element', tagName: 'div', properties: { className: ['part'] }, children: [] };
        children.push(part);
      }
      if (part && node.type !== 'mdxjsEsm') part.children.push(node);
      else children.push(node);
    }
    tree.children = children;
  };
}
