import { parser } from '@lezer/javascript';

// The parser the editor highlights with, so the page loads no other.
const typescript = parser.configure({ dialect: 'ts' });
type SyntaxNode = ReturnType<typeof typescript.parse>['topNode'];

/** The names a cell gives values to, and the names it reads. Types are left out: they are stripped before a cell runs. */
export interface CellNames {
  /** Its top-level declarations, and the names it assigns without declaring them (an earlier cell's `let`). */
  defines: Set<string>;
  /** Every variable name it mentions, wherever: a local that shadows an earlier cell's name counts too, so a cell is never run without a cell it may need. */
  uses: Set<string>;
}

const declarations = new Set(['VariableDeclaration', 'FunctionDeclaration', 'ClassDeclaration', 'NamespaceDeclaration', 'EnumDeclaration', 'ImportDeclaration']);
const patterns = new Set(['ArrayPattern', 'ObjectPattern', 'PatternProperty', 'ImportGroup', 'Spread']);

/**
 * The names a declaration or a destructuring pattern binds, leaving out initialisers and default
 * values: in `const a = 1, { b = 2 } = c`, each binding ends at its `=` and the next starts after a comma.
 */
function bound(node: SyntaxNode, code: string, into: Set<string>): void {
  let binding = true;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.name === 'Equals') binding = false;
    else if (child.name === ',') binding = true;
    else if (!binding) continue;
    else if (child.name === 'VariableDefinition') into.add(code.slice(child.from, child.to));
    // An enum is a value at run time, though its name parses as a type's.
    else if (child.name === 'TypeDefinition' && node.name === 'EnumDeclaration') into.add(code.slice(child.from, child.to));
    else if (patterns.has(child.name)) bound(child, code, into);
  }
}

/**
 * What a cell defines and uses, read from its syntax tree. The tree is error-tolerant: code that
 * does not parse still gives the names that can be read, and fails on its own when it runs.
 */
export function cellNames(code: string): CellNames {
  const tree = typescript.parse(code);
  const text = (node: SyntaxNode) => code.slice(node.from, node.to);
  const defines = new Set<string>();
  const uses = new Set<string>();
  const declared = new Set<string>();
  const assigned = new Set<string>();

  for (let statement = tree.topNode.firstChild; statement; statement = statement.nextSibling) {
    const declaration = statement.name === 'ExportDeclaration' ? statement.firstChild?.nextSibling : statement;
    if (!declaration || !declarations.has(declaration.name)) continue;
    // `import type` binds only types.
    if (declaration.name === 'ImportDeclaration' && declaration.getChild('type')) continue;
    bound(declaration, code, defines);
  }

  tree.iterate({
    enter(ref) {
      const node = ref.node;
      if (ref.name === 'VariableName') {
        uses.add(text(node));
        if (assigns(node, code)) assigned.add(text(node));
      } else if (ref.name === 'VariableDefinition') {
        // `[a, b] = pair` and `({ a } = o)` assign through a pattern, whose names parse as definitions.
        if (inAssignmentPattern(node)) {
          uses.add(text(node));
          assigned.add(text(node));
        } else {
          declared.add(text(node));
        }
      } else if (ref.name === 'PropertyDefinition' && node.parent?.name === 'Property' && !node.nextSibling) {
        // The shorthand `{ sizes }` reads the variable `sizes`.
        uses.add(text(node));
      }
    },
  });

  // A name assigned but declared nowhere in the cell belongs to an earlier cell, which this one changes.
  for (const name of assigned) if (!declared.has(name)) defines.add(name);
  return { defines, uses };
}

/** Whether a variable name is changed where it stands: `x = …`, `x += …`, `x.y = …`, `x++`, `--x`, `for (x of …)`. */
function assigns(node: SyntaxNode, code: string): boolean {
  let target = node;
  // `x.y.z = …` changes the object `x` names.
  while (target.parent?.name === 'MemberExpression' && startsWith(target.parent, target)) target = target.parent;
  const parent = target.parent;
  if (!parent) return false;
  if (parent.name === 'AssignmentExpression' || parent.name === 'ForOfSpec' || parent.name === 'ForInSpec') return startsWith(parent, target);
  if (parent.name === 'PostfixExpression' || parent.name === 'UnaryExpression') {
    const operator = parent.getChild('ArithOp');
    return operator !== null && /^(\+\+|--)$/.test(code.slice(operator.from, operator.to));
  }
  return false;
}

/** Whether `child` is the first operand of `node` (after the `(` of a `for`): the target of an assignment. Nodes are compared by place, as the tree makes a new object at each visit. */
function startsWith(node: SyntaxNode, child: SyntaxNode): boolean {
  let first = node.firstChild;
  while (first && (first.name === '(' || first.type.isSkipped)) first = first.nextSibling;
  return first !== null && first.from === child.from && first.to === child.to;
}

/** Whether a definition sits in the pattern on the left of an assignment rather than in a declaration. */
function inAssignmentPattern(node: SyntaxNode): boolean {
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.name === 'AssignmentExpression') return startsWith(parent, child);
    if (!patterns.has(parent.name)) return false;
  }
  return false;
}

/**
 * For each cell, the earlier cells it uses directly: those that define a name it uses. Cells run
 * as one script, so a name is the same variable in every cell that mentions it.
 */
export function dependencyGraph(cells: readonly CellNames[]): number[][] {
  return cells.map(({ uses }, index) => {
    const direct: number[] = [];
    for (let earlier = 0; earlier < index; earlier++) {
      for (const name of cells[earlier]!.defines) {
        if (uses.has(name)) {
          direct.push(earlier);
          break;
        }
      }
    }
    return direct;
  });
}

/** The later cells that depend on cell `index`, directly or through other cells, in order. */
export function dependents(graph: readonly (readonly number[])[], index: number): number[] {
  const reached = new Set([index]);
  const found: number[] = [];
  for (let later = index + 1; later < graph.length; later++) {
    if (graph[later]!.some((cell) => reached.has(cell))) {
      reached.add(later);
      found.push(later);
    }
  }
  return found;
}
