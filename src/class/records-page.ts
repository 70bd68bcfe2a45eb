import { downloadFile } from '@/common/download';
import { defaultGradingRule, gradedAttempt, gradingRuleText, type GradingRule } from '@/common/graded';
import { percent } from '@/common/percent';
import type { MyRecords } from '@/server/protocol';
import { call, onClassMode } from './api';
import { element, say, table } from './dom';
import { readMembership } from './membership';
import { classOutbox } from './submit';

const when = (iso: string) => new Date(iso).toLocaleString();

/** Why an attempt is not the graded one, where the rule says. */
function notGraded(rule: GradingRule, attempt: { complete: boolean; answersShown: boolean }): string {
  if (rule === 'first' && !attempt.complete) return 'No (not every question answered)';
  if (rule === 'best-before-answers' && attempt.answersShown) return 'No (made after the answers were shown)';
  return 'No';
}
const share = (points: number, of: number) => percent(points / of);

/** The learner's own records, read with their token; anything still queued is sent first. */
export function recordsPage(): void {
  onClassMode(() => void show());
}

async function show(): Promise<void> {
  const status = document.querySelector<HTMLElement>('[data-status]')!;
  const membership = readMembership();
  if (!membership) {
    document.querySelector<HTMLElement>('[data-not-member]')!.hidden = false;
    return;
  }
  document.querySelector<HTMLElement>('[data-member]')!.hidden = false;
  const left = await classOutbox(membership).flush();
  document.querySelector('[data-pending]')!.textContent =
    left === 0 ? 'Everything this browser recorded has reached the class server.' : `${left} submissions are waiting for a connection and will be sent when it returns.`;
  const result = await call<MyRecords>('me', { credential: membership.token });
  if (!result.ok) return say(status, result.error, 'error');
  const records = result.data;
  document.querySelector('[data-who]')!.textContent = `${records.learner.name}, in “${records.class?.name ?? 'a class'}” since ${when(records.learner.joinedAt)}.`;
  const holder = document.querySelector<HTMLElement>('[data-records]')!;
  // The attempt that counts at each lesson, by the class's rule: the one the instructor sees.
  const rule = records.class?.gradingRule ?? defaultGradingRule;
  const graded = new Set([...new Set(records.attempts.map((attempt) => attempt.lesson))].map((lesson) => gradedAttempt(records.attempts.filter((attempt) => attempt.lesson === lesson), rule)?.key));
  holder.replaceChildren(
    element('h2', 'Quiz attempts'),
    element('p', `Your class grades each quiz by one attempt: ${gradingRuleText[rule]}.`),
    records.attempts.length === 0
      ? element('p', 'No quiz attempts yet.')
      : table(
          'Your quiz attempts, oldest first',
          ['Lesson', 'When', 'Score', 'Questions right', 'Graded'],
          records.attempts.map((attempt) => [
            attempt.lesson,
            when(attempt.at),
            share(attempt.points, attempt.of),
            attempt.answers.length ? `${attempt.answers.filter((answer) => answer.credit >= 1).length} of ${attempt.of}` : '—',
            graded.has(attempt.key) ? 'Yes, this one counts' : notGraded(rule, attempt),
          ]),
        ),
    element('h2', 'Finished lessons'),
    records.completions.length === 0
      ? element('p', 'No lesson finished yet.')
      : table('Lessons you finished', ['Lesson', 'When'], records.completions.map((completion) => [completion.lesson, when(completion.at)])),
  );
  document.querySelector('[data-export]')!.addEventListener('click', () => {
    downloadFile('threshold-class-records.json', JSON.stringify(records, null, 2), 'application/json');
    say(status, 'Your records were saved as threshold-class-records.json.');
  });
}
