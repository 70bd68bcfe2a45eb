import { escapeHtml } from '@/common/escape';
import { numberHtml } from '@/common/number';
import type { QuestionKey } from '@/quiz';
import type { QuestionModel } from '@/quiz/model';
import { optionPointer, sectionPointer, widgetPointer } from '../links';
import { feedback, field, labelId, mattext, outcomes, QTI12_NAMESPACE, setScore, showFeedback, varequal } from '../qti12';
import { cannotExpress, type ExportQuiz } from '../source';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const right = (correct: boolean) => `<strong>${correct ? 'Right.' : 'Not right.'}</strong>`;

/** The CC QTI profile's item type for each of the site's types. */
export const CC_PROFILES = {
  single: 'cc.multiple_choice.v0p1',
  predict: 'cc.multiple_choice.v0p1',
  multiple: 'cc.multiple_response.v0p1',
  numeric: 'cc.fib.v0p1',
  ordering: 'cc.essay.v0p1',
} as const;

/**
 * One question in Common Cartridge's profile of QTI 1.2, which has choice, fill-in-the-blank and
 * essay items only and scores a question all or nothing: single choice and predict-then-check as
 * multiple choice (the profile wants at least three options), select-all as multiple response
 * (all or nothing: the profile cannot add per option), numbers as fill-in-the-blank matched as
 * text against the answer as the key writes it (the profile has no numeric comparison), orderings
 * as an essay graded by hand with the right order as the solution. Feedback and hints are kept.
 */
export function ccItem(question: QuestionModel, key: QuestionKey, quiz: ExportQuiz, address: string | null): string {
  const id = `${quiz.lesson}-q${question.number}`;
  const computerScored = key.type !== 'ordering';
  const metadata = `<itemmetadata><qtimetadata>${field('cc_profile', CC_PROFILES[key.type])}${field('qmd_computerscored', computerScored ? 'Yes' : 'No')}</qtimetadata></itemmetadata>`;
  const general = (solution: string) => feedback('general_fb', solution + sectionPointer(question, quiz, address));
  const always = showFeedback('<other/>', 'general_fb');
  const hints = question.hints.length
    ? `<itemfeedback ident="hint"><hint><hintmaterial><flow_mat>${mattext(`<ol>${question.hints.map((hint) => `<li>${hint}</li>`).join('')}</ol>`)}</flow_mat></hintmaterial></hint></itemfeedback>`
    : '';
  let body: string;
  switch (key.type) {
    case 'single':
    case 'predict':
    case 'multiple': {
      const single = key.type !== 'multiple';
      const options = question.options;
      if (single && options.length < 3) cannotExpress(quiz, question.number, 'Common Cartridge 1.3', `a single-choice question needs at least three options in the CC profile (found ${options.length})`);
      const labels = options.map((option) => `<response_label ident="${labelId(option.id)}">${mattext(option.html)}</response_label>`).join('');
      const correct = single
        ? varequal('response1', labelId(key.correct))
        : `<and>${options.map((option) => (option.correct ? varequal('response1', labelId(option.id)) : `<not>${varequal('response1', labelId(option.id))}</not>`)).join('')}</and>`;
      const rightOnes = options.filter((option) => option.correct);
      body =
        metadata +
        `<presentation>${mattext(`<p>${question.prompt}</p>${widgetPointer(question, address)}`)}<response_lid ident="response1" rcardinality="${single ? 'Single' : 'Multiple'}"><render_choice shuffle="Yes">${labels}</render_choice></response_lid></presentation>` +
        `<resprocessing>${outcomes}${always}${options.map((option) => showFeedback(varequal('response1', labelId(option.id)), `${labelId(option.id)}_fb`)).join('')}${setScore(correct, 100)}</resprocessing>` +
        general(`<p>${rightOnes.length === 1 ? 'The right answer' : 'The right answers'}: ${rightOnes.map((option) => option.html).join('; ')}.</p>`) +
        options.map((option) => feedback(`${labelId(option.id)}_fb`, `<p>${right(option.correct)} ${option.explanation}${optionPointer(option, quiz, address)}</p>`)).join('') +
        hints;
      break;
    }
    case 'numeric': {
      const numeric = question.numeric!;
      const unit = numeric.unit ? ` ${escapeHtml(numeric.unit)}` : '';
      const { accepted, instruction } = textAnswers(numeric.answer);
      body =
        metadata +
        `<presentation>${mattext(`<p>${question.prompt}</p><p>${instruction}${unit ? ` Answer in${unit}.` : ''}</p>`)}<response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="answer1"/></render_fib></response_str></presentation>` +
        `<resprocessing>${outcomes}${always}${setScore(accepted.length === 1 ? varequal('response1', accepted[0]!) : `<or>${accepted.map((text) => varequal('response1', text)).join('')}</or>`, 100)}</resprocessing>` +
        general(`<p>The answer is <strong>${numberHtml(numeric.answer)}</strong>${unit}: ${numberHtml(numeric.accepted)}.</p>` + (question.explanation ? `<p>${question.explanation}</p>` : '')) +
        hints;
      break;
    }
    case 'ordering': {
      const mark = (index: number) => String.fromCharCode(65 + index);
      const dealt = question.dealt;
      const letterOf = new Map(dealt.map((item, index) => [item.id, mark(index)]));
      body =
        metadata +
        `<presentation>${mattext(
          `<p>${question.prompt}</p><ol type="A">${dealt.map((item) => `<li>${item.html}</li>`).join('')}</ol><p>Write the letters in the right order, for example ${dealt.map((_, index) => mark(index)).join(', ')}.</p>`,
        )}<response_str ident="response1" rcardinality="Single"><render_fib rows="3"><response_label ident="answer1"/></render_fib></response_str></presentation>` +
        `<resprocessing>${outcomes}${always}</resprocessing>` +
        general(
          `<p>The right order: ${question.items.map((item) => letterOf.get(item.id)).join(', ')}.</p><ol>${question.items.map((item) => `<li>${item.html}: ${item.explanation}</li>`).join('')}</ol>` +
            (question.explanation ? `<p>${question.explanation}</p>` : ''),
        ) +
        hints;
      break;
    }
  }
  return `<item ident="${id}" title="${escapeHtml(`Question ${question.number}`)}">${body}</item>`;
}

