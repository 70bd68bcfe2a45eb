import { escapeHtml } from '@/common/escape';
import { absoluteAt, NO_ADDRESS } from '@/common/site-address';
import { lessonUrl } from '../links';
import { texMath } from '../math';
import type { ExportCourse, ExportSession } from '../source';
import { zipFiles } from '../zip';
import { ccAssessment } from './assessment';

const CC = 'http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1';
const LOM = 'http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest';
const WL = 'http://www.imsglobal.org/xsd/imsccv1p3/imswl_v1p3';
const PROFILE = 'http://www.imsglobal.org/profile/cc/ccv1p3';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const COURSE = 'Threshold: emergent abilities of large language models';

/** A standalone HTML page, as a cartridge's web content. */
const page = (title: string, body: string) =>
  `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n<h1>${escapeHtml(title)}</h1>\n${texMath(body)}\n</body>\n</html>\n`;

/** A session's handout as a page: the plan an instructor teaches from, with links to the live course when it has an address. */
function handout(session: ExportSession, course: ExportCourse, address: string | null): string {
  const { model } = session;
  const titleOf = (slug: string) => course.lessons.find((lesson) => lesson.slug === slug)?.title ?? slug;
  const link = (href: string, text: string) => {
    const url = absoluteAt(address, href);
    return url ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : `${escapeHtml(text)} (${NO_ADDRESS})`;
  };
  return page(
    `Session ${session.number}: ${session.title}`,
    [
      `<p>${escapeHtml(session.summary)}</p>`,
      `<p>${session.minutes} minutes · lessons ${session.lessons.map((slug) => escapeHtml(titleOf(slug))).join(' and ')}</p>`,
      '<h2>Objectives</h2>',
      `<ul>${model.objectives.map((objective) => `<li>${objective}</li>`).join('')}</ul>`,
      '<h2>Pre-work</h2>',
      `<ul>${model.prework.map(({ lesson, focus }) => `<li>${escapeHtml(titleOf(lesson))}: ${focus}</li>`).join('')}</ul>`,
      '<h2>Activities</h2>',
      ...model.activities.map(
        (activity) =>
          `<h3>${escapeHtml(activity.title)}</h3><p>Open ${link(activity.link.href, `${activity.link.title} with ${activity.link.settings}`)}.</p>` +
          `<ol>${activity.steps.map((step) => `<li>${step}</li>`).join('')}</ol>` +
          (activity.notice.length ? `<p>What to notice:</p><ul>${activity.notice.map((line) => `<li>${line}</li>`).join('')}</ul>` : ''),
      ),
      '<h2>Discussion</h2>',
      `<ol>${model.discussion.map(({ prompt, followUps }) => `<li>${prompt}${followUps.length ? `<ul>${followUps.map((line) => `<li>${line}</li>`).join('')}</ul>` : ''}</li>`).join('')}</ol>`,
      '<h2>Timing</h2>',
      `<table><thead><tr><th>Start</th><th>Minutes</th><th>What</th></tr></thead><tbody>${model.timing.map((step) => `<tr><td>${step.start}′</td><td>${step.minutes}</td><td>${step.what}</td></tr>`).join('')}</tbody></table>`,
    ].join('\n'),
  );
}

/**
 * The whole course as an IMS Common Cartridge 1.3 (`threshold.imscc`), for any LMS: one module per
 * session holding its lessons as web links to the live course, its quizzes as CC assessments and
 * its handout as a page; lessons no session names close the course in a module of their own. With
 * no public address there are no web links, and a page says so.
 */
