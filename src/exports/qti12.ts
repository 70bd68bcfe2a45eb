import { escapeHtml } from '@/common/escape';
import { texMath } from './math';

/** QTI 1.2's namespace: Canvas's quizzes and Common Cartridge's assessments both use it. */
export const QTI12_NAMESPACE = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';

/** HTML (math as TeX) inside a `mattext`, escaped as the format wants it. */
export const mattext = (html: string) => `<material><mattext texttype="text/html">${escapeHtml(texMath(html))}</mattext></material>`;
export const field = (label: string, entry: string | number) => `<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${escapeHtml(String(entry))}</fieldentry></qtimetadatafield>`;
export const varequal = (respident: string, value: string | number) => `<varequal respident="${respident}">${escapeHtml(String(value))}</varequal>`;
export const feedback = (ident: string, html: string) => `<itemfeedback ident="${ident}"><flow_mat>${mattext(html)}</flow_mat></itemfeedback>`;
export const showFeedback = (condition: string, ident: string, type = 'Response') =>
  `<respcondition continue="Yes"><conditionvar>${condition}</conditionvar><displayfeedback feedbacktype="${type}" linkrefid="${ident}"/></respcondition>`;
export const setScore = (condition: string, score: number) =>
  `<respcondition continue="No"><conditionvar>${condition}</conditionvar><setvar action="Set" varname="SCORE">${score}</setvar></respcondition>`;
export const outcomes = '<outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>';

/** The response identifier of an option: its position in the quiz file, from 1, as Canvas numbers answers. */
export const labelId = (letter: string) => String(letter.charCodeAt(0) - 96);
