import { strToU8, zipSync } from 'fflate';
import { escapeHtml } from '@/common/escape';
import type { QuizModel } from '../model';
import { qtiItem, QTI_NAMESPACE, QTI_SCHEMA } from './item';

const CP_NAMESPACE = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const CP_SCHEMA = 'http://www.imsglobal.org/xsd/imscp_v1p1.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export interface PackageContext {
  /** The lesson's slug, which names the test and prefixes every identifier. */
  lesson: string;
  /** The lesson's title. */
  title: string;
  /** The site's origin and base, e.g. `https://threshold.example/`. */
  site: string;
}

/** The package's files by path: `imsmanifest.xml`, `assessment.xml` and one `items/qN.xml` per question. */
export function qtiFiles(model: QuizModel, { lesson, title, site }: PackageContext): Record<string, string> {
  const lessonUrl = new URL(`lessons/${lesson}/`, site).href;
  const items = model.questions.map((question, index) => ({
    id: `${lesson}-q${question.number}`,
    href: `items/q${question.number}.xml`,
    xml: qtiItem(question, model.payload.questions[index]!.key, {
      identifier: `${lesson}-q${question.number}`,
      title: `${title} · question ${question.number}`,
      lessonUrl,
      site,
    }),
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

/** A fixed time for every entry, so the same quiz always builds the same bytes. */
const ENTRY_TIME = new Date('2024-01-01T00:00:00Z');

/** The IMS content package: a zip with `imsmanifest.xml` at its root. */
export function qtiPackage(model: QuizModel, context: PackageContext): Uint8Array {
  const files = qtiFiles(model, context);
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, [strToU8(text), { mtime: ENTRY_TIME }]])), { level: 9 });
}

/** Where a lesson's package is served: `/instructors/qti/<lesson>.zip`. */
export const qtiHref = (base: string, lesson: string): string => `${base}instructors/qti/${lesson}.zip`;
