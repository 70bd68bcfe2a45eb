import { lessonSummary, type Progress } from '../../src/progress';

/**
 * Fills every `[data-progress-for="<lesson>"]` element with that lesson's progress: a short
 * mark in the sidebar (`data-progress-style="short"`), a sentence on the home page cards.
 */
export function showMarks(progress: Progress, root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-progress-for]')) {
    const summary = lessonSummary(progress, element.dataset.progressFor!);
    const long = summary.visited ? `Visited, ${Math.round(summary.scroll * 100)}% read` : '';
    element.dataset.state = summary.visited ? 'visited' : 'new';
    if (element.dataset.progressStyle === 'short') {
      element.replaceChildren();
      if (!summary.visited) continue;
      const icon = Object.assign(document.createElement('span'), { textContent: summary.scroll >= 0.95 ? '●' : '◐', title: long });
      icon.setAttribute('aria-hidden', 'true');
      element.append(icon, Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: ` (${long.toLowerCase()})` }));
    } else {
      element.textContent = long;
    }
  }
}
