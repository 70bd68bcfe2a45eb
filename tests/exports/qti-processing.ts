import { findAll, type XmlElement } from './xml-tree';

/**
 * A small QTI 2.1 response-processing engine for the tests: it runs an item's
 * `responseProcessing` as the QTI 2.1 information model defines the rules and expressions the
 * exports use, and throws on anything else, so a test never passes by skipping what it cannot read.
 *
 * Values: NULL is `null`; a single value is a boolean, number or string; a container is
 * `{ cardinality, values }`. As the specification has it:
 * - `isNull` is true for NULL, an empty container and an empty string;
 * - `match` is NULL if either side is NULL, else true when both are the same value (ordered
 *   containers item by item, multiple containers as multisets);
 * - `index n` is the n-th value (from 1) of an ordered container, NULL past its end or when the
 *   container is NULL;
 * - `and` is false if any operand is false, else NULL if any is NULL, else true; `or` is true if
 *   any operand is true, else NULL if any is NULL, else false;
 * - `sum` and `divide` are NULL if an operand is NULL, `divide` also when dividing by 0;
 * - `multiple` gathers its operands' values into a container, leaving NULLs out (none is NULL);
 * - a `responseIf`/`responseElseIf` is followed only when its expression is true (NULL is not).
 */
export type Single = boolean | number | string;
export type Value = null | Single | { cardinality: 'multiple' | 'ordered'; values: Single[] };

export interface ProcessingState {
  /** Response variables by identifier. */
  responses: Record<string, Value>;
  /** Outcome variables before processing: the declared defaults unless given here. */
  outcomes?: Record<string, Value>;
}

const isContainer = (value: Value): value is { cardinality: 'multiple' | 'ordered'; values: Single[] } => typeof value === 'object' && value !== null;
const isNullValue = (value: Value) => value === null || value === '' || (isContainer(value) && value.values.length === 0);

function single(baseType: string, text: string): Single {
  switch (baseType) {
    case 'identifier':
    case 'string':
      return text.trim();
    case 'float':
    case 'integer': {
      const number = Number(text);
      if (text.trim() === '' || Number.isNaN(number)) throw new Error(`not a ${baseType}: "${text}"`);
      return number;
    }
    case 'boolean':
      if (text.trim() !== 'true' && text.trim() !== 'false') throw new Error(`not a boolean: "${text}"`);
      return text.trim() === 'true';
    default:
      throw new Error(`base type ${baseType} is not supported here`);
  }
}

/** A declaration's `defaultValue` or `correctResponse` as a value. */
function declared(declaration: XmlElement, holder: 'defaultValue' | 'correctResponse'): Value {
  const element = declaration.children.find((child) => child.name === holder);
  if (!element) return null;
  const values = element.children.filter((child) => child.name === 'value').map((value) => single(declaration.attributes.baseType!, value.text));
  const cardinality = declaration.attributes.cardinality!;
  if (cardinality === 'single') return values[0] ?? null;
  if (cardinality === 'multiple' || cardinality === 'ordered') return values.length ? { cardinality, values } : null;
  throw new Error(`cardinality ${cardinality} is not supported here`);
}

function sameValue(a: Value, b: Value): boolean {
  if (!isContainer(a) || !isContainer(b)) {
    if (isContainer(a) || isContainer(b)) throw new Error('match between a container and a single value');
    return a === b;
  }
  if (a.cardinality !== b.cardinality) throw new Error('match between containers of different cardinality');
  if (a.values.length !== b.values.length) return false;
  if (a.cardinality === 'ordered') return a.values.every((value, i) => value === b.values[i]);
  const rest = [...b.values];
  return a.values.every((value) => {
    const at = rest.indexOf(value);
    if (at < 0) return false;
    rest.splice(at, 1);
    return true;
  });
}

const numeric = (value: Value, operator: string): number => {
  if (typeof value !== 'number') throw new Error(`${operator} of a non-number ${JSON.stringify(value)}`);
  return value;
};
const logical = (value: Value, operator: string): boolean | null => {
  if (value !== null && typeof value !== 'boolean') throw new Error(`${operator} of a non-boolean ${JSON.stringify(value)}`);
  return value;
};

