import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The minimal hast this plugin reads and writes. */
interface Text {
  type: 'text';
  value: string;
}
interface Element {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: Node[];
}
type Node = Text | Element | { type: string; children?: Node[] };

const glossaryLink = /^\/glossary\/#([a-z0-9-]+)$/;

const element = (tagName: string, properties: Record<string, unknown>, children: Node[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): Text => ({ type: 'text', value });

/** Every term of the glossary by its id (the glossary collection checks each entry against its schema). */
function readGlossary(file: string): Map<string, { term: string; definition: string }> {
  const entries = parse(readFileSync(file, 'utf8')) as { id: string; term: string; definition: string }[];
  return new Map(entries.map(({ id, term, definition }) => [id, { term: String(term), definition: String(definition) }]));
}

/**
 * A lesson's first link to each glossary term gets the term's definition beside it, as a note the
 * term-notes script opens in place (a popover) instead of leaving the lesson; without the script
 * the link goes to the glossary as before. A link to a term the glossary lacks fails the build.
 */
export function rehypeTermNotes(options: { glossary?: string } = {}) {
  const source = options.glossary ?? 'content/glossary.yaml';
  const glossary = readGlossary(source);
  return (tree: Node, file: { path?: string }) => {
    const seen = new Set<string>();
    const visit = (node: Node) => {
      if (!('children' in node) || !node.children) return;
      for (let i = 0; i < node.children.length; i++) {
        const child = node.children[i]!;
        const id = child.type === 'element' && (child as Element).tagName === 'a' ? glossaryLink.exec(String((child as Element).properties.href ?? ''))?.[1] : undefined;
        if (id === undefined) {
          visit(child);
          continue;
        }
        const entry = glossary.get(id);
        if (!entry) throw new Error(`${file.path ?? 'a lesson'}: links to /glossary/#${id}, which ${source} does not define`);
        if (seen.has(id)) continue;
        seen.add(id);
        const noteId = `term-note-${id}`;
        const link = child as Element;
        link.properties = { ...link.properties, dataTermNote: noteId, ariaExpanded: 'false', ariaControls: noteId };
        const note = element('span', { id: noteId, className: ['term-note'], popover: 'auto', role: 'note', hidden: true, dataPagefindIgnore: true }, [
          element('strong', {}, [text(entry.term)]),
          text(` ${entry.definition.trim()} `),
          element('a', { href: `/glossary/#${id}` }, [text('In the glossary')]),
        ]);
        node.children.splice(i + 1, 0, note);
        i++;
      }
    };
    visit(tree);
  };
}
