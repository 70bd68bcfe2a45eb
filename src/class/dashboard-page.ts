import { downloadFile } from '@/common/download';
import { percent } from '@/common/percent';
import { gradingRules, gradingRuleText, type GradingRule } from '@/common/graded';
import type { ClassSettings, ClassSettingsRequest, Removed, Report } from '@/server/protocol';
import { call, classApi, onClassMode } from './api';
import { element, say, table } from './dom';
import { keepInstructorKey, readInstructorKey } from './instructor-key';
import { joinLink } from './links';
import { describeAnswer, type QuizLegend } from './describe-answer';

/** The dashboard: asks for the key (kept in sessionStorage), then shows the class's report. */
export function dashboardPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-key-form]')!;
  const legend = JSON.parse(document.querySelector('[data-quiz-legend]')!.textContent!) as QuizLegend;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const key = String(new FormData(form).get('key')).trim();
    keepInstructorKey(key);
    form.reset();
    void load(key, legend);
  });
  onClassMode(() => {
    const key = readInstructorKey();
    if (key) void load(key, legend);
  });
}

async function load(key: string, legend: QuizLegend): Promise<void> {
  const status = document.querySelector<HTMLElement>('[data-status]')!;
  const holder = document.querySelector<HTMLElement>('[data-report]')!;
  say(status, 'Loading the class…');
  const result = await call<Report>('report', { credential: key });
  if (!result.ok) {
    if (result.status === 401 || result.status === 403) keepInstructorKey(null);
    holder.hidden = true;
    return say(status, result.error, 'error');
  }
  document.querySelector<HTMLElement>('[data-key-form]')!.hidden = true;
  holder.hidden = false;
  holder.replaceChildren(...(await render(result.data, legend, key)));
  say(status, `Showing “${result.data.class.name}”: ${result.data.roster.length} ${result.data.roster.length === 1 ? 'learner' : 'learners'}.`);
}

const lessonTitle = (legend: QuizLegend, lesson: string) => legend[lesson]?.title ?? lesson;

