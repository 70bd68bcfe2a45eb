import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { numberHtml } from '@/common/number';
import { QTI_NAMESPACE } from '@/exports/qti21/item';
import { qtiFiles, qtiPackage } from '@/exports/qti21/package';
import { withinTolerance } from '@/quiz';
import { pairsInOrder } from '@/quiz/score';
import { processResponses, type Value } from './qti-processing';
import { address, exportQuiz, lessons } from './quiz-model';
import { childNames, findAll, parseXml, type XmlElement } from './xml-tree';

/**
 * The part of the QTI 2.1 information model these packages use: each element's required
 * attributes and the order of its element children (a pattern over their names, each followed by
 * a space). Elements not listed here (XHTML, MathML, expressions) are checked where they matter.
 */
const structure: Record<string, { attributes: string[]; children?: RegExp }> = {
  assessmentItem: {
    attributes: ['identifier', 'title', 'adaptive', 'timeDependent'],
    children: /^(responseDeclaration )+(outcomeDeclaration )+itemBody responseProcessing (modalFeedback )*$/,
  },
  responseDeclaration: { attributes: ['identifier', 'cardinality', 'baseType'], children: /^(correctResponse (mapping )?)?$/ },
  outcomeDeclaration: { attributes: ['identifier', 'cardinality', 'baseType'], children: /^(defaultValue )?$/ },
  defaultValue: { attributes: [], children: /^value $/ },
  correctResponse: { attributes: [], children: /^(value )+$/ },
  mapping: { attributes: ['defaultValue'], children: /^(mapEntry )+$/ },
  mapEntry: { attributes: ['mapKey', 'mappedValue'], children: /^$/ },
  choiceInteraction: { attributes: ['responseIdentifier', 'shuffle', 'maxChoices'], children: /^prompt (simpleChoice )+$/ },
  orderInteraction: { attributes: ['responseIdentifier', 'shuffle'], children: /^prompt (simpleChoice )+$/ },
  simpleChoice: { attributes: ['identifier'] },
  textEntryInteraction: { attributes: ['responseIdentifier'], children: /^$/ },
  responseProcessing: { attributes: [], children: /^((responseCondition|setOutcomeValue) )+$/ },
  responseCondition: { attributes: [], children: /^responseIf (responseElseIf )*(responseElse )?$/ },
  responseIf: { attributes: [], children: /^\w+ (setOutcomeValue )+$/ },
  responseElseIf: { attributes: [], children: /^\w+ (setOutcomeValue )+$/ },
  responseElse: { attributes: [], children: /^((responseCondition|setOutcomeValue) )+$/ },
  setOutcomeValue: { attributes: ['identifier'], children: /^\w+ $/ },
  match: { attributes: [], children: /^(variable correct|index baseValue) $/ },
  index: { attributes: ['n'], children: /^variable $/ },
  and: { attributes: [], children: /^(\w+ )+$/ },
  or: { attributes: [], children: /^(\w+ )+$/ },
  sum: { attributes: [], children: /^(variable baseValue|testVariables) $/ },
  divide: { attributes: [], children: /^variable baseValue $/ },
  equal: { attributes: ['toleranceMode'], children: /^correct variable $/ },
  endAttemptInteraction: { attributes: ['responseIdentifier', 'title'], children: /^$/ },
  isNull: { attributes: [], children: /^variable $/ },
  modalFeedback: { attributes: ['outcomeIdentifier', 'identifier', 'showHide'] },
  assessmentTest: { attributes: ['identifier', 'title'], children: /^(outcomeDeclaration )*(testPart )+(outcomeProcessing )?$/ },
  testPart: { attributes: ['identifier', 'navigationMode', 'submissionMode'], children: /^(assessmentSection )+$/ },
  assessmentSection: { attributes: ['identifier', 'title', 'visible'], children: /^(assessmentItemRef )+$/ },
  assessmentItemRef: { attributes: ['identifier', 'href'], children: /^$/ },
  manifest: { attributes: ['identifier'], children: /^(metadata )?organizations resources $/ },
  resources: { attributes: [], children: /^(resource )+$/ },
  resource: { attributes: ['identifier', 'type', 'href'], children: /^(metadata )?(file )+(dependency )*$/ },
  file: { attributes: ['href'], children: /^$/ },
  dependency: { attributes: ['identifierref'], children: /^$/ },
};

