import { escapeHtml } from '@/common/escape';
import { numberHtml } from '@/common/number';
import type { QuestionKey } from '@/quiz';
import type { OptionModel, QuestionModel } from '@/quiz/model';
import { optionWeights } from '../credit';
import { optionPointer, sectionPointer, widgetPointer } from '../links';
import type { ExportQuiz } from '../source';

/** QTI 2.1's namespace and schema, declared on every item and test. */
export const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
export const QTI_SCHEMA = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export interface ItemContext {
  quiz: ExportQuiz;
  /** The question's index in the quiz. */
  index: number;
  /** The site's public address, or `null`. */
  address: string | null;
}

const value = (text: string | number) => `<value>${escapeHtml(String(text))}</value>`;
const setScore = (expression: string) => `<setOutcomeValue identifier="SCORE">${expression}</setOutcomeValue>`;
const float = (n: number) => `<baseValue baseType="float">${n}</baseValue>`;
const feedbackIds = (...ids: string[]) =>
  `<setOutcomeValue identifier="FEEDBACK"><multiple>${ids.map((id) => (id.startsWith('<') ? id : `<baseValue baseType="identifier">${id}</baseValue>`)).join('')}</multiple></setOutcomeValue>`;

/** The option identifiers as QTI wants them: the quiz's letters `a`, `b` … upper-cased, `A`, `B` …. */
export const choiceId = (id: string) => id.toUpperCase();

/** The item's identifier: `what-is-emergence-q3`. */
export const itemId = (lesson: string, number: number) => `${lesson}-q${number}`;

/**
 * One question as a QTI 2.1 `assessmentItem`. Single choice and predict-then-check become a
 * `choiceInteraction` with one answer, multiple select one with `maxChoices="0"` scored by a
 * mapping whose weights come from the site's partial-credit rule, numbers a `textEntryInteraction`
 * of base type float checked with `<equal>` (the correct value first: QTI takes a relative
 * tolerance around the first operand), ordering an `orderInteraction` scored by the site's rule,
 * the share of pairs of items in the right order, counted pair by pair with `index` and `match`
 * (see `pairsInOrderProcessing`); its correct response is the whole order, for players that show
 * it. Options are listed as a first attempt deals them, with `shuffle` on so a player deals its
 * own order. Each option's explanation is its `modalFeedback`, shown when it was chosen; the
 * `SOLUTION` feedback gives the right answer, the full explanation and the way back to the
 * lesson. Hints are a `HINT` feedback behind an `endAttemptInteraction` ("Show hints") in an
 * adaptive item, the pattern QTI 2.1 gives for hints.
 */
