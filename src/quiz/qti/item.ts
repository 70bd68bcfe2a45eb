import { escapeHtml } from '@/common/escape';
import { numberHtml } from '@/common/number';
import type { QuestionKey } from '..';
import type { QuestionModel } from '../model';

/** QTI 2.1's namespace and schema, declared on every item and test. */
export const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
export const QTI_SCHEMA = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** Where the question's text points: the lesson page, as an absolute address. */
export interface ItemContext {
  /** The item's identifier, e.g. `what-is-emergence-q3`. */
  identifier: string;
  /** The item's title in the LMS's question bank, e.g. "What is emergence? · question 3". */
  title: string;
  /** The lesson page's absolute address, e.g. `https://…/lessons/what-is-emergence/`. */
  lessonUrl: string;
  /** The site's origin, to make widget links absolute. */
  site: string;
}

const value = (text: string | number) => `<value>${escapeHtml(String(text))}</value>`;
const setScore = (expression: string) => `<setOutcomeValue identifier="SCORE">${expression}</setOutcomeValue>`;
const float = (n: number) => `<baseValue baseType="float">${n}</baseValue>`;

/** The option identifiers as QTI wants them: the quiz's letters `a`, `b` … upper-cased, `A`, `B` …. */
const choiceId = (id: string) => id.toUpperCase();

/**
 * One question as a QTI 2.1 `assessmentItem`. Single choice and predict-then-check become a
 * `choiceInteraction` with one answer, multiple select one with `maxChoices="0"` scored by a
 * mapping that matches the site's partial credit, numbers a `textEntryInteraction` of base type
 * float checked with `<equal>` and the question's tolerance, ordering an `orderInteraction`
 * (all or nothing: QTI has no operator for the site's share of pairs in order). Each option's
 * explanation is its `modalFeedback`, shown when it was chosen; the `SOLUTION` feedback, always
 * shown, gives the right answer, the full explanation and a link back to the lesson.
 */
