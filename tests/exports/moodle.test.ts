import { describe, expect, it } from 'vitest';
import { moodleFraction } from '@/exports/moodle/fractions';
import { moodleCourse, moodleQuiz } from '@/exports/moodle/questions';
import { pairsInOrder, scoreMultiple, withinTolerance, type QuestionKey } from '@/quiz';
import { address, exportQuiz, lessons } from './quiz-model';
import { findAll, parseXml, type XmlElement } from './xml-tree';

/**
 * Moodle's grade values, as its question bank lists them (question/engine/bank.php,
 * fraction_options_full): written out here from Moodle's source so the test checks the files
 * against Moodle's list, not against the list the export uses.
 */
const moodleGrades = [1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05].flatMap((f) => [f, -f]).concat(0);
/** Moodle's import check, "error if grade not listed": within 0.00001 of a listed grade. */
const listed = (fraction: number) => moodleGrades.some((grade) => Math.abs(grade - fraction) < 0.00001);

const text = (element: XmlElement | undefined) => element?.children.find((child) => child.name === 'text')?.text ?? '';
const child = (element: XmlElement, name: string) => element.children.find((candidate) => candidate.name === name);

/** Every subset of `ids`, for checking partial credit against the site's rule. */
const subsets = (ids: string[]): string[][] => ids.reduce<string[][]>((all, id) => all.concat(all.map((set) => [...set, id])), [[]]);

describe.each(lessons)('the Moodle XML of %s', (lesson) => {
  const quiz = exportQuiz(lesson);
  const root = parseXml(moodleQuiz(quiz, address));
  const questions = root.children.filter((element) => element.attributes.type !== 'category');

  it('is a quiz of well-formed XML: the lesson’s category, then every question in order', () => {
    expect(root.name).toBe('quiz');
    expect(root.children[0]!.attributes.type).toBe('category');
    expect(text(child(root.children[0]!, 'category'))).toBe(`$course$/top/Threshold/${quiz.order}. ${quiz.title}`);
    expect(questions).toHaveLength(quiz.model.questions.length);
  });

  it.each(quiz.model.questions.map((question, index) => [question.number, question.type, index] as const))('question %i (%s) keeps its answer, scoring, feedback and hints', (_n, _type, index) => {
    const question = quiz.model.questions[index]!;
    const key: QuestionKey = quiz.model.payload.questions[index]!.key;
    const element = questions[index]!;
    const answers = findAll(element, 'answer');
    expect(findAll(element, 'hint').map((hint) => text(hint).length > 0)).toEqual(question.hints.map(() => true));
    // Math as TeX for Moodle's MathJax filter, never MathML (Moodle's HTML cleaner drops it).
    const all = findAll(element, 'text').map((t) => t.text).join('');
    expect(all).not.toContain('<math');
    if (all.includes('\\(')) expect(all).toMatch(/\\\(.+?\\\)/);
    expect(text(child(element, 'generalfeedback'))).toContain(question.section.title);
    if (key.type === 'single' || key.type === 'predict' || key.type === 'multiple') {
      expect(element.attributes.type).toBe('multichoice');
      expect(child(element, 'single')!.text).toBe(String(key.type !== 'multiple'));
      // One answer per option, each with its explanation as feedback, each grade one Moodle lists.
      expect(answers).toHaveLength(question.options.length);
      const fractions = answers.map((answer) => Number(answer.attributes.fraction) / 100);
      for (const fraction of fractions) expect(listed(fraction), `grade ${fraction}`).toBe(true);
      answers.forEach((answer, i) => expect(text(child(answer, 'feedback'))).toContain(question.options[i]!.explanation.replace(/<[^>]+>.*$/s, '').slice(0, 20)));
      // An option that draws on another section sends the learner there, as the site's feedback does.
      answers.forEach((answer, i) => {
        const section = question.options[i]!.section;
        if (section) expect(text(child(answer, 'feedback'))).toContain(`${address}lessons/${lesson}/${section.href}`);
      });
      const ids = question.options.map((option) => option.id);
      if (key.type === 'multiple') {
        // Moodle adds the chosen answers' grades and keeps the sum between 0 and 1: the site's score for every set of ticks.
        for (const chosen of subsets(ids)) {
          const moodle = Math.min(1, Math.max(0, chosen.reduce((sum, id) => sum + fractions[ids.indexOf(id)]!, 0)));
          expect(moodle, `ticks ${chosen.join('') || 'none'}`).toBeCloseTo(scoreMultiple(key.correct, chosen).score, 5);
        }
      } else {
        expect(fractions.map((fraction, i) => (fraction === 1 ? ids[i] : null)).filter(Boolean)).toEqual([key.correct]);
      }
    }
    if (key.type === 'numeric') {
      expect(element.attributes.type).toBe('numerical');
      expect(answers).toHaveLength(1);
      const answer = Number(text(answers[0]));
      const tolerance = Number(child(answers[0]!, 'tolerance')!.text);
      expect(answer).toBe(key.answer);
      expect(tolerance).toBeGreaterThan(0);
      // Moodle accepts answer ± tolerance, edges included: the same interval as the site.
      for (const response of [answer - tolerance, answer + tolerance, answer - tolerance * 1.01, answer + tolerance * 1.01]) {
        expect(Math.abs(response - answer) <= tolerance * (1 + 1e-9), `${response}`).toBe(withinTolerance(response, key.answer, key.tolerance));
      }
    }
    if (key.type === 'ordering') {
      expect(element.attributes.type).toBe('ordering');
      expect(child(element, 'gradingtype')!.text).toBe('RELATIVE_ALL_PREVIOUS_AND_NEXT');
      // The items in the right order; Moodle deals them shuffled.
      expect(answers.map((answer) => text(answer))).toEqual(question.items.map((item) => item.html.replace(/<[^>]+>/g, '')).map((t) => expect.stringContaining(t.slice(0, 12))));
    }
  });
});