export function qtiItem(question: QuestionModel, key: QuestionKey, context: ItemContext): string {
  const { quiz, index, address } = context;
  const shuffle = quiz.model.payload.questions[index]!.shuffle;
  const parts = interaction(question, key, widgetPointer(question, address), shuffle, (option) => optionPointer(option, quiz, address));
  const hinted = question.hints.length > 0;
  const outcomes = [
    `<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue>${value(0)}</defaultValue></outcomeDeclaration>`,
    `<outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue>${value(1)}</defaultValue></outcomeDeclaration>`,
    `<outcomeDeclaration identifier="FEEDBACK" cardinality="multiple" baseType="identifier"/>`,
  ];
  const scoring = parts.processing + parts.feedbackOutcome;
  // A hint request shows the hints and leaves the attempt open; any other submission is scored and ends it.
  const processing = hinted
    ? `<responseCondition><responseIf><variable identifier="HINTREQUEST"/>${feedbackIds('HINT')}</responseIf>` +
      `<responseElse>${scoring}<setOutcomeValue identifier="completionStatus"><baseValue baseType="identifier">completed</baseValue></setOutcomeValue></responseElse></responseCondition>`
    : scoring;
  const feedback = [
    ...parts.optionFeedback,
    `<modalFeedback outcomeIdentifier="FEEDBACK" identifier="SOLUTION" showHide="show" title="Answer and explanation">${parts.solution}${sectionPointer(question, quiz, address)}</modalFeedback>`,
    ...(hinted
      ? [`<modalFeedback outcomeIdentifier="FEEDBACK" identifier="HINT" showHide="show" title="Hints"><ol>${question.hints.map((hint) => `<li>${hint}</li>`).join('')}</ol></modalFeedback>`]
      : []),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem xmlns="${QTI_NAMESPACE}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NAMESPACE} ${QTI_SCHEMA}"` +
      ` identifier="${escapeHtml(itemId(quiz.lesson, question.number))}" title="${escapeHtml(`${quiz.title} · question ${question.number}`)}" adaptive="${hinted}" timeDependent="false">`,
    parts.response,
    ...(hinted ? ['<responseDeclaration identifier="HINTREQUEST" cardinality="single" baseType="boolean"/>'] : []),
    ...outcomes,
    `<itemBody>${parts.body}${hinted ? '<p><endAttemptInteraction responseIdentifier="HINTREQUEST" title="Show hints"/></p>' : ''}</itemBody>`,
    `<responseProcessing>${processing}</responseProcessing>`,
    ...feedback,
    '</assessmentItem>',
    '',
  ].join('\n');
}

interface Parts {
  response: string;
  body: string;
  processing: string;
  /** Sets FEEDBACK to the identifiers of the feedback to show. */
  feedbackOutcome: string;
  optionFeedback: string[];
  solution: string;
}

const solutionOnly = feedbackIds('SOLUTION');

function interaction(question: QuestionModel, key: QuestionKey, widget: string, shuffle: boolean, pointer: (option: OptionModel) => string): Parts {
  const prompt = `<prompt>${question.prompt}</prompt>`;
  switch (key.type) {
    case 'single':
    case 'predict':
    case 'multiple': {
      const single = key.type !== 'multiple';
      const correct = single ? [key.correct] : key.correct;
      // As a first attempt deals them: the package never lists the right option first by construction.
      const options = question.options;
      const choices = options.map((option) => `<simpleChoice identifier="${choiceId(option.id)}">${option.html}</simpleChoice>`).join('');
      const weights = key.type === 'multiple' ? optionWeights(key) : undefined;
      const response = single
        ? `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse>${value(choiceId(key.correct as string))}</correctResponse></responseDeclaration>`
        : `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier"><correctResponse>${correct.map((id) => value(choiceId(id))).join('')}</correctResponse>` +
          `<mapping lowerBound="0" upperBound="1" defaultValue="0">${options
            .map((option) => `<mapEntry mapKey="${choiceId(option.id)}" mappedValue="${weights!.get(option.id)}"/>`)
            .join('')}</mapping></responseDeclaration>`;
      const processing = single
        ? `<responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>${setScore(float(1))}</responseIf>` +
          `<responseElse>${setScore(float(0))}</responseElse></responseCondition>`
        : `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>${setScore(float(0))}</responseIf>` +
          `<responseElse>${setScore('<mapResponse identifier="RESPONSE"/>')}</responseElse></responseCondition>`;
      // Show the chosen options' explanations and the solution; nothing chosen shows the solution alone.
      const feedbackOutcome =
        `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>${solutionOnly}</responseIf>` +
        `<responseElse>${feedbackIds('<variable identifier="RESPONSE"/>', 'SOLUTION')}</responseElse></responseCondition>`;
      const right = options.filter((option) => option.correct);
      return {
        response,
        body: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="${shuffle}" maxChoices="${single ? 1 : 0}">${prompt}${choices}</choiceInteraction>${widget}`,
        processing,
        feedbackOutcome,
        optionFeedback: options.map(
          (option) =>
            `<modalFeedback outcomeIdentifier="FEEDBACK" identifier="${choiceId(option.id)}" showHide="show">` +
            `<p><strong>${option.correct ? 'Right.' : 'Not right.'}</strong> ${option.html}</p><p>${option.explanation}${pointer(option)}</p></modalFeedback>`,
        ),
        solution:
          `<p>${right.length === 1 ? 'The right answer' : 'The right answers'}: ${right.map((option) => option.html).join('; ')}.</p>` +
          (single ? '' : '<p>Each right tick earns a share of the point and each wrong tick takes one away, never below zero.</p>') +
          `<ul>${options.map((option) => `<li><strong>${option.correct ? 'Right.' : 'Not right.'}</strong> ${option.html}: ${option.explanation}</li>`).join('')}</ul>`,
      };
    }
    case 'numeric': {
      const numeric = question.numeric!;
      // QTI's relative tolerance is a percentage.
      const tolerance = key.tolerance.kind === 'absolute' ? key.tolerance.amount : key.tolerance.amount * 100;
      return {
        response: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float"><correctResponse>${value(key.answer)}</correctResponse></responseDeclaration>`,
        body: `<div>${question.prompt}</div><p>Your answer: <textEntryInteraction responseIdentifier="RESPONSE" expectedLength="12"/>${numeric.unit ? ` ${escapeHtml(numeric.unit)}` : ''}</p>`,
        // The correct value comes first: QTI 2.1 measures a relative tolerance from the first
        // operand. Both bounds count, as on the site.
        processing:
          `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>${setScore(float(0))}</responseIf>` +
          `<responseElseIf><equal toleranceMode="${key.tolerance.kind}" tolerance="${tolerance}" includeLowerBound="true" includeUpperBound="true">` +
          `<correct identifier="RESPONSE"/><variable identifier="RESPONSE"/></equal>${setScore(float(1))}</responseElseIf>` +
          `<responseElse>${setScore(float(0))}</responseElse></responseCondition>`,
        feedbackOutcome: solutionOnly,
        optionFeedback: [],
        solution:
          `<p>The answer is <strong>${numberHtml(numeric.answer)}</strong>${numeric.unit ? ` ${escapeHtml(numeric.unit)}` : ''}: ${numberHtml(numeric.accepted)}.</p>` +
          (question.explanation ? `<p>${question.explanation}</p>` : ''),
      };
    }
    case 'ordering': {
      const items = question.dealt.map((item) => `<simpleChoice identifier="${choiceId(item.id)}">${item.html}</simpleChoice>`).join('');
      return {
        response: `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${key.order.map((id) => value(choiceId(id))).join('')}</correctResponse></responseDeclaration>`,
        body: `<orderInteraction responseIdentifier="RESPONSE" shuffle="true">${prompt}${items}</orderInteraction>`,
        processing: pairsInOrderProcessing(key.order.map(choiceId)),
        feedbackOutcome: solutionOnly,
        optionFeedback: [],
        solution:
          `<p>The right order:</p><ol>${question.items.map((item) => `<li>${item.html}: ${item.explanation}</li>`).join('')}</ol>` +
          (question.explanation ? `<p>${question.explanation}</p>` : ''),
      };
    }
  }
}

