import sax from 'sax';

/** An XML element as the tests read it: local name, namespace, attributes, children, and its text. */
export interface XmlElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  parent?: XmlElement;
  text: string;
}

/**
 * Parses `xml` with a strict, namespace-aware parser: anything not well-formed (an unclosed or
 * mismatched tag, an HTML entity, an undeclared prefix, a second root) throws.
 */
export function parseXml(xml: string): XmlElement {
  // Strict entities: only XML's five and character references, as an LMS's XML parser expects.
  const parser = sax.parser(true, { xmlns: true, strictEntities: true } as sax.SAXOptions);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const node = tag as sax.QualifiedTag;
    const element: XmlElement = {
      name: node.local,
      uri: node.uri,
      attributes: Object.fromEntries(Object.values(node.attributes).map((attribute) => [attribute.local, attribute.value])),
      children: [],
      parent: stack.at(-1),
      text: '',
    };
    if (root && stack.length === 0) throw new Error(`a second root element <${node.name}>`);
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  };
  parser.ontext = (text) => {
    if (stack.length === 0 && text.trim()) throw new Error('text outside the root element');
    for (const element of stack) element.text += text;
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element under `root` (itself included) called `name`. */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (element: XmlElement) => {
    if (element.name === name) found.push(element);
    element.children.forEach(walk);
  };
  walk(root);
  return found;
}

export const childNames = (element: XmlElement): string => element.children.map((child) => `${child.name} `).join('');
