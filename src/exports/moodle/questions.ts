import { escapeHtml } from '@/common/escape';
import { numberHtml } from '@/common/number';
import type { QuestionKey } from '@/quiz';
import type { QuestionModel } from '@/quiz/model';
import { numericRange, optionWeights } from '../credit';
import { optionPointer, sectionPointer, widgetPointer } from '../links';
import { texMath } from '../math';
import { cannotExpress, type ExportQuiz } from '../source';
import { moodleFraction, percent } from './fractions';

const text = (html: string) => `<text>${escapeHtml(texMath(html))}</text>`;
const html = (element: string, content: string, attributes = '') => `<${element} format="html"${attributes}>${text(content)}</${element}>`;
const right = (correct: boolean) => `<strong>${correct ? 'Right.' : 'Not right.'}</strong>`;

/** The category that holds a lesson's questions: `$course$/top/Threshold/1. What is emergence?` (a `/` in a name is doubled, as Moodle reads it). */
export const moodleCategory = (quiz: ExportQuiz): string =>
  `<question type="category"><category><text>${escapeHtml(`$course$/top/Threshold/${`${quiz.order}. ${quiz.title}`.replace(/\//g, '//')}`)}</text></category></question>`;

/**
 * One question in Moodle XML, from the same model and scoring rules as the site: single choice
 * and predict-then-check as `multichoice` with one answer; select-all as `multichoice` with each
 * option's fraction from the site's partial credit (Moodle adds the chosen fractions and keeps the
 * sum between 0 and 1, as the site does); numbers as `numerical` with the site's accepted interval as
 * Moodle's (absolute) tolerance; orderings as the `ordering` type (core since Moodle 4.4) graded
 * "relative to all previous and next items", which is the site's share of pairs in order. Every
 * option keeps its explanation as feedback, hints are Moodle hints (one per try in interactive
 * mode), math is TeX for Moodle's MathJax filter. What Moodle cannot carry stops the build.
 */
export function moodleQuestion(question: QuestionModel, key: QuestionKey, quiz: ExportQuiz, address: string | null): string {
  const head = (type: string, body: string, solution: string) =>
    [
      `<question type="${type}">`,
      `<name><text>${escapeHtml(`${quiz.order}. ${quiz.title} · question ${question.number}`)}</text></name>`,
      html('questiontext', body),
      html('generalfeedback', solution + sectionPointer(question, quiz, address)),
      '<defaultgrade>1</defaultgrade>',
      '<penalty>0.3333333</penalty>',
      '<hidden>0</hidden>',
      `<idnumber>${escapeHtml(`${quiz.lesson}-q${question.number}`)}</idnumber>`,
    ].join('\n');
  const hints = question.hints.map((hint) => html('hint', hint)).join('\n');
  const prompt = `<p>${question.prompt}</p>`;
  switch (key.type) {
    case 'single':
    case 'predict':
    case 'multiple': {
      const single = key.type !== 'multiple';
      const weights = single ? new Map(key.options.map((id) => [id, id === key.correct ? 1 : 0])) : optionWeights(key);
      const answers = question.options.map((option) => {
        const weight = weights.get(option.id)!;
        const fraction = moodleFraction(weight);
        if (fraction === null) {
          const count = single ? 1 : (key.correct as string[]).length;
          cannotExpress(quiz, question.number, 'Moodle XML', `option ${option.id} needs a grade of ${percent(weight)}% (${count} right options), which is not one of Moodle's grade values`);
        }
        return `<answer fraction="${percent(fraction)}" format="html">${text(option.html)}${html('feedback', `<p>${right(option.correct)} ${option.explanation}${optionPointer(option, quiz, address)}</p>`)}</answer>`;
      });
      const rightOnes = question.options.filter((option) => option.correct);
      return [
        head(
          'multichoice',
          prompt + widgetPointer(question, address),
          `<p>${rightOnes.length === 1 ? 'The right answer' : 'The right answers'}: ${rightOnes.map((option) => option.html).join('; ')}.</p>`,
        ),
        `<single>${single}</single>`,
        `<shuffleanswers>${quiz.model.payload.questions[question.number - 1]!.shuffle}</shuffleanswers>`,
        '<answernumbering>abc</answernumbering>',
        '<showstandardinstruction>1</showstandardinstruction>',
        html('correctfeedback', '<p>Right.</p>'),
        html('partiallycorrectfeedback', '<p>Partly right.</p>'),
        html('incorrectfeedback', '<p>Not right.</p>'),
        '<shownumcorrect/>',
        ...answers,
        hints,
        '</question>',
      ].join('\n');
    }
    case 'numeric': {
      const numeric = question.numeric!;
      const { answer, margin } = numericRange(key);
      const unit = numeric.unit ? `<p>Give the answer in ${escapeHtml(numeric.unit)}.</p>` : '';
      return [
        head('numerical', prompt + unit, `<p>The answer is <strong>${numberHtml(numeric.answer)}</strong>${numeric.unit ? ` ${escapeHtml(numeric.unit)}` : ''}: ${numberHtml(numeric.accepted)}.</p>`),
        `<answer fraction="100" format="moodle_auto_format"><text>${answer}</text>${html('feedback', question.explanation ? `<p>${question.explanation}</p>` : '')}<tolerance>${margin}</tolerance></answer>`,
        '<unitgradingtype>0</unitgradingtype>',
        '<unitpenalty>0.1000000</unitpenalty>',
        '<showunits>3</showunits>',
        '<unitsleft>0</unitsleft>',
        hints,
        '</question>',
      ].join('\n');
    }
    case 'ordering': {
      if (question.items.length < 2) cannotExpress(quiz, question.number, 'Moodle XML', 'an ordering question needs at least two items');
      return [
        head(
          'ordering',
          prompt,
          `<p>The right order:</p><ol>${question.items.map((item) => `<li>${item.html}: ${item.explanation}</li>`).join('')}</ol>` +
            (question.explanation ? `<p>${question.explanation}</p>` : ''),
        ),
        '<layouttype>VERTICAL</layouttype>',
        '<selecttype>ALL</selecttype>',
        '<selectcount>0</selectcount>',
        '<gradingtype>RELATIVE_ALL_PREVIOUS_AND_NEXT</gradingtype>',
        '<showgrading>SHOW</showgrading>',
        '<numberingstyle>none</numberingstyle>',
        html('correctfeedback', '<p>Right.</p>'),
        html('partiallycorrectfeedback', '<p>Partly right.</p>'),
        html('incorrectfeedback', '<p>Not right.</p>'),
        '<shownumcorrect/>',
        // In the right order: Moodle deals them shuffled.
        ...question.items.map((item) => `<answer fraction="100" format="html">${text(item.html)}</answer>`),
        hints,
        '</question>',
      ].join('\n');
    }
  }
}

/** Every question of a lesson's quiz, after its category. */
export function moodleQuizQuestions(quiz: ExportQuiz, address: string | null): string {
  return [moodleCategory(quiz), ...quiz.model.questions.map((question, index) => moodleQuestion(question, quiz.model.payload.questions[index]!.key, quiz, address))].join('\n');
}

const wrap = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${body}\n</quiz>\n`;

/** One lesson's quiz as a Moodle XML file. */
export const moodleQuiz = (quiz: ExportQuiz, address: string | null): string => wrap(moodleQuizQuestions(quiz, address));

/** Every quiz of the course in one Moodle XML file, one category per lesson. */
export const moodleCourse = (quizzes: readonly ExportQuiz[], address: string | null): string => wrap(quizzes.map((quiz) => moodleQuizQuestions(quiz, address)).join('\n'));