/** `expressions` joined by `operator`, or the one expression alone. */
const either = (operator: 'and' | 'or', expressions: string[]) => (expressions.length === 1 ? expressions[0]! : `<${operator}>${expressions.join('')}</${operator}>`);

/** True when the response's item at `position` (1-based) is `id`; NULL past the end of a shorter response. */
const at = (position: number, id: string) =>
  `<match><index n="${position}"><variable identifier="RESPONSE"/></index><baseValue baseType="identifier">${id}</baseValue></match>`;

/**
 * The site's ordering rule (`pairsInOrder`): the share of the n(n − 1)/2 pairs of items that the
 * response places the same way round as `order`. SCORE first counts the pairs in order, one
 * condition per pair "A before B": some position p holds A and some later position q holds B
 * (`index` reads the n-th item of the ordered response). The count is then divided by the number
 * of pairs, as the site divides, so SCORE is the site's value to the last bit. No response scores
 * 0; SCORE is reset before counting, as an adaptive item keeps its outcomes from one attempt to
 * the next.
 */
function pairsInOrderProcessing(order: readonly string[]): string {
  const n = order.length;
  const pairs = (n * (n - 1)) / 2;
  const counts: string[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const positions = Array.from({ length: n - 1 }, (_, p) => p + 1);
      const before = either(
        'or',
        positions.map((p) => either('and', [at(p, order[a]!), either('or', Array.from({ length: n - p }, (_, q) => at(p + 1 + q, order[b]!)))])),
      );
      counts.push(`<responseCondition><responseIf>${before}${setScore(`<sum><variable identifier="SCORE"/>${float(1)}</sum>`)}</responseIf></responseCondition>`);
    }
  }
  // One item has no pairs: the site counts any order of it as right.
  const score = pairs === 0 ? setScore(float(1)) : setScore(float(0)) + counts.join('') + setScore(`<divide><variable identifier="SCORE"/>${float(pairs)}</divide>`);
  return `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>${setScore(float(0))}</responseIf><responseElse>${score}</responseElse></responseCondition>`;
}