/**
 * The texts a fill-in-the-blank accepts for a number, and how to ask for it: the answer as the key
 * writes it (`0.35`, rounded as the tolerance asks), with the learner told to round the same way;
 * a power of ten (`3.15 × 10^23`) also as `3.15e23`, `3.15e+23` and `3.15E23`.
 */
export function textAnswers(answer: string): { accepted: string[]; instruction: string } {
  const power = /^(-?[\d.]+) × 10\^(-?\d+)$/.exec(answer);
  if (power) {
    const [, mantissa, exponent] = power as unknown as [string, string, string];
    const figures = mantissa.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length;
    const plus = Number(exponent) > 0 ? [`${mantissa}e+${exponent}`] : [];
    return {
      accepted: [`${mantissa}e${exponent}`, ...plus, `${mantissa}E${exponent}`, answer],
      instruction: `Give ${figures} significant figure${figures === 1 ? '' : 's'} and write the power of ten with e, for example 1.5e9.`,
    };
  }
  const decimals = answer.split('.')[1]?.length ?? 0;
  return { accepted: [answer], instruction: decimals === 0 ? 'Give a whole number.' : `Round to ${decimals} decimal place${decimals === 1 ? '' : 's'}.` };
}

/** A lesson's quiz as a CC assessment (`cc.exam.v0p1`). */
export function ccAssessment(quiz: ExportQuiz, address: string | null): string {
  const items = quiz.model.questions.map((question, index) => ccItem(question, quiz.model.payload.questions[index]!.key, quiz, address));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<questestinterop xmlns="${QTI12_NAMESPACE}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI12_NAMESPACE} http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_qtiasiv1p2p1_v1p0.xsd">`,
    `<assessment ident="${quiz.lesson}-assessment" title="${escapeHtml(`Quiz: ${quiz.title}`)}">`,
    `<qtimetadata>${field('cc_profile', 'cc.exam.v0p1')}${field('qmd_assessmenttype', 'Examination')}${field('qmd_scoretype', 'Percentage')}</qtimetadata>`,
    '<section ident="root_section">',
    ...items,
    '</section>',
    '</assessment>',
    '</questestinterop>',
    '',
  ].join('\n');
}
