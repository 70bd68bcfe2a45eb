import { masteryLabel } from './mastery';
import { isRead, lessonSummary, type Progress } from './';
import { describeLesson, quizStatus } from './status';

/**
 * Fills every `[data-progress-for="<lesson>"]` element with that lesson's progress: a short
 * mark in the sidebar (`data-progress-style="short"`: a reading icon, or the quiz's mastery
 * level once there is one), a sentence on the home page cards. `data-state` says which:
 * `new`, `visited` or the mastery level.
 */
export function showMarks(progress: Progress, root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-progress-for]')) {
    const lesson = element.dataset.progressFor!;
    const summary = lessonSummary(progress, lesson);
    const quiz = quizStatus(summary.quiz);
    const long = describeLesson(progress, lesson);
    element.dataset.state = quiz ? quiz.mastery : summary.visited ? 'visited' : 'new';
    if (element.dataset.progressStyle !== 'short') {
      element.textContent = long;
      continue;
    }
    element.replaceChildren();
    if (!summary.visited) continue;
    const visible = document.createElement('span');
    visible.setAttribute('aria-hidden', 'true');
    visible.title = long;
    visible.textContent = quiz ? masteryLabel[quiz.mastery] : isRead(summary) ? '●' : '◐';
    const spoken = Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: ` (${long})` });
    element.append(visible, spoken);
  }
}
