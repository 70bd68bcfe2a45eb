import { escapeHtml } from '@/common/escape';
import { numberHtml } from '@/common/number';
import type { QuestionKey } from '@/quiz';
import type { QuestionModel } from '@/quiz/model';
import { numericRange } from '../credit';
import { optionPointer, sectionPointer, widgetPointer } from '../links';
import { plainText } from '../math';
import { feedback, field, labelId, mattext, outcomes, QTI12_NAMESPACE, setScore, showFeedback, varequal } from '../qti12';
import type { ExportQuiz } from '../source';
import { zipFiles } from '../zip';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const right = (correct: boolean) => `<strong>${correct ? 'Right.' : 'Not right.'}</strong>`;

/** Canvas's names for the question types it imports, by the site's type. */
export const CANVAS_TYPES = {
  single: 'multiple_choice_question',
  predict: 'multiple_choice_question',
  multiple: 'multiple_answers_question',
  numeric: 'numerical_question',
  ordering: 'matching_question',
} as const;

/** "1st", "2nd", … : the positions an ordering's items are matched to. */
const position = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

/**
 * One question in the QTI 1.2 dialect Canvas writes and reads for its quizzes (the `question_type`
 * metadata names the Canvas type): single choice and predict-then-check as multiple choice;
 * select-all as multiple answers, which Canvas scores with partial credit; numbers as a numerical
 * question with an exact answer and a margin (Canvas reads the margin off the upper bound), the
 * site's accepted interval; orderings as matching, each item to its position (Canvas has no
 * ordering type in Classic Quizzes). Every option's explanation is that answer's feedback
 * (`<id>_fb`), the solution and the way back to the lesson are the general feedback.
 */
export function canvasItem(question: QuestionModel, key: QuestionKey, quiz: ExportQuiz, address: string | null): string {
  const id = `${quiz.lesson}-q${question.number}`;
  const general = (solution: string) => feedback('general_fb', solution + sectionPointer(question, quiz, address));
  const metadata = (extra = '') =>
    `<itemmetadata><qtimetadata>${field('question_type', CANVAS_TYPES[key.type])}${field('points_possible', '1.0')}${extra}</qtimetadata></itemmetadata>`;
  const prompt = mattext(`<p>${question.prompt}</p>${widgetPointer(question, address)}`);
  const always = showFeedback('<other/>', 'general_fb');
  let body: string;
  switch (key.type) {
    case 'single':
    case 'predict':
    case 'multiple': {
      const single = key.type !== 'multiple';
      const options = question.options;
      const labels = options.map((option) => `<response_label ident="${labelId(option.id)}">${mattext(option.html)}</response_label>`).join('');
      const rightOnes = options.filter((option) => option.correct);
      // All the right options and none of the others: from this Canvas marks which answers are right.
      const correct = single
        ? varequal('response1', labelId(key.correct))
        : `<and>${options.map((option) => (option.correct ? varequal('response1', labelId(option.id)) : `<not>${varequal('response1', labelId(option.id))}</not>`)).join('')}</and>`;
      body =
        metadata(field('original_answer_ids', options.map((option) => labelId(option.id)).join(','))) +
        `<presentation>${prompt}<response_lid ident="response1" rcardinality="${single ? 'Single' : 'Multiple'}"><render_choice>${labels}</render_choice></response_lid></presentation>` +
        `<resprocessing>${outcomes}${always}${options.map((option) => showFeedback(varequal('response1', labelId(option.id)), `${labelId(option.id)}_fb`)).join('')}${setScore(correct, 100)}</resprocessing>` +
        general(`<p>${rightOnes.length === 1 ? 'The right answer' : 'The right answers'}: ${rightOnes.map((option) => option.html).join('; ')}.</p>`) +
        options.map((option) => feedback(`${labelId(option.id)}_fb`, `<p>${right(option.correct)} ${option.explanation}${optionPointer(option, quiz, address)}</p>`)).join('');
      break;
    }
    case 'numeric': {
      const numeric = question.numeric!;
      const { answer, low, high } = numericRange(key);
      const unit = numeric.unit ? `<p>Give the answer in ${escapeHtml(numeric.unit)}.</p>` : '';
      body =
        metadata() +
        `<presentation>${mattext(`<p>${question.prompt}</p>${unit}`)}<response_str ident="response1" rcardinality="Single"><render_fib fibtype="Decimal"><response_label ident="answer1"/></render_fib></response_str></presentation>` +
        `<resprocessing>${outcomes}${always}${setScore(
          `<or>${varequal('response1', answer)}<and><vargte respident="response1">${low}</vargte><varlte respident="response1">${high}</varlte></and></or>`,
          100,
        )}</resprocessing>` +
        general(
          `<p>The answer is <strong>${numberHtml(numeric.answer)}</strong>${numeric.unit ? ` ${escapeHtml(numeric.unit)}` : ''}: ${numberHtml(numeric.accepted)}.</p>` +
            (question.explanation ? `<p>${question.explanation}</p>` : ''),
        );
      break;
    }
    case 'ordering': {
      const n = question.items.length;
      // Canvas's importer numbers each match by the first run of digits in its ident: the position alone.
      const matches = question.items.map((_, index) => `<response_label ident="p${index + 1}"><material><mattext texttype="text/plain">${position(index + 1)}</mattext></material></response_label>`).join('');
      // Items as a first attempt deals them; each is matched to its place in the right order.
      const lids = question.dealt
        .map((item) => `<response_lid ident="response_${labelId(item.id)}"><material><mattext texttype="text/plain">${escapeHtml(plainText(item.html))}</mattext></material><render_choice>${matches}</render_choice></response_lid>`)
        .join('');
      body =
        metadata() +
        `<presentation>${mattext(`<p>${question.prompt}</p><p>Match each item to its place in the order (1st comes first).</p>`)}${lids}</presentation>` +
        `<resprocessing>${outcomes}${always}${question.items
          .map((item, index) => `<respcondition><conditionvar>${varequal(`response_${labelId(item.id)}`, `p${index + 1}`)}</conditionvar><setvar varname="SCORE" action="Add">${100 / n}</setvar></respcondition>`)
          .join('')}</resprocessing>` +
        general(`<p>The right order:</p><ol>${question.items.map((item) => `<li>${item.html}: ${item.explanation}</li>`).join('')}</ol>` + (question.explanation ? `<p>${question.explanation}</p>` : ''));
      break;
    }
  }
  return `<item ident="${id}" title="${escapeHtml(`Question ${question.number}`)}">${body}</item>`;
}

