import { recordScroll, recordVisit } from './';
import { progressStore } from './client';
import { showMarks } from './marks';
import { readingPosition, scrollToPosition } from './reading-position';

/** Time between two saves of the reading position while the reader scrolls. */
const SAVE_EVERY_MS = 1000;

/**
 * On a lesson page: records the visit and the reading position, brings the reader back to
 * where they were when they arrive from "continue where you left off" (`?resume`), and keeps the
 * sidebar's marks current, including changes made in other tabs.
 */
export function trackLesson(): void {
  const article = document.querySelector<HTMLElement>('article[data-lesson]');
  if (!article) return;
  const lesson = article.dataset.lesson!;
  const store = progressStore();
  const url = new URL(location.href);
  if (url.searchParams.has('resume')) {
    const saved = store.progress.lessons[lesson]?.scroll;
    if (saved !== undefined) scrollToPosition(article, saved);
    url.searchParams.delete('resume');
    history.replaceState(history.state, '', url);
  }
  store.subscribe((progress) => showMarks(progress));
  store.update((progress) => recordVisit(progress, lesson, new Date().toISOString()));

  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    store.update((progress) => recordScroll(progress, lesson, readingPosition(article), new Date().toISOString()));
  };
  addEventListener('scroll', () => (timer ??= setTimeout(save, SAVE_EVERY_MS)), { passive: true });
  addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') save();
  });
}
