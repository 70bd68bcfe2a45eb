import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { numberHtml } from '@/common/number';
import { QTI_NAMESPACE } from '@/quiz/qti/item';
import { qtiFiles, qtiPackage } from '@/quiz/qti/package';
import { lessons, quizModel, site } from './quiz-model';
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
  responseDeclaration: { attributes: ['identifier', 'cardinality', 'baseType'], children: /^correctResponse (mapping )?$/ },
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
  responseElse: { attributes: [], children: /^(setOutcomeValue )+$/ },
  setOutcomeValue: { attributes: ['identifier'], children: /^\w+ $/ },
  match: { attributes: [], children: /^variable correct $/ },
  equal: { attributes: ['toleranceMode'], children: /^variable correct $/ },
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
  const model = quizModel(lesson);
  const files = qtiFiles(model, { lesson, title: `Lesson ${lesson}`, site });
  const parsed = Object.fromEntries(Object.entries(files).map(([path, xml]) => [path, parseXml(xml)]));

  it('is a zip of well-formed XML with imsmanifest.xml at its root', () => {
    const unzipped = unzipSync(qtiPackage(model, { lesson, title: `Lesson ${lesson}`, site }));
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
        expect(ids(findAll(interaction, 'simpleChoice'))).toEqual(key.options.map((id) => id.toUpperCase()));
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
        expect(ids(findAll(findAll(item, 'orderInteraction')[0]!, 'simpleChoice')).sort()).toEqual(key.order.map((id) => id.toUpperCase()).sort());
        for (const listed of question.items) expect(xml).toContain(listed.explanation);
      }
    },
  );
});

describe('math in QTI', () => {
  it('is MathML in its namespace, not KaTeX HTML', () => {
    const model = quizModel('why-abilities-emerge');
    const xml = Object.values(qtiFiles(model, { lesson: 'why-abilities-emerge', title: 'x', site })).join('');
    expect(xml).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(xml).not.toContain('katex-html');
  });
});
