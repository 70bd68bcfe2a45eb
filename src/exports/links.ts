import { escapeHtml } from '@/common/escape';
import { absoluteAt, NO_ADDRESS } from '@/common/site-address';
import type { OptionModel, QuestionModel } from '@/quiz/model';
import type { ExportQuiz } from './source';

/** The lesson page's absolute address, or `null` when the build has no public address. */
export const lessonUrl = (address: string | null, lesson: string): string | null => absoluteAt(address, `lessons/${lesson}/`);

/**
 * The sentence that sends a learner back to the lesson's section: a link when the site has a
 * public address, the section and lesson named in words (and that no address was configured) when not.
 */
export function sectionPointer(question: QuestionModel, quiz: ExportQuiz, address: string | null): string {
  const url = lessonUrl(address, quiz.lesson);
  const section = escapeHtml(question.section.title);
  return url
    ? `<p>See <a href="${escapeHtml(url + question.section.href)}">${section}</a> in the lesson.</p>`
    : `<p>See the section “${section}” of the lesson “${escapeHtml(quiz.title)}” (${NO_ADDRESS}).</p>`;
}

/** For a predict-then-check question: the widget to check the prediction in, linked when possible. */
export function widgetPointer(question: QuestionModel, address: string | null): string {
  const widget = question.widget;
  if (!widget) return '';
  const url = absoluteAt(address, widget.href);
  const name = `${escapeHtml(widget.title)} with ${escapeHtml(widget.settings)}`;
  return url ? `<p>Check it in the widget: <a href="${escapeHtml(url)}">${name}</a>.</p>` : `<p>Check it in the widget ${name} (${NO_ADDRESS}).</p>`;
}

/** For an option that draws on another section than its question: where to read up on it, as the site's feedback says. */
export function optionPointer(option: OptionModel, quiz: ExportQuiz, address: string | null): string {
  if (!option.section) return '';
  const url = lessonUrl(address, quiz.lesson);
  const section = escapeHtml(option.section.title);
  return url ? ` See <a href="${escapeHtml(url + option.section.href)}">${section}</a>.` : ` See the section “${section}” of the lesson.`;
}
