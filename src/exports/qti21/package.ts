import { escapeHtml } from '@/common/escape';
import { zipFiles } from '../zip';
import type { ExportQuiz } from '../source';
import { itemId, qtiItem, QTI_NAMESPACE, QTI_SCHEMA } from './item';

const CP_NAMESPACE = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const CP_SCHEMA = 'http://www.imsglobal.org/xsd/imscp_v1p1.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** The package's files by path: `imsmanifest.xml`, `assessment.xml` and one `items/qN.xml` per question. */
export function qtiFiles(quiz: ExportQuiz, address: string | null): Record<string, string> {
  const { lesson, title, model } = quiz;
  const items = model.questions.map((question, index) => ({
    id: itemId(lesson, question.number),
    href: `items/q${question.number}.xml`,
    xml: qtiItem(question, model.payload.questions[index]!.key, { quiz, index, address }),
  }));
  const testTitle = `${title}: ${model.title}`;
  const test = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentTest xmlns="${QTI_NAMESPACE}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NAMESPACE} ${QTI_SCHEMA}" identifier="${lesson}-quiz" title="${escapeHtml(testTitle)}">`,
    `<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>`,
    `<testPart identifier="${lesson}-part" navigationMode="nonlinear" submissionMode="simultaneous">`,
    `<assessmentSection identifier="${lesson}-section" title="${escapeHtml(testTitle)}" visible="true">`,
    ...items.map((item) => `<assessmentItemRef identifier="${item.id}" href="${item.href}"/>`),
    '</assessmentSection>',
    '</testPart>',
    `<outcomeProcessing><setOutcomeValue identifier="SCORE"><sum><testVariables variableIdentifier="SCORE"/></sum></setOutcomeValue></outcomeProcessing>`,
    '</assessmentTest>',
    '',
  ].join('\n');
  const manifest = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="${CP_NAMESPACE}" xmlns:xsi="${XSI}" xsi:schemaLocation="${CP_NAMESPACE} ${CP_SCHEMA}" identifier="${lesson}-package">`,
    '<metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>',
    '<organizations/>',
    '<resources>',
    `<resource identifier="${lesson}-quiz" type="imsqti_test_xmlv2p1" href="assessment.xml"><file href="assessment.xml"/>${items
      .map((item) => `<dependency identifierref="${item.id}"/>`)
      .join('')}</resource>`,
    ...items.map((item) => `<resource identifier="${item.id}" type="imsqti_item_xmlv2p1" href="${item.href}"><file href="${item.href}"/></resource>`),
    '</resources>',
    '</manifest>',
    '',
  ].join('\n');
  return { 'imsmanifest.xml': manifest, 'assessment.xml': test, ...Object.fromEntries(items.map((item) => [item.href, item.xml])) };
}

/** The IMS content package: a zip with `imsmanifest.xml` at its root. */
export const qtiPackage = (quiz: ExportQuiz, address: string | null): Uint8Array => zipFiles(qtiFiles(quiz, address));