/** Lessons in course order, which is the legend's (built from the course); any the course no longer has come last. */
export function inCourseOrder(legend: QuizLegend, lessons: Iterable<string>): string[] {
  const order = Object.keys(legend);
  const rank = (lesson: string) => (order.includes(lesson) ? order.indexOf(lesson) : order.length);
  return [...new Set(lessons)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

async function render(report: Report, legend: QuizLegend, key: string): Promise<Node[]> {
  const lessons = inCourseOrder(legend, report.graded.map((entry) => entry.lesson));
  const graded = new Map(report.graded.map((entry) => [`${entry.learnerId}#${entry.lesson}`, entry]));
  const scores = report.graded.flatMap((entry) => (entry.score === null ? [] : [entry.score]));

  const header = element('section', undefined, { 'aria-labelledby': 'class-heading' });
  header.append(
    element('h2', report.class.name, { id: 'class-heading' }),
    element('p', `Join code ${report.class.joinCode} · join link ${joinLink(report.class.joinCode)}`),
    ...(report.class.assignment ? [element('p', `Assignment: ${report.class.assignment}`)] : []),
  );
  const gradebook = element('button', 'Download the gradebook (CSV)', { type: 'button' });
  gradebook.addEventListener('click', () => void downloadGradebook(key));
  const forget = element('button', 'Forget the key in this tab', { type: 'button' });
  forget.addEventListener('click', () => {
    keepInstructorKey(null);
    location.reload();
  });
  header.append(gradingForm(report.gradingRule, key, legend), gradebook, forget);

  const roster = element('section', undefined, { 'aria-labelledby': 'roster-heading' });
  roster.append(element('h2', 'Roster', { id: 'roster-heading' }));
  if (report.roster.length === 0) roster.append(element('p', 'Nobody has joined yet. Share the join code or link.'));
  else
    roster.append(
      table(
        'Learners, their attempts and finished lessons',
        ['Learner', 'Joined', 'Quiz attempts', 'Lessons finished', 'Data'],
        report.roster.map((learner) => [learner.name, new Date(learner.joinedAt).toLocaleDateString(), learner.attempts, learner.completed, removeButton(learner, key, legend)]),
      ),
    );

  const progress = element('section', undefined, { 'aria-labelledby': 'progress-heading' });
  progress.append(element('h2', 'Lessons and graded scores', { id: 'progress-heading' }));
  progress.append(
    report.completion.length === 0
      ? element('p', 'No lesson finished yet.')
      : table('Learners who finished each lesson', ['Lesson', 'Learners'], inCourseOrder(legend, report.completion.map((entry) => entry.lesson)).map((lesson) => [lessonTitle(legend, lesson), report.completion.find((entry) => entry.lesson === lesson)!.learners])),
  );
  if (lessons.length > 0) {
    progress.append(
      element('p', `Graded score: ${gradingRuleText[report.gradingRule]}. “Not yet” marks a learner who tried the quiz without an attempt that counts.`),
      table(
        'Graded quiz score of each learner, per lesson',
        ['Learner', ...lessons.map((lesson) => lessonTitle(legend, lesson))],
        report.roster.map((learner) => [learner.name, ...lessons.map((lesson) => gradedCell(graded.get(`${learner.id}#${lesson}`)))]),
      ),
    );
    if (scores.length === 0) progress.append(element('p', 'No attempt counts for a grade yet, so there is no spread to chart.'));
    else {
      const { scoreChart } = await import('./score-chart');
      progress.append(scoreChart(scores));
    }
  }

  const items = element('section', undefined, { 'aria-labelledby': 'items-heading' });
  items.append(element('h2', 'Question by question', { id: 'items-heading' }));
  if (report.items.length === 0) items.append(element('p', 'No answers yet.'));
  for (const lesson of inCourseOrder(legend, report.items.map((item) => item.lesson))) {
    const questions = legend[lesson]?.questions ?? [];
    items.append(
      table(
        `${lessonTitle(legend, lesson)}: each question’s share of fully right answers and its most common wrong answer, over graded attempts`,
        ['Question', 'Answers', 'Fully right', 'Most common wrong answer'],
        report.items
          .filter((item) => item.lesson === lesson)
          .map((item) => [
            promptCell(lesson, item.question, questions[item.question]?.prompt ?? ''),
            item.answers,
            percent(item.correct),
            item.commonWrong === null ? '—' : `${describeAnswer(item.commonWrong, questions[item.question]?.options ?? {})} (${item.commonWrongCount})`,
          ]),
      ),
    );
  }
  return [header, roster, progress, items];
}

/** A question's number and prompt, its formulas typeset (from the page's build-time templates), or as plain text. */
function promptCell(lesson: string, question: number, plainPrompt: string): Node {
  const cell = element('span', `${question + 1}. `);
  const typeset = document.querySelector<HTMLTemplateElement>(`template[data-prompt="${CSS.escape(`${lesson}:${question}`)}"]`);
  cell.append(typeset ? typeset.content.cloneNode(true) : document.createTextNode(plainPrompt));
  return cell;
}

function gradedCell(entry: Report['graded'][number] | undefined): string {
  if (!entry) return '—';
  return entry.score === null ? `Not yet (${entry.attempts} ${entry.attempts === 1 ? 'attempt' : 'attempts'})` : percent(entry.score);
}

/** The class's grading rule, changed in place: the report is reloaded so every score follows the new rule. */
function gradingForm(current: GradingRule, key: string, legend: QuizLegend): HTMLFormElement {
  const form = element('form', undefined, { class: 'grading-rule', 'data-grading-form': '' });
  const fieldset = element('fieldset');
  fieldset.append(element('legend', 'Which quiz attempt is graded'));
  for (const rule of gradingRules) {
    const label = element('label');
    const input = element('input', undefined, { type: 'radio', name: 'gradingRule', value: rule });
    input.checked = rule === current;
    label.append(input, ` ${gradingRuleText[rule][0]!.toUpperCase()}${gradingRuleText[rule].slice(1)}`);
    fieldset.append(label);
  }
  form.append(fieldset, element('button', 'Save the grading rule', { type: 'submit' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = document.querySelector<HTMLElement>('[data-status]')!;
    const gradingRule = String(new FormData(form).get('gradingRule')) as GradingRule;
    const result = await call<ClassSettings>('settings', { method: 'POST', body: { gradingRule } satisfies ClassSettingsRequest, credential: key });
    if (!result.ok) return say(status, result.error, 'error');
    await load(key, legend);
    say(status, `Saved: ${gradingRuleText[result.data.class.gradingRule]}. Scores and the gradebook follow this rule.`);
  });
  return form;
}

function removeButton(learner: Report['roster'][number], key: string, legend: QuizLegend): HTMLButtonElement {
  const button = element('button', `Remove ${learner.name}…`, { type: 'button', class: 'danger' });
  button.addEventListener('click', async () => {
    if (!confirm(`Remove ${learner.name} and every attempt and finished lesson of theirs? This cannot be undone.`)) return;
    const status = document.querySelector<HTMLElement>('[data-status]')!;
    const result = await call<Removed>(`learners/${encodeURIComponent(learner.id)}`, { method: 'DELETE', credential: key });
    if (!result.ok) return say(status, result.error, 'error');
    await load(key, legend);
    say(status, `${learner.name} and all their records were removed.`);
  });
  return button;
}

async function downloadGradebook(key: string): Promise<void> {
  const status = document.querySelector<HTMLElement>('[data-status]')!;
  let response: Response;
  try {
    response = await fetch(classApi('gradebook'), { headers: { Authorization: `Bearer ${key}` }, cache: 'no-store' });
  } catch {
    return say(status, 'The class server could not be reached.', 'error');
  }
  if (!response.ok) return say(status, `The gradebook could not be made (${response.status}).`, 'error');
  downloadFile('gradebook.csv', await response.text(), 'text/csv');
  say(status, 'The gradebook was saved as gradebook.csv.');
}
