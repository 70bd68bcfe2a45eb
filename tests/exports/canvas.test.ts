import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { canvasFiles, canvasPackage } from '@/exports/canvas/package';
import { scoreMultiple, withinTolerance } from '@/quiz';
import { address, exportQuiz, lessons } from './quiz-model';
import { findAll, parseXml, type XmlElement } from './xml-tree';

/** An item's metadata field, as Canvas reads `question_type`. */
function field(item: XmlElement, label: string): string | undefined {
  const found = findAll(item, 'qtimetadatafield').find((candidate) => findAll(candidate, 'fieldlabel')[0]!.text === label);
  return found && findAll(found, 'fieldentry')[0]!.text;
}

/**
 * How Canvas's QTI importer reads a numerical question written as Canvas exports one: an `or` of
 * the exact answer and a range is an "exact answer" whose margin is the range's upper bound less
 * the answer (canvas-lms, Qti::NumericInteraction#get_canvas_answers); Canvas then accepts
 * answer ± margin, edges included.
 */
function canvasNumeric(item: XmlElement): { exact: number; margin: number } {
  const or = findAll(item, 'or')[0]!;
  const exact = Number(findAll(or, 'varequal')[0]!.text);
  const upper = Number(findAll(findAll(or, 'and')[0]!, 'varlte')[0]!.text);
  return { exact, margin: upper - exact };
}

describe.each(lessons)('the Canvas package of %s', (lesson) => {
  const quiz = exportQuiz(lesson);
  const files = canvasFiles(quiz, address);
  const id = `${lesson}-quiz`;
  const items = findAll(parseXml(files[`${id}/${id}.xml`]!), 'item');

  it('is a zip with the manifest, the quiz and its Canvas settings, as Canvas exports a quiz', () => {
    const unzipped = unzipSync(canvasPackage(quiz, address));
    expect(Object.keys(unzipped).sort()).toEqual(Object.keys(files).sort());
    const manifest = parseXml(strFromU8(unzipped['imsmanifest.xml']!));
    const resources = findAll(manifest, 'resource');
    expect(resources.map((resource) => resource.attributes.type)).toEqual(['imsqti_xmlv1p2', 'associatedcontent/imscc_xmlv1p1/learning-application-resource']);
    expect(findAll(manifest, 'file').map((file) => file.attributes.href).sort()).toEqual(Object.keys(files).filter((path) => path !== 'imsmanifest.xml').sort());
    expect(parseXml(files[`${id}/assessment_meta.xml`]!).name).toBe('quiz');
    expect(items).toHaveLength(quiz.model.questions.length);
  });

  it.each(quiz.model.questions.map((question, index) => [question.number, question.type, index] as const))('question %i (%s) arrives as the Canvas type that keeps it', (_n, _type, index) => {
    const question = quiz.model.questions[index]!;
    const key = quiz.model.payload.questions[index]!.key;
    const item = items[index]!;
    const feedback = findAll(item, 'itemfeedback');
    expect(feedback.find((f) => f.attributes.ident === 'general_fb')!.text).toContain(question.section.title);
    expect(item.text).not.toContain('<math');
    if (key.type === 'single' || key.type === 'predict' || key.type === 'multiple') {
      expect(field(item, 'question_type')).toBe(key.type === 'multiple' ? 'multiple_answers_question' : 'multiple_choice_question');
      const labels = findAll(item, 'response_label').map((label) => label.attributes.ident!);
      expect(labels).toHaveLength(question.options.length);
      // Every option's explanation is that answer's feedback, shown when it is chosen.
      const perOption = feedback.filter((f) => f.attributes.ident !== 'general_fb');
      expect(perOption.map((f) => f.attributes.ident)).toEqual(labels.map((label) => `${label}_fb`));
      const shown = findAll(item, 'displayfeedback').map((d) => d.attributes.linkrefid);
      for (const label of labels) expect(shown).toContain(`${label}_fb`);
      // The scored condition: the right options (and, for multiple answers, none of the others).
      const scored = findAll(item, 'respcondition').find((condition) => findAll(condition, 'setvar').length > 0)!;
      const required = findAll(scored, 'varequal').filter((v) => v.parent!.name !== 'not').map((v) => v.text);
      const rightLabels = question.options.flatMap((option, i) => (option.correct ? [labels[i]!] : []));
      expect(required.sort()).toEqual(rightLabels.sort());
      if (key.type === 'multiple') {
        // Canvas's partial credit with penalty, as its guide states it: points ÷ number right, per right tick, taken away per wrong tick, never below zero: the site's rule.
        const canvasScore = (chosen: string[]) => Math.max(0, chosen.reduce((sum, id) => sum + (key.correct.includes(id) ? 1 : -1), 0) / key.correct.length);
        for (const chosen of [key.correct, key.options, [key.correct[0]!], key.options.filter((id) => !key.correct.includes(id))]) expect(canvasScore(chosen)).toBeCloseTo(scoreMultiple(key.correct, chosen).score, 12);
      }
    }
    if (key.type === 'numeric') {
      expect(field(item, 'question_type')).toBe('numerical_question');
      expect(findAll(item, 'render_fib')[0]!.attributes.fibtype).toBe('Decimal');
      const { exact, margin } = canvasNumeric(item);
      expect(exact).toBe(key.answer);
      expect(margin).toBeGreaterThan(0);
      for (const response of [exact - margin, exact + margin, exact - margin * 1.01, exact + margin * 1.01]) {
        expect(Math.abs(response - exact) <= margin * (1 + 1e-9), `${response}`).toBe(withinTolerance(response, key.answer, key.tolerance));
      }
    }
    if (key.type === 'ordering') {
      expect(field(item, 'question_type')).toBe('matching_question');
      const lids = findAll(item, 'response_lid');
      expect(lids).toHaveLength(question.items.length);
      // Canvas's importer numbers each match and each item by the first run of digits in its ident: they must differ.
      const number = (ident: string) => /(\d+)/.exec(ident)![1];
      for (const lid of lids) expect(new Set(findAll(lid, 'response_label').map((label) => number(label.attributes.ident!))).size).toBe(question.items.length);
      expect(new Set(lids.map((lid) => number(lid.attributes.ident!))).size).toBe(question.items.length);
      // Each item's scored match is its place in the right order.
      question.items.forEach((listed, place) => {
        const scored = findAll(item, 'varequal').find((v) => v.attributes.respident === `response_${listed.id.charCodeAt(0) - 96}`)!;
        expect(scored.text).toBe(`p${place + 1}`);
      });
      const adds = findAll(item, 'setvar').filter((setvar) => setvar.attributes.action === 'Add');
      expect(adds.reduce((sum, setvar) => sum + Number(setvar.text), 0)).toBeCloseTo(100, 9);
    }
  });
});