/** Problems with the QTI structure of `root`, one line each. */
function structureProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  const walk = (element: XmlElement) => {
    const rule = element.uri === QTI_NAMESPACE || element.uri === 'http://www.imsglobal.org/xsd/imscp_v1p1' ? structure[element.name] : undefined;
    if (rule) {
      for (const attribute of rule.attributes) if (!(attribute in element.attributes)) problems.push(`${element.name}: no ${attribute}`);
      if (rule.children && !rule.children.test(childNames(element))) problems.push(`${element.name}: children "${childNames(element)}"`);
    }
    element.children.forEach(walk);
  };
  walk(root);
  return problems;
}

const ids = (elements: XmlElement[]) => elements.map((element) => element.attributes.identifier);
const values = (element: XmlElement) => findAll(element, 'value').map((value) => value.text);

describe('the XML reader the checks rely on', () => {
  it('rejects XML that is not well-formed', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a>&nbsp;</a>')).toThrow();
    expect(() => parseXml('<a><m:math/></a>')).toThrow();
    expect(() => parseXml('<a>x & y</a>')).toThrow();
    expect(() => parseXml('<a></a><b/>')).toThrow();
    expect(parseXml('<a x="1"><b>t</b></a>').children[0]!.text).toBe('t');
  });
});

describe.each(lessons)('the QTI 2.1 package of %s', (lesson) => {
  const quiz = exportQuiz(lesson);
  const model = quiz.model;
  const files = qtiFiles(quiz, address);
  const parsed = Object.fromEntries(Object.entries(files).map(([path, xml]) => [path, parseXml(xml)]));

  it('is a zip of well-formed XML with imsmanifest.xml at its root', () => {
    const unzipped = unzipSync(qtiPackage(quiz, address));
    expect(Object.keys(unzipped).sort()).toEqual(Object.keys(files).sort());
    expect(Object.keys(unzipped)).toContain('imsmanifest.xml');
    for (const [path, bytes] of Object.entries(unzipped)) expect(strFromU8(bytes), path).toBe(files[path]);
  });

  it('follows the QTI 2.1 and content-packaging element structure', () => {
    for (const [path, root] of Object.entries(parsed)) expect(structureProblems(root), path).toEqual([]);
    expect(parsed['assessment.xml']!.uri).toBe(QTI_NAMESPACE);
    expect(parsed['imsmanifest.xml']!.uri).toBe('http://www.imsglobal.org/xsd/imscp_v1p1');
  });

  it('declares every file in the manifest, the test as the test resource and each question as an item resource', () => {
    const resources = findAll(parsed['imsmanifest.xml']!, 'resource');
    const test = resources.find((resource) => resource.attributes.type === 'imsqti_test_xmlv2p1')!;
    const items = resources.filter((resource) => resource.attributes.type === 'imsqti_item_xmlv2p1');
    expect(test.attributes.href).toBe('assessment.xml');
    expect(items.map((item) => item.attributes.href)).toEqual(model.questions.map((q) => `items/q${q.number}.xml`));
    expect(findAll(test, 'dependency').map((d) => d.attributes.identifierref)).toEqual(ids(items));
    expect(findAll(parsed['assessment.xml']!, 'assessmentItemRef').map((ref) => ref.attributes.href)).toEqual(items.map((item) => item.attributes.href));
    const hrefs = findAll(parsed['imsmanifest.xml']!, 'file').map((file) => file.attributes.href);
    expect(new Set(hrefs)).toEqual(new Set(Object.keys(files).filter((path) => path !== 'imsmanifest.xml')));
  });

  it.each(model.questions.map((question, index) => [question.number, question.type, index] as const))(
    'question %i (%s) carries its correct answer, scoring and every explanation',
    (number, _type, index) => {
      const xml = files[`items/q${number}.xml`]!;
      const item = parsed[`items/q${number}.xml`]!;
      const question = model.questions[index]!;
      const key = model.payload.questions[index]!.key;
      const declaration = findAll(item, 'responseDeclaration')[0]!;
      const solution = findAll(item, 'modalFeedback').find((feedback) => feedback.attributes.identifier === 'SOLUTION')!;
      expect(solution, 'a solution feedback').toBeDefined();
      expect(solution.text).toContain(question.section.title);
      if (key.type === 'single' || key.type === 'predict' || key.type === 'multiple') {
        const interaction = findAll(item, 'choiceInteraction')[0]!;
        expect(interaction.parent!.name).toBe('itemBody');
        expect(interaction.attributes.maxChoices).toBe(key.type === 'multiple' ? '0' : '1');
        // As a first attempt deals them, and shuffled again by the player.
        expect(ids(findAll(interaction, 'simpleChoice'))).toEqual(question.options.map((option) => option.id.toUpperCase()));
        expect(interaction.attributes.shuffle).toBe(String(model.payload.questions[index]!.shuffle));
        const correct = key.type === 'multiple' ? key.correct : [key.correct];
        expect(values(declaration).sort()).toEqual(correct.map((id) => id.toUpperCase()).sort());
        if (key.type === 'multiple') {
          // The site's partial credit: ±1/(number right) per tick, between 0 and 1.
          const mapping = findAll(declaration, 'mapping')[0]!;
          expect(mapping.attributes).toMatchObject({ lowerBound: '0', upperBound: '1' });
          for (const entry of findAll(mapping, 'mapEntry')) {
            const right = correct.includes(entry.attributes.mapKey!.toLowerCase());
            expect(Number(entry.attributes.mappedValue)).toBeCloseTo((right ? 1 : -1) / correct.length, 12);
          }
        }
        for (const option of question.options) {
          const feedback = findAll(item, 'modalFeedback').find((f) => f.attributes.identifier === option.id.toUpperCase());
          expect(feedback, `feedback for option ${option.id}`).toBeDefined();
          if (option.section) expect(feedback!.text).toContain(option.section.title);
          expect(xml).toContain(option.explanation);
        }
      }
      if (key.type === 'numeric') {
        expect(declaration.attributes.baseType).toBe('float');
        expect(Number(values(declaration)[0])).toBe(key.answer);
        const entry = findAll(item, 'textEntryInteraction')[0]!;
        expect(entry.parent!.name).toBe('p');
        const equal = findAll(item, 'equal')[0]!;
        expect(equal.attributes.toleranceMode).toBe(key.tolerance.kind);
        // QTI's relative tolerance is a percentage.
        expect(Number(equal.attributes.tolerance)).toBeCloseTo(key.tolerance.kind === 'relative' ? key.tolerance.amount * 100 : key.tolerance.amount, 12);
        expect(equal.attributes).toMatchObject({ includeLowerBound: 'true', includeUpperBound: 'true' });
        expect(xml).toContain(numberHtml(question.numeric!.answer));
        if (question.explanation) expect(xml).toContain(question.explanation);
      }
      if (key.type === 'ordering') {
        expect(declaration.attributes.cardinality).toBe('ordered');
        expect(values(declaration)).toEqual(key.order.map((id) => id.toUpperCase()));
        const listed = ids(findAll(findAll(item, 'orderInteraction')[0]!, 'simpleChoice'));
        expect([...listed].sort()).toEqual(key.order.map((id) => id.toUpperCase()).sort());
        expect(listed, 'never listed in the right order').not.toEqual(key.order.map((id) => id.toUpperCase()));
        for (const listed of question.items) expect(xml).toContain(listed.explanation);
      }
      // Hints: a HINT feedback with every hint, behind a "Show hints" end-attempt button in an adaptive item.
      const hint = findAll(item, 'modalFeedback').find((feedback) => feedback.attributes.identifier === 'HINT');
      expect(item.attributes.adaptive).toBe(String(question.hints.length > 0));
      expect(findAll(item, 'endAttemptInteraction')).toHaveLength(question.hints.length > 0 ? 1 : 0);
      if (question.hints.length > 0) {
        expect(findAll(hint!, 'li')).toHaveLength(question.hints.length);
        for (const text of question.hints) expect(xml).toContain(text);
      } else expect(hint).toBeUndefined();
    },
  );
});