/** Runs `item`'s response processing and returns every outcome variable afterwards. */
export function processResponses(item: XmlElement, state: ProcessingState): Record<string, Value> {
  const responseDeclarations = new Map(findAll(item, 'responseDeclaration').map((d) => [d.attributes.identifier!, d]));
  const outcomeDeclarations = new Map(findAll(item, 'outcomeDeclaration').map((d) => [d.attributes.identifier!, d]));
  for (const id of Object.keys(state.responses)) if (!responseDeclarations.has(id)) throw new Error(`no response variable ${id}`);
  const outcomes: Record<string, Value> = { completionStatus: 'unknown' };
  for (const [id, declaration] of outcomeDeclarations) outcomes[id] = declared(declaration, 'defaultValue');
  Object.assign(outcomes, state.outcomes);
  const responses: Record<string, Value> = Object.fromEntries([...responseDeclarations.keys()].map((id) => [id, state.responses[id] ?? null]));

  const operands = (element: XmlElement) => element.children.map(evaluate);
  const exactly = (element: XmlElement, count: number) => {
    if (element.children.length !== count) throw new Error(`${element.name} takes ${count} operand(s), not ${element.children.length}`);
    return operands(element);
  };
  const atLeastOne = (element: XmlElement) => {
    if (element.children.length === 0) throw new Error(`${element.name} takes one or more operands`);
    return operands(element);
  };

  function evaluate(element: XmlElement): Value {
    const { attributes } = element;
    switch (element.name) {
      case 'baseValue':
        return single(attributes.baseType!, element.text);
      case 'variable': {
        const id = attributes.identifier!;
        if (id in responses) return responses[id]!;
        if (id in outcomes) return outcomes[id]!;
        throw new Error(`no variable ${id}`);
      }
      case 'correct': {
        const declaration = responseDeclarations.get(attributes.identifier!);
        if (!declaration) throw new Error(`no response variable ${attributes.identifier}`);
        return declared(declaration, 'correctResponse');
      }
      case 'isNull':
        return isNullValue(exactly(element, 1)[0]!);
      case 'match': {
        const [a, b] = exactly(element, 2) as [Value, Value];
        return a === null || b === null ? null : sameValue(a, b);
      }
      case 'index': {
        const [container] = exactly(element, 1);
        const n = /^-?\d+$/.test(attributes.n!) ? Number(attributes.n) : evaluate({ ...element, name: 'variable', attributes: { identifier: attributes.n! }, children: [] });
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) throw new Error(`index n must be a positive integer, not ${attributes.n}`);
        if (container === null || container === undefined) return null;
        if (!isContainer(container) || container.cardinality !== 'ordered') throw new Error('index of a value that is not an ordered container');
        return n <= container.values.length ? container.values[n - 1]! : null;
      }
      case 'and': {
        const values = atLeastOne(element).map((value) => logical(value, 'and'));
        return values.includes(false) ? false : values.includes(null) ? null : true;
      }
      case 'or': {
        const values = atLeastOne(element).map((value) => logical(value, 'or'));
        return values.includes(true) ? true : values.includes(null) ? null : false;
      }
      case 'sum': {
        const values = atLeastOne(element);
        return values.includes(null) ? null : values.reduce<number>((total, value) => total + numeric(value, 'sum'), 0);
      }
      case 'divide': {
        const [a, b] = exactly(element, 2) as [Value, Value];
        if (a === null || b === null) return null;
        const quotient = numeric(a, 'divide') / numeric(b, 'divide');
        return Number.isFinite(quotient) ? quotient : null;
      }
      case 'multiple': {
        const values = operands(element).flatMap((value): Single[] => (value === null ? [] : isContainer(value) ? value.values : [value]));
        return values.length ? { cardinality: 'multiple', values } : null;
      }
      default:
        throw new Error(`the expression <${element.name}> is not supported here`);
    }
  }

  function run(rules: XmlElement[]): void {
    for (const rule of rules) {
      if (rule.name === 'setOutcomeValue') {
        const id = rule.attributes.identifier!;
        if (!(id in outcomes)) throw new Error(`no outcome variable ${id}`);
        outcomes[id] = exactly(rule, 1)[0]!;
      } else if (rule.name === 'responseCondition') {
        for (const clause of rule.children) {
          if (clause.name === 'responseElse') {
            run(clause.children);
            break;
          }
          if (clause.name !== 'responseIf' && clause.name !== 'responseElseIf') throw new Error(`<${clause.name}> in a responseCondition`);
          const [condition, ...body] = clause.children;
          if (evaluate(condition!) === true) {
            run(body);
            break;
          }
        }
      } else throw new Error(`the rule <${rule.name}> is not supported here`);
    }
  }

  const processing = findAll(item, 'responseProcessing');
  if (processing.length !== 1) throw new Error(`${processing.length} responseProcessing elements`);
  if (processing[0]!.attributes.template) throw new Error('response processing by template is not supported here');
  run(processing[0]!.children);
  return outcomes;
}
