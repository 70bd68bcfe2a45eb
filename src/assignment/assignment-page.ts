import { readAssignment, type Assignment } from './link';
import type { Progress } from '@/progress';
import { percent } from '@/common/percent';
import { progressStore } from '@/progress/client';
import { downloadFile } from '@/common/download';
import { linkCatalog, readCatalog, type PageCatalog } from './catalog';
import { assignmentReport, checklist, reportCsv, reportFileName, reportJson, type AssignmentReport } from './report';

/** A date as the learner reads it, e.g. "1 December 2026"; due dates are calendar days, so read in UTC. */
const day = (date: string) => new Date(date.length === 10 ? `${date}T00:00:00Z` : date).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: date.length === 10 ? 'UTC' : undefined });

/** An element with text, never markup: everything here may come from the link. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/**
 * Reads the assignment from the page's link and shows it; the checklist and the report follow
 * the progress store, so they tick as the learner reads and takes quizzes in this tab or another.
 */
export function showAssignment(): void {
  const root = document.querySelector<HTMLElement>('[data-assignment]');
  if (!root) return;
  const catalog = readCatalog(root);
  const { assignment, problems } = readAssignment(location.search, linkCatalog(catalog));
  const find = <T extends HTMLElement = HTMLElement>(name: string) => root.querySelector<T>(`[data-${name}]`)!;

  if (problems.length > 0) {
    find('problem-list').replaceChildren(...problems.map((problem) => element('li', problem)));
    find('problems').hidden = false;
  }
  if (!assignment) {
    find('assignment-title').textContent = 'This assignment link cannot be opened';
    return;
  }
  showDetails(assignment, catalog, find);
  const store = progressStore();
  const learner = find<HTMLInputElement>('learner');
  let report: AssignmentReport;
  const update = (progress: Progress) => {
    report = assignmentReport(assignment, progress, catalog.lessons, { now: new Date().toISOString(), learner: learner.value });
    showChecklist(report, catalog, find);
    showReport(report, find);
  };
  store.subscribe(update);
  update(store.progress);
  learner.addEventListener('input', () => update(store.progress));
  find('assignment-body').hidden = false;

  root.querySelector('[data-action="csv"]')!.addEventListener('click', () => downloadFile(reportFileName(report, 'csv'), reportCsv(report), 'text/csv'));
  root.querySelector('[data-action="json"]')!.addEventListener('click', () => downloadFile(reportFileName(report, 'json'), reportJson(report), 'application/json'));
  root.querySelector('[data-action="print"]')!.addEventListener('click', () => print());
}

type Find = <T extends HTMLElement = HTMLElement>(name: string) => T;

function showDetails(assignment: Assignment, catalog: PageCatalog, find: Find): void {
  document.title = `${assignment.title} · Threshold`;
  find('assignment-title').textContent = assignment.title;
  const lessons = catalog.lessons.filter((lesson) => assignment.lessons.includes(lesson.slug));
  const minutes = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
  const quizzes = lessons.filter((lesson) => lesson.hasQuiz).length;
  const session = catalog.sessions.find((entry) => entry.number === assignment.session);
  find('assignment-summary').textContent =
    `${session ? `Session ${session.number}, ${session.title}: ` : ''}${lessons.length} ${lessons.length === 1 ? 'lesson' : 'lessons'} ` +
    `(about ${minutes} minutes of reading) and ${quizzes} ${quizzes === 1 ? 'quiz' : 'quizzes'}.`;
  if (assignment.due) {
    const due = find('due');
    due.replaceChildren(element('strong', 'Due: '), document.createTextNode(day(assignment.due)));
    due.hidden = false;
  }
  if (assignment.instructions) {
    find('instructions').textContent = assignment.instructions;
    find('instructions-box').hidden = false;
  }
}

function showChecklist(report: AssignmentReport, catalog: PageCatalog, find: Find): void {
  const items = checklist(report);
  const done = items.filter((item) => item.done).length;
  find('checklist-count').textContent = report.complete ? `All ${items.length} done.` : `${done} of ${items.length} done.`;
  find('checklist').replaceChildren(
    ...items.map((item) => {
      const lesson = catalog.lessons.find((entry) => entry.slug === item.lesson)!;
      const li = element('li', '', { 'data-item': `${item.kind}-${item.lesson}` });
      if (item.done) li.setAttribute('data-done', '');
      const href = item.kind === 'quiz' ? `${lesson.href}#quiz` : lesson.href;
      li.append(
        element('span', item.done ? '✓' : '○', { class: 'tick', 'aria-hidden': 'true' }),
        Object.assign(element('a', item.text), { href }),
        element('span', item.done ? ' (done)' : ' (to do)', { class: 'visually-hidden' }),
      );
      return li;
    }),
  );
}

function showReport(report: AssignmentReport, find: Find): void {
  find('report-rows').replaceChildren(
    ...report.rows.map((row) => {
      const tr = element('tr', '', { 'data-lesson': row.lesson });
      tr.append(
        element('th', row.title, { scope: 'row' }),
        element('td', row.read ? 'Yes' : row.lastVisit ? percent(row.readShare) : 'Not yet'),
        element('td', row.hasQuiz ? String(row.quizAttempts) : 'No quiz'),
        element('td', row.quizBest === undefined ? '—' : `${percent(row.quizBest)} (${row.mastery})`),
        element('td', row.lastVisit ? day(row.lastVisit) : '—'),
      );
      return tr;
    }),
  );
  find('learner-printed').textContent = report.learner ? `Learner: ${report.learner}` : '';
  find('report-time').textContent = `Report made ${day(report.generatedAt)} from this browser’s saved progress.`;
}