describe('math in QTI', () => {
  it('is MathML in its namespace, not KaTeX HTML', () => {
    const xml = Object.values(qtiFiles(exportQuiz('why-abilities-emerge'), address)).join('');
    expect(xml).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(xml).not.toContain('katex-html');
  });
});

describe('the order of options in the packages', () => {
  it('does not put the right option first: across the course it stands in several places', () => {
    const places = new Set<number>();
    for (const lesson of lessons) {
      const parsed = Object.entries(qtiFiles(exportQuiz(lesson), null)).filter(([path]) => path.startsWith('items/')).map(([, xml]) => parseXml(xml));
      for (const item of parsed) {
        const interaction = findAll(item, 'choiceInteraction')[0];
        if (!interaction || interaction.attributes.maxChoices !== '1') continue;
        const correct = values(findAll(item, 'responseDeclaration')[0]!)[0];
        places.add(ids(findAll(interaction, 'simpleChoice')).indexOf(correct!));
      }
    }
    expect(places.size).toBeGreaterThanOrEqual(3);
  });
});

/**
 * QTI 2.1's `equal` with `toleranceMode="relative"`, as the specification states it: "the result
 * of the comparison is true if the value of the second expression, y, is within the following
 * range defined by the first value, x: x*(1-t0/100), x*(1+t1/100)", each bound included when
 * `includeLowerBound`/`includeUpperBound` say so (both default true); absolute mode is
 * x-t0, x+t1. One tolerance value serves as both t0 and t1.
 */
