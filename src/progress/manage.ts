import { emptyProgress, exportFileName, exportProgress, exportSetAside, importProgress, lessonSummary, mergeProgress, type Progress } from './';
import { percent } from '@/common/percent';
import { masteryLabel } from './mastery';
import { progressStore } from './client';
import { downloadFile } from '@/common/download';
import { quizStatus } from './status';

/** Fills the progress table and wires export, import and reset on the progress page. */
export function manageProgress(): void {
  const store = progressStore();
  const section = document.querySelector<HTMLElement>('[data-progress-actions]')!;
  const status = section.querySelector<HTMLElement>('[data-action-status]')!;
  store.subscribe(showTable);
  showTable(store.progress);
  section.hidden = false;

  section.querySelector('[data-action="export"]')!.addEventListener('click', () => {
    const now = new Date().toISOString();
    const name = exportFileName(now);
    downloadFile(name, exportProgress(store.progress, now), 'application/json');
    status.textContent = `Exported to ${name}.`;
  });

  const aside = section.querySelector<HTMLElement>('[data-set-aside]')!;
  store.onSetAside((count) => {
    aside.hidden = false;
    aside.querySelector('[data-set-aside-count]')!.textContent =
      `${count} saved ${count === 1 ? 'value' : 'values'} of your progress could not be read and ${count === 1 ? 'is' : 'are'} kept aside, exactly as stored.`;
  });
  aside.querySelector('[data-action="export-set-aside"]')!.addEventListener('click', () => {
    const now = new Date().toISOString();
    const name = `threshold-progress-set-aside-${now.slice(0, 10)}.json`;
    downloadFile(name, exportSetAside(store.setAside(), now), 'application/json');
    status.textContent = `Exported to ${name}.`;
  });

  const input = section.querySelector<HTMLInputElement>('[data-action="import"]')!;
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const result = importProgress(await file.text());
    input.value = '';
    if (!result.ok) {
      status.textContent = result.message;
      return;
    }
    store.update((progress) => mergeProgress(progress, result.progress));
    const lessons = Object.keys(result.progress.lessons).length;
    status.textContent =
      `Imported ${file.name}: progress on ${lessons} ${lessons === 1 ? 'lesson' : 'lessons'}, merged with what was here.` +
      (result.dropped > 0 ? ` ${result.dropped} unreadable ${result.dropped === 1 ? 'entry was' : 'entries were'} skipped.` : '');
  });

  const dialog = section.querySelector<HTMLDialogElement>('[data-reset-dialog]')!;
  section.querySelector('[data-action="reset"]')!.addEventListener('click', () => dialog.showModal());
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'erase') return;
    store.replace(emptyProgress());
    status.textContent = 'All progress in this browser was erased.';
  });
}

function showTable(progress: Progress): void {
  for (const row of document.querySelectorAll<HTMLTableRowElement>('[data-progress-table] tr[data-lesson]')) {
    const lesson = progress.lessons[row.dataset.lesson!];
    const quiz = quizStatus(lesson?.quiz);
    const cell = (name: string, text: string) => (row.querySelector<HTMLElement>(`[data-cell="${name}"]`)!.textContent = text);
    cell('read', lesson ? percent(lessonSummary(progress, row.dataset.lesson!).read) : 'Not yet');
    cell('attempts', quiz ? String(quiz.attempts) : '—');
    cell('best', quiz ? percent(quiz.best) : '—');
    cell('latest', quiz ? percent(quiz.latest) : '—');
    cell('mastery', quiz ? masteryLabel[quiz.mastery] : row.dataset.hasQuiz === undefined ? 'No quiz yet' : masteryLabel.none);
  }
}
