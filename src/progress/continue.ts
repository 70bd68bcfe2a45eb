import { wholePercent } from '@/common/percent';
import { courseFinished, latestLesson, lessonSummary } from './';
import { progressStore } from './client';
import { showMarks } from './marks';

/**
 * On the home page: progress on each lesson card, and a "continue where you left off" link to
 * the lesson visited last, which reopens it at the reading position (`?resume`); once every
 * lesson is read and every quiz taken, the same place says the course is finished.
 */
export function showHomeProgress(): void {
  const store = progressStore();
  const render = () => {
    const { progress } = store;
    showMarks(progress);
    const section = document.querySelector<HTMLElement>('[data-continue]');
    const cards = [...document.querySelectorAll<HTMLElement>('.cards [data-lesson]')];
    const lesson = latestLesson(progress, cards.map((card) => card.dataset.lesson!));
    const card = cards.find((candidate) => candidate.dataset.lesson === lesson);
    if (!section || !lesson || !card) {
      if (section) section.hidden = true;
      return;
    }
    const link = card.querySelector<HTMLAnchorElement>('h3 a')!;
    const target = section.querySelector<HTMLAnchorElement>('[data-continue-link]')!;
    target.href = `${link.pathname}?resume`;
    target.textContent = `${card.querySelector('.meta')?.textContent?.split('·')[0]?.trim() ?? ''}: ${link.textContent}`;
    const read = wholePercent(lessonSummary(progress, lesson).read);
    const finished = courseFinished(progress, cards.map((candidate) => candidate.dataset.lesson!));
    section.querySelector('[data-continue-finished]')!.toggleAttribute('hidden', !finished);
    section.querySelector('[data-continue-detail]')!.textContent = read > 0 ? `You had read ${read}% of it.` : '';
    section.hidden = false;
  };
  store.subscribe(render);
  render();
}