function specEqual(attributes: Record<string, string>, x: number, y: number): boolean {
  const [t0, t1 = t0] = attributes.tolerance!.trim().split(/\s+/).map(Number) as [number, number?];
  const relative = attributes.toleranceMode === 'relative';
  const low = relative ? x * (1 - t0 / 100) : x - t0;
  const high = relative ? x * (1 + t1! / 100) : x + t1!;
  const lowOk = attributes.includeLowerBound === 'false' ? y > low : y >= low;
  const highOk = attributes.includeUpperBound === 'false' ? y < high : y <= high;
  return lowOk && highOk;
}

/**
 * The same rule as qtism (TAO's QTI engine) implements it in its EqualProcessor: the bounds are
 * computed from the first operand and compared with a relative slack of one part in 10^12 (a
 * float computed at the edge still counts), which is how its tests accept 19 and refuse 19.1
 * for x = 10 and a 90 % tolerance.
 */
function qtismEqual(attributes: Record<string, string>, first: number, second: number): boolean {
  const tolerances = attributes.tolerance!.trim().split(/\s+/).map(Number);
  const t0 = tolerances[0]!;
  const t1 = tolerances[1] ?? t0;
  const lower = attributes.toleranceMode === 'relative' ? first - first * (t0 / 100) : first - t0;
  const upper = attributes.toleranceMode === 'relative' ? first + first * (t1 / 100) : first + t1;
  const slack = 1e-12 * Math.max(Math.abs(lower), Math.abs(upper), 1);
  const aboveLower = attributes.includeLowerBound === 'false' ? second > lower : second >= lower - slack;
  const belowUpper = attributes.includeUpperBound === 'false' ? second < upper : second <= upper + slack;
  return aboveLower && belowUpper;
}

/** How an item's `<equal>` compares a response, its operands taken in the order the item writes them. */
function scoreNumeric(item: XmlElement, correct: number, response: number, rule: typeof specEqual): boolean {
  const equal = findAll(item, 'equal')[0]!;
  const operand = (element: XmlElement) => (element.name === 'correct' ? correct : response);
  return rule(equal.attributes, operand(equal.children[0]!), operand(equal.children[1]!));
}