/** The package's files: the manifest, the quiz and Canvas's settings for it. */
export function canvasFiles(quiz: ExportQuiz, address: string | null): Record<string, string> {
  const id = `${quiz.lesson}-quiz`;
  const title = `${quiz.title}: ${quiz.model.title}`;
  const items = quiz.model.questions.map((question, index) => canvasItem(question, quiz.model.payload.questions[index]!.key, quiz, address));
  const assessment = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<questestinterop xmlns="${QTI12_NAMESPACE}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI12_NAMESPACE} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">`,
    `<assessment ident="${id}" title="${escapeHtml(title)}">`,
    `<qtimetadata>${field('cc_maxattempts', 1)}</qtimetadata>`,
    '<section ident="root_section">',
    ...items,
    '</section>',
    '</assessment>',
    '</questestinterop>',
    '',
  ].join('\n');
  const meta = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<quiz identifier="${id}" xmlns="http://canvas.instructure.com/xsd/cccv1p0" xmlns:xsi="${XSI}" xsi:schemaLocation="http://canvas.instructure.com/xsd/cccv1p0 https://canvas.instructure.com/xsd/cccv1p0.xsd">`,
    `<title>${escapeHtml(title)}</title>`,
    `<description>${escapeHtml(`<p>The quiz of lesson ${quiz.order} of Threshold, ${escapeHtml(quiz.title)}.</p>`)}</description>`,
    '<shuffle_answers>true</shuffle_answers>',
    '<scoring_policy>keep_highest</scoring_policy>',
    '<quiz_type>assignment</quiz_type>',
    `<points_possible>${quiz.model.questions.length}</points_possible>`,
    '<show_correct_answers>true</show_correct_answers>',
    '<allowed_attempts>1</allowed_attempts>',
    '</quiz>',
    '',
  ].join('\n');
  const manifest = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${quiz.lesson}-canvas" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:xsi="${XSI}" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd">`,
    '<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata>',
    '<organizations/>',
    '<resources>',
    `<resource identifier="${id}" type="imsqti_xmlv1p2"><file href="${id}/${id}.xml"/><dependency identifierref="${id}-meta"/></resource>`,
    `<resource identifier="${id}-meta" type="associatedcontent/imscc_xmlv1p1/learning-application-resource" href="${id}/assessment_meta.xml"><file href="${id}/assessment_meta.xml"/></resource>`,
    '</resources>',
    '</manifest>',
    '',
  ].join('\n');
  return { 'imsmanifest.xml': manifest, [`${id}/${id}.xml`]: assessment, [`${id}/assessment_meta.xml`]: meta };
}

export const canvasPackage = (quiz: ExportQuiz, address: string | null): Uint8Array => zipFiles(canvasFiles(quiz, address));