describe('the course’s Moodle XML', () => {
  it('holds every quiz, each in its own category', () => {
    const root = parseXml(moodleCourse(lessons.map((lesson) => exportQuiz(lesson)), address));
    const categories = root.children.filter((element) => element.attributes.type === 'category');
    expect(categories).toHaveLength(lessons.length);
    const total = lessons.reduce((sum, lesson) => sum + exportQuiz(lesson).model.questions.length, 0);
    expect(root.children.length - categories.length).toBe(total);
  });
});

describe('Moodle’s grade values', () => {
  it('are what the export checks shares against, so a share Moodle lacks is refused', () => {
    expect(moodleFraction(1 / 3)).toBeCloseTo(0.3333333, 7);
    expect(moodleFraction(-1 / 8)).toBe(-0.125);
    expect(moodleFraction(1 / 11)).toBeNull();
    expect(moodleFraction(0.35)).toBeNull();
  });
});

/**
 * Moodle's Ordering grading "relative to all previous and next items" (qtype_ordering,
 * GRADING_RELATIVE_ALL_PREVIOUS_AND_NEXT): for each item, one point per item placed before it that
 * belongs before it and per item placed after it that belongs after it, out of n(n − 1).
 */
function moodleRelativeAll(correct: string[], response: string[]): number {
  let points = 0;
  response.forEach((id, i) => {
    const right = correct.indexOf(id);
    points += response.slice(0, i).filter((other) => correct.indexOf(other) < right).length;
    points += response.slice(i + 1).filter((other) => correct.indexOf(other) > right).length;
  });
  return points / (correct.length * (correct.length - 1));
}

const permutations = (items: string[]): string[][] => (items.length <= 1 ? [items] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest])));

describe('ordering in Moodle', () => {
  it('is graded as the site grades it: every order of five items earns the share of pairs in order', () => {
    const correct = ['a', 'b', 'c', 'd', 'e'];
    for (const order of permutations(correct)) expect(moodleRelativeAll(correct, order), order.join('')).toBeCloseTo(pairsInOrder(correct, order), 12);
  });
});