describe('relative tolerance in the QTI 2.1 packages', () => {
  const cases = lessons.flatMap((lesson) => {
    const quiz = exportQuiz(lesson);
    const files = qtiFiles(quiz, null);
    return quiz.model.payload.questions.flatMap(({ key }, index) =>
      key.type === 'numeric' && key.tolerance.kind === 'relative' ? [[`${lesson} question ${index + 1}`, key, parseXml(files[`items/q${index + 1}.xml`]!)] as const] : [],
    );
  });

  it('the course has relative tolerances to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2);
  });

  it.each(cases)('%s: both scorers accept and refuse exactly what the site does, edges included', (_, key, item) => {
    if (key.type !== 'numeric') throw new Error('not numeric');
    const bound = key.tolerance.amount * Math.abs(key.answer);
    // The edges, just inside, just outside, and far off, on both sides.
    const probes = [key.answer, key.answer - bound, key.answer + bound, key.answer - bound * 0.999, key.answer + bound * 0.999, key.answer - bound * 1.01, key.answer + bound * 1.01, key.answer * 2];
    for (const rule of [specEqual, qtismEqual]) {
      for (const response of probes) {
        expect(scoreNumeric(item, key.answer, response, rule), `${rule.name}: ${response} for ${key.answer} ± ${key.tolerance.amount * 100}%`).toBe(
          withinTolerance(response, key.answer, key.tolerance),
        );
      }
    }
  });

  it('the response-first order the packages used to have fails those rules', () => {
    const [, key, item] = cases[0]!;
    if (key.type !== 'numeric') throw new Error('not numeric');
    const equal = findAll(item, 'equal')[0]!;
    const swapped: XmlElement = { ...item, children: [] };
    const byName = (name: string) => equal.children.find((child) => child.name === name)!;
    const responseFirst = { ...equal, children: [byName('variable'), byName('correct')] };
    swapped.children = [responseFirst];
    const lowEdge = key.answer * (1 - key.tolerance.amount);
    // Accepted by the site, refused when the range is taken around the response.
    expect(withinTolerance(lowEdge, key.answer, key.tolerance)).toBe(true);
    for (const rule of [specEqual, qtismEqual]) expect(scoreNumeric(swapped, key.answer, lowEdge, rule)).toBe(false);
  });
});

/** Every order of `items`. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** `count` shuffles of `items` from a fixed seed (a small linear congruential generator), for long lists. */
function sampledOrders<T>(items: readonly T[], count: number): T[][] {
  let seed = 20261207;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => {
    const order = [...items];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  });
}

/** SCORE after a submission (not a hint request) of `response`, from the given outcomes before it. */
function submittedScore(item: XmlElement, response: Value, outcomes?: Record<string, Value>): Value {
  const hinted = findAll(item, 'responseDeclaration').some((declaration) => declaration.attributes.identifier === 'HINTREQUEST');
  return processResponses(item, { responses: { RESPONSE: response, ...(hinted ? { HINTREQUEST: false } : {}) }, outcomes }).SCORE!;
}

const ordered = (ids: string[]): Value => ({ cardinality: 'ordered', values: ids });