export function qtiItem(question: QuestionModel, key: QuestionKey, context: ItemContext): string {
  const section = `<p>See <a href="${escapeHtml(context.lessonUrl + question.section.href)}">${escapeHtml(question.section.title)}</a> in the lesson.</p>`;
  const widget = question.widget
    ? `<p>Check it in the widget: <a href="${escapeHtml(new URL(question.widget.href, context.site).href)}">${escapeHtml(question.widget.title)} with ${escapeHtml(question.widget.settings)}</a>.</p>`
    : '';
  const parts = interaction(question, key, widget);
  const outcomes = [
    `<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue>${value(0)}</defaultValue></outcomeDeclaration>`,
    `<outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue>${value(1)}</defaultValue></outcomeDeclaration>`,
    `<outcomeDeclaration identifier="FEEDBACK" cardinality="multiple" baseType="identifier"/>`,
  ];
  const feedback = [
    ...parts.optionFeedback,
    `<modalFeedback outcomeIdentifier="FEEDBACK" identifier="SOLUTION" showHide="show" title="Answer and explanation">${parts.solution}${section}</modalFeedback>`,
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem xmlns="${QTI_NAMESPACE}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NAMESPACE} ${QTI_SCHEMA}"` +
      ` identifier="${escapeHtml(context.identifier)}" title="${escapeHtml(context.title)}" adaptive="false" timeDependent="false">`,
    parts.response,
    ...outcomes,
    `<itemBody>${parts.body}</itemBody>`,
    `<responseProcessing>${parts.processing}${parts.feedbackOutcome}</responseProcessing>`,
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

const solutionOnly = `<setOutcomeValue identifier="FEEDBACK"><multiple><baseValue baseType="identifier">SOLUTION</baseValue></multiple></setOutcomeValue>`;

function interaction(question: QuestionModel, key: QuestionKey, widget: string): Parts {
  const prompt = `<prompt>${question.prompt}</prompt>`;
  switch (key.type) {
    case 'single':
    case 'predict':
    case 'multiple': {
      const single = key.type !== 'multiple';
      const correct = single ? [key.correct] : key.correct;
      // The author's order: the LMS deals its own shuffle.
      const options = [...question.options].sort((a, b) => a.id.localeCompare(b.id));
      const choices = options.map((option) => `<simpleChoice identifier="${choiceId(option.id)}">${option.html}</simpleChoice>`).join('');
      const share = 1 / correct.length;
      const response = single
        ? `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse>${value(choiceId(key.correct as string))}</correctResponse></responseDeclaration>`
        : `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier"><correctResponse>${correct.map((id) => value(choiceId(id))).join('')}</correctResponse>` +
          `<mapping lowerBound="0" upperBound="1" defaultValue="0">${options
            .map((option) => `<mapEntry mapKey="${choiceId(option.id)}" mappedValue="${correct.includes(option.id) ? share : -share}"/>`)
            .join('')}</mapping></responseDeclaration>`;
      const processing = single
        ? `<responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>${setScore(float(1))}</responseIf>` +
          `<responseElse>${setScore(float(0))}</responseElse></responseCondition>`
        : `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>${setScore(float(0))}</responseIf>` +
          `<responseElse>${setScore('<mapResponse identifier="RESPONSE"/>')}</responseElse></responseCondition>`;
      // Show the chosen options' explanations and the solution; nothing chosen shows the solution alone.
      const feedbackOutcome =
        `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>${solutionOnly}</responseIf>` +
        `<responseElse><setOutcomeValue identifier="FEEDBACK"><multiple><variable identifier="RESPONSE"/><baseValue baseType="identifier">SOLUTION</baseValue></multiple></setOutcomeValue></responseElse></responseCondition>`;
      const right = options.filter((option) => option.correct);
      return {
        response,
        body: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="${single ? 1 : 0}">${prompt}${choices}</choiceInteraction>${widget}`,
        processing,
        feedbackOutcome,
        optionFeedback: options.map(
          (option) =>
            `<modalFeedback outcomeIdentifier="FEEDBACK" identifier="${choiceId(option.id)}" showHide="show">` +
            `<p><strong>${option.correct ? 'Right.' : 'Not right.'}</strong> ${option.html}</p><p>${option.explanation}</p></modalFeedback>`,
        ),
        solution:
          `<p>${right.length === 1 ? 'The right answer' : 'The right answers'}: ${right.map((option) => option.html).join('; ')}.</p>` +
          (single ? '' : '<p>Each right tick earns a share of the point and each wrong tick takes one away, never below zero.</p>') +
          `<ul>${options.map((option) => `<li><strong>${option.correct ? 'Right.' : 'Not right.'}</strong> ${option.html}: ${option.explanation}</li>`).join('')}</ul>`,
      };
    }
    case 'numeric': {
      const numeric = question.numeric!;
      const tolerance = key.tolerance.kind === 'absolute' ? key.tolerance.amount : key.tolerance.amount * 100;
      return {
        response: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float"><correctResponse>${value(key.answer)}</correctResponse></responseDeclaration>`,
        body: `<div>${question.prompt}</div><p>Your answer: <textEntryInteraction responseIdentifier="RESPONSE" expectedLength="12"/>${numeric.unit ? ` ${escapeHtml(numeric.unit)}` : ''}</p>`,
        // QTI's relative tolerance is a percentage; both bounds count, as on the site.
        processing:
          `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>${setScore(float(0))}</responseIf>` +
          `<responseElseIf><equal toleranceMode="${key.tolerance.kind}" tolerance="${tolerance}" includeLowerBound="true" includeUpperBound="true">` +
          `<variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal>${setScore(float(1))}</responseElseIf>` +
          `<responseElse>${setScore(float(0))}</responseElse></responseCondition>`,
        feedbackOutcome: solutionOnly,
        optionFeedback: [],
        solution:
          `<p>The answer is <strong>${numberHtml(numeric.answer)}</strong>${numeric.unit ? ` ${escapeHtml(numeric.unit)}` : ''}: ${numberHtml(numeric.accepted)}.</p>` +
          (question.explanation ? `<p>${question.explanation}</p>` : ''),
      };
    }
    case 'ordering': {
      const items = question.items.map((item) => `<simpleChoice identifier="${choiceId(item.id)}">${item.html}</simpleChoice>`).join('');
      return {
        response: `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${key.order.map((id) => value(choiceId(id))).join('')}</correctResponse></responseDeclaration>`,
        body: `<orderInteraction responseIdentifier="RESPONSE" shuffle="true">${prompt}${items}</orderInteraction>`,
        processing:
          `<responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>${setScore(float(1))}</responseIf>` +
          `<responseElse>${setScore(float(0))}</responseElse></responseCondition>`,
        feedbackOutcome: solutionOnly,
        optionFeedback: [],
        solution:
          `<p>The right order:</p><ol>${question.items.map((item) => `<li>${item.html}: ${item.explanation}</li>`).join('')}</ol>` +
          (question.explanation ? `<p>${question.explanation}</p>` : ''),
      };
    }
  }
}
