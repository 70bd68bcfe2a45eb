/**
 * Typeset math as one line of plain text for the search index, so an excerpt reads `10²⁵` where
 * the page shows 10 with a raised 25. KaTeX writes each formula three times (MathML, its TeX
 * source and the visible HTML), which the index would otherwise run together as `102510^{25}1025`.
 */

const superscripts: Record<string, string> = Object.fromEntries(
  [
    ['0123456789', '⁰¹²³⁴⁵⁶⁷⁸⁹'],
    ['+-−=()', '⁺⁻⁻⁼⁽⁾'],
    ['abcdefghijklmnoprstuvwxyz', 'ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ'],
    ['ABDEGHIJKLMNOPRTUVW', 'ᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ'],
    ['αβγδεθφχ', 'ᵅᵝᵞᵟᵋᶿᵠᵡ'],
    // Already raised where they stand.
    ['′″*∗', '′″**'],
  ].flatMap(([from, to]) => [...from!].map((c, i) => [c, [...to!][i]!])),
);

const subscripts: Record<string, string> = Object.fromEntries(
  [
    ['0123456789', '₀₁₂₃₄₅₆₇₈₉'],
    ['+-−=()', '₊₋₋₌₍₎'],
    ['aehijklmnoprstuvx', 'ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ'],
    ['βγρφχ', 'ᵦᵧᵨᵩᵪ'],
  ].flatMap(([from, to]) => [...from!].map((c, i) => [c, [...to!][i]!])),
);

/**
 * Text raised (`sup`) or lowered (`sub`) in Unicode where every character has such a form
 * (`25` → `²⁵`, `L` → `ᴸ`); otherwise written with `^` or `_`, in parentheses when longer than
 * one character (`9.5` → `^(9.5)`), so nothing reads as a different number.
 */
export function scriptText(text: string, position: 'sup' | 'sub'): string {
  const plain = text.replace(/\s+/g, '');
  if (!plain) return '';
  const table = position === 'sup' ? superscripts : subscripts;
  const chars = [...plain];
  if (chars.every((c) => c in table)) return chars.map((c) => table[c]).join('');
  const mark = position === 'sup' ? '^' : '_';
  return chars.length === 1 || /^\(.*\)$/.test(plain) ? `${mark}${plain}` : `${mark}(${plain})`;
}

/** Combining marks for the accents KaTeX sets over a letter (`\hat p` → p̂). */
const accents: Record<string, string> = { '^': '\u0302', ˆ: '\u0302', '~': '\u0303', '˜': '\u0303', ˉ: '\u0304', '¯': '\u0304', '˙': '\u0307', '→': '\u20d7', '\u20d7': '\u20d7' };

/** Operators that read better with a space each side, as the prose writes them. */
const relations = new Set(['=', '≈', '≠', '<', '>', '≤', '≥', '∝', '≡', '∼', '≪', '≫', '→', '⇒', '⟹', '↦', '∈']);
const binary = new Set(['+', '−', '-', '±', '×', '·', '÷']);

/** Elements whose content is not read: the TeX source and invisible boxes. */
const skipped = new Set(['annotation', 'annotation-xml', 'mphantom', 'none', 'mprescripts']);

/** A part that is more than one symbol is grouped in parentheses before `/` or `√` applies to it. */
const grouped = (text: string) => (/^[\p{L}\p{N}.′_^]+$/u.test(text) || /^\(.*\)$/.test(text) ? text : `(${text})`);

/** One MathML element (a `<math>` or any part of it) as plain text. */
export function mathText(node: Element): string {
  return read(node).replace(/\s+/g, ' ').trim();
}

function read(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const name = element.localName.toLowerCase();
  if (skipped.has(name)) return '';
  const parts = [...element.children];
  const part = (i: number) => (parts[i] ? read(parts[i]).trim() : '');
  switch (name) {
    case 'semantics':
      return part(0);
    case 'msup':
      return part(0) + scriptText(part(1), 'sup');
    case 'msub':
      return part(0) + scriptText(part(1), 'sub');
    case 'msubsup':
      return part(0) + scriptText(part(1), 'sub') + scriptText(part(2), 'sup');
    case 'mover':
    case 'munder': {
      const mark = part(1);
      if (name === 'mover' && accents[mark]) return part(0) + accents[mark];
      return part(0) + scriptText(mark, name === 'mover' ? 'sup' : 'sub');
    }
    case 'munderover':
      return part(0) + scriptText(part(1), 'sub') + scriptText(part(2), 'sup');
    case 'mfrac':
      return `${grouped(part(0))}/${grouped(part(1))}`;
    case 'msqrt':
      return `√${grouped(parts.map(read).join('').trim())}`;
    case 'mroot':
      return `${scriptText(part(1), 'sup')}√${grouped(part(0))}`;
    case 'mspace': {
      // Narrow spaces only separate the symbols of one product; wider ones (`\quad`) separate words.
      const width = parseFloat(element.getAttribute('width') ?? '0');
      return width >= 0.5 ? ' ' : '';
    }
    case 'mtable':
      return ` ${parts.map(read).map((row) => row.trim()).join('; ')} `;
    case 'mtd':
      return ` ${parts.map(read).join('')} `;
    case 'mo': {
      const text = (element.textContent ?? '').trim();
      if (relations.has(text)) return ` ${text} `;
      // A minus that starts a group is a sign (−1); after something it is an operation (a − b).
      if (binary.has(text) && element.previousElementSibling) return ` ${text} `;
      if (text === ',' || text === ';') return `${text} `;
      return text;
    }
    default:
      // KaTeX writes `\,`, `\:` and `\;` as thin and medium spaces in <mtext>: they join a product (6ND).
      return parts.length > 0 ? parts.map(read).join('') : (element.textContent ?? '').replace(/[\u2005\u2006\u2009\u200a\u205f]/g, '');
  }
}
