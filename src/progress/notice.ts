import type { StoreProblem } from './';

const messages: Record<StoreProblem, string> = {
  unavailable:
    'Your progress can’t be saved in this browser: its storage is turned off, as in some private windows. Everything on the page still works, but nothing is kept after you leave it.',
  quota:
    'Your progress can’t be saved: this browser’s storage for the site is full. Everything still works, and what was saved before is kept, but new results last only until you leave the page.',
  newer:
    'Your progress was saved by a newer version of this site, so this page leaves it untouched and keeps today’s results only until you leave. Reload to get the newer version.',
};

/** Remembered for the session where possible, so the learner is told once rather than on every page. */
const SEEN_KEY = 'threshold:progress-notice';

/** Tells the learner, in the page's notice region, why progress is not being saved. */
export function showProblem(problem: StoreProblem): void {
  try {
    if (sessionStorage.getItem(SEEN_KEY) === problem) return;
    sessionStorage.setItem(SEEN_KEY, problem);
  } catch {
    // Session storage is off too: the notice then shows on each page, which is the best we can do.
  }
  const region = document.querySelector<HTMLElement>('[data-progress-notice]');
  if (region) region.textContent = messages[problem];
}

/**
 * Tells the learner, once a session, that saved progress could not be read and was set aside, not
 * erased, and where to export it.
 */
export function showSetAside(count: number): void {
  try {
    if (sessionStorage.getItem(`${SEEN_KEY}:set-aside`) === String(count)) return;
    sessionStorage.setItem(`${SEEN_KEY}:set-aside`, String(count));
  } catch {
    // As above: shown on each page instead.
  }
  const region = document.querySelector<HTMLElement>('[data-progress-notice]');
  if (!region) return;
  const note = document.createElement('span');
  note.append(
    `${count === 1 ? 'Some progress saved in this browser' : `${count} saved copies of your progress`} could not be read, so ${count === 1 ? 'it was' : 'they were'} set aside, not erased. `,
  );
  const link = note.appendChild(document.createElement('a'));
  link.href = `${import.meta.env.BASE_URL}progress/#set-aside`;
  link.textContent = 'Export what was set aside';
  note.append('.');
  region.append(note);
}