export function cartridgeFiles(course: ExportCourse, address: string | null): Record<string, string> {
  const files: Record<string, string> = {};
  const resources: string[] = [];
  const link = (slug: string) => `link-${slug}`;
  const quizId = (slug: string) => `quiz-${slug}`;
  for (const lesson of course.lessons) {
    const url = lessonUrl(address, lesson.slug);
    if (!url) continue;
    files[`links/${lesson.slug}.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?>\n<webLink xmlns="${WL}" xmlns:xsi="${XSI}" xsi:schemaLocation="${WL} ${PROFILE}/ccv1p3_imswl_v1p3.xsd">` +
      `<title>${escapeHtml(`Lesson ${lesson.order}: ${lesson.title}`)}</title><url href="${escapeHtml(url)}" target="_blank"/></webLink>\n`;
    resources.push(`<resource identifier="${link(lesson.slug)}" type="imswl_xmlv1p3"><file href="links/${lesson.slug}.xml"/></resource>`);
  }
  for (const quiz of course.quizzes) {
    files[`quizzes/${quiz.lesson}/assessment.xml`] = ccAssessment(quiz, address);
    resources.push(`<resource identifier="${quizId(quiz.lesson)}" type="imsqti_xmlv1p2/imscc_xmlv1p3/assessment"><file href="quizzes/${quiz.lesson}/assessment.xml"/></resource>`);
  }
  for (const session of course.sessions) {
    files[`handouts/${session.slug}.html`] = handout(session, course, address);
    resources.push(`<resource identifier="handout-${session.slug}" type="webcontent" href="handouts/${session.slug}.html"><file href="handouts/${session.slug}.html"/></resource>`);
  }
  files['about.html'] = page(
    COURSE,
    address
      ? `<p>The course is online at <a href="${escapeHtml(address)}">${escapeHtml(address)}</a>; each lesson in this cartridge is a link to its page there.</p>`
      : `<p>This cartridge was built with ${NO_ADDRESS}, so it holds no links to the lessons: each module has its quizzes and handout, and learners read the lessons wherever the course is served.</p>`,
  );
  resources.unshift(`<resource identifier="about" type="webcontent" href="about.html"><file href="about.html"/></resource>`);

  const entries = (slugs: readonly string[], prefix: string) =>
    slugs.flatMap((slug) => {
      const lesson = course.lessons.find((candidate) => candidate.slug === slug)!;
      const quiz = course.quizzes.find((candidate) => candidate.lesson === slug);
      return [
        ...(files[`links/${slug}.xml`] ? [`<item identifier="${prefix}-${link(slug)}" identifierref="${link(slug)}"><title>${escapeHtml(`Lesson ${lesson.order}: ${lesson.title}`)}</title></item>`] : []),
        ...(quiz ? [`<item identifier="${prefix}-${quizId(slug)}" identifierref="${quizId(slug)}"><title>${escapeHtml(`Quiz: ${lesson.title}`)}</title></item>`] : []),
      ];
    });
  const inSessions = new Set(course.sessions.flatMap((session) => session.lessons));
  const rest = course.lessons.map((lesson) => lesson.slug).filter((slug) => !inSessions.has(slug));
  const modules = [
    `<item identifier="module-about" identifierref="about"><title>About this course</title></item>`,
    ...course.sessions.map(
      (session) =>
        `<item identifier="module-${session.slug}"><title>${escapeHtml(`Session ${session.number}: ${session.title}`)}</title>` +
        entries(session.lessons, session.slug).join('') +
        `<item identifier="${session.slug}-handout" identifierref="handout-${session.slug}"><title>Handout</title></item></item>`,
    ),
    ...(rest.length ? [`<item identifier="module-more"><title>More lessons</title>${entries(rest, 'more').join('')}</item>`] : []),
  ];
  files['imsmanifest.xml'] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="threshold-cartridge" xmlns="${CC}" xmlns:lomimscc="${LOM}" xmlns:xsi="${XSI}" xsi:schemaLocation="${CC} ${PROFILE}/ccv1p3_imscp_v1p2_v1p0.xsd ${LOM} ${PROFILE}/LOM/ccv1p3_lommanifest_v1p0.xsd">`,
    `<metadata><schema>IMS Common Cartridge</schema><schemaversion>1.3.0</schemaversion><lomimscc:lom><lomimscc:general><lomimscc:title><lomimscc:string language="en">${escapeHtml(COURSE)}</lomimscc:string></lomimscc:title></lomimscc:general></lomimscc:lom></metadata>`,
    `<organizations><organization identifier="organization" structure="rooted-hierarchy"><item identifier="root">${modules.join('')}</item></organization></organizations>`,
    `<resources>${resources.join('')}</resources>`,
    '</manifest>',
    '',
  ].join('\n');
  return files;
}

export const cartridge = (course: ExportCourse, address: string | null): Uint8Array => zipFiles(cartridgeFiles(course, address));