describe('the response processing engine the ordering checks use', () => {
  const item = (processing: string, declarations = '') =>
    parseXml(
      `<assessmentItem xmlns="${QTI_NAMESPACE}"><responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse><value>A</value><value>B</value></correctResponse></responseDeclaration>` +
        `<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>${declarations}` +
        `<responseProcessing>${processing}</responseProcessing></assessmentItem>`,
    );
  const set = (expression: string) => `<setOutcomeValue identifier="SCORE">${expression}</setOutcomeValue>`;
  const when = (condition: string) => `<responseCondition><responseIf>${condition}${set('<baseValue baseType="float">1</baseValue>')}</responseIf></responseCondition>`;
  const at = (n: number, id: string) => `<match><index n="${n}"><variable identifier="RESPONSE"/></index><baseValue baseType="identifier">${id}</baseValue></match>`;
  const score = (processing: string, response: Value) => processResponses(item(processing), { responses: { RESPONSE: response } }).SCORE;

  it('reads index from 1, NULL past the end, and follows a condition only when it is true', () => {
    expect(score(when(at(1, 'A')), ordered(['A', 'B']))).toBe(1);
    expect(score(when(at(2, 'A')), ordered(['A', 'B']))).toBe(0);
    expect(score(when(`<isNull><index n="3"><variable identifier="RESPONSE"/></index></isNull>`), ordered(['A', 'B']))).toBe(1);
    // What it cannot run, it refuses rather than skips.
    expect(() => score(when(`<not>${at(1, 'A')}</not>`), ordered(['A']))).toThrow(/not supported/);
  });

  it('gives and/or their three-valued logic: false beats NULL in and, true beats NULL in or', () => {
    // Position 3 does not exist, so its match is NULL.
    expect(score(when(`<and>${at(3, 'A')}${at(1, 'B')}</and>`), ordered(['A', 'B']))).toBe(0);
    expect(score(when(`<isNull><and>${at(3, 'A')}${at(1, 'A')}</and></isNull>`), ordered(['A', 'B']))).toBe(1);
    expect(score(when(`<or>${at(3, 'A')}${at(1, 'A')}</or>`), ordered(['A', 'B']))).toBe(1);
    expect(score(when(`<isNull><or>${at(3, 'A')}${at(1, 'B')}</or></isNull>`), ordered(['A', 'B']))).toBe(1);
  });

  it('adds, divides, and treats an empty response as NULL', () => {
    expect(score(set('<divide><sum><variable identifier="SCORE"/><baseValue baseType="float">3</baseValue></sum><baseValue baseType="float">4</baseValue></divide>'), null)).toBe(0.75);
    expect(score(set('<divide><baseValue baseType="float">1</baseValue><baseValue baseType="float">0</baseValue></divide>'), null)).toBeNull();
    expect(score(when('<isNull><variable identifier="RESPONSE"/></isNull>'), { cardinality: 'ordered', values: [] })).toBe(1);
    expect(score(when('<match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>'), ordered(['A', 'B']))).toBe(1);
    expect(score(when('<match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>'), ordered(['B', 'A']))).toBe(0);
  });
});

describe('ordering in the QTI 2.1 packages', () => {
  const cases = lessons.flatMap((lesson) => {
    const quiz = exportQuiz(lesson);
    const files = qtiFiles(quiz, null);
    return quiz.model.payload.questions.flatMap(({ key }, index) =>
      key.type === 'ordering' ? [[`${lesson} question ${index + 1}`, key.order, parseXml(files[`items/q${index + 1}.xml`]!)] as const] : [],
    );
  });

  it('the course has orderings to check, with and without hints', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
    const adaptive = cases.map(([, , item]) => item.attributes.adaptive);
    expect(adaptive).toContain('true');
    expect(adaptive).toContain('false');
  });

  it.each(cases)('%s: SCORE is the site\'s share of pairs in order, for every order of its items', (name, order, item) => {
    const ids = order.map((id) => id.toUpperCase());
    const orders = order.length <= 5 ? permutations(order) : [order, [...order].reverse(), ...sampledOrders(order, 400)];
    const scores = new Set<number>();
    for (const candidate of orders) {
      const site = pairsInOrder(order, candidate);
      const response = ordered(candidate.map((id) => id.toUpperCase()));
      scores.add(site);
      expect(submittedScore(item, response), `${name}: ${candidate.join(' ')}`).toBe(site);
      // An adaptive item keeps its outcomes between attempts: an earlier attempt's SCORE must not leak in.
      expect(submittedScore(item, response, { SCORE: 0.5 }), `${name}: ${candidate.join(' ')} after a 0.5`).toBe(site);
    }
    // Partial credit really happens: every count of pairs in order, from none to all.
    expect(scores.size).toBe((ids.length * (ids.length - 1)) / 2 + 1);
    expect(submittedScore(item, ordered(ids))).toBe(1);
  });

  it.each(cases)('%s: no response scores 0', (_, _order, item) => {
    expect(submittedScore(item, null)).toBe(0);
    expect(submittedScore(item, null, { SCORE: 1 })).toBe(0);
    expect(submittedScore(item, { cardinality: 'ordered', values: [] }, { SCORE: 1 })).toBe(0);
  });

  it.each(cases.filter(([, , item]) => item.attributes.adaptive === 'true'))('%s: asking for hints shows them and scores nothing', (_, order, item) => {
    const outcomes = processResponses(item, { responses: { RESPONSE: null, HINTREQUEST: true } });
    expect(outcomes.SCORE).toBe(0);
    expect(outcomes.FEEDBACK).toEqual({ cardinality: 'multiple', values: ['HINT'] });
    expect(order.length).toBeGreaterThan(1);
  });
});
