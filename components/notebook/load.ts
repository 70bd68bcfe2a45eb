import { readShareFragment } from '../../src/notebook/share';
import { progressStore } from '../progress/client';

/**
 * Shows the cells' buttons and loads the editor and the code runner only when a learner first
 * focuses or presses a cell, so a reader who never touches one downloads none of it. A cell
 * the learner edited before, or one a share link names, loads at once to show that code.
 */
export function upgradeOnFirstUse(): void {
  const cells = [...document.querySelectorAll<HTMLElement>('threshold-cell')];
  if (cells.length === 0) return;
  const load = () => void import('./cell-element');
  const share = readShareFragment(location.hash);
  // A share link opened on the page already showing: only the fragment changes.
  addEventListener('hashchange', () => {
    if (readShareFragment(location.hash)) load();
  });
  for (const cell of cells) {
    cell.querySelector<HTMLElement>('[data-toolbar]')!.hidden = false;
    const { lesson, cell: name } = cell.dataset;
    const saved = lesson && name ? progressStore().progress.lessons[lesson]?.cells?.[name] : undefined;
    if (saved || share?.cell === name) {
      load();
      continue;
    }
    const start = (event: Event) => {
      // A press on Run before the code arrived is kept, and the cell runs once it is ready.
      if ((event.target as Element).closest('[data-action="run"]')) cell.dataset.pending = 'run';
      cell.removeEventListener('focusin', start);
      cell.removeEventListener('pointerdown', start);
      load();
    };
    cell.addEventListener('focusin', start);
    cell.addEventListener('pointerdown', start);
  }
}

/**
 * The notebook page's counterpart: the notebook's code loads at the first focus or press inside
 * it, or at once when this browser keeps a notebook of the learner's to show.
 */
export function upgradeNotebookOnFirstUse(): void {
  const notebook = document.querySelector<HTMLElement>('threshold-notebook');
  if (!notebook) return;
  notebook.querySelector<HTMLElement>('[data-notebook-actions]')!.hidden = false;
  for (const toolbar of notebook.querySelectorAll<HTMLElement>('[data-toolbar]')) toolbar.hidden = false;
  const load = () => void import('./notebook-element');
  if (progressStore().progress.notebook) return load();
  const start = (event: Event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-notebook-action]')?.dataset.notebookAction;
    if (action) notebook.dataset.pending = action;
    notebook.removeEventListener('focusin', start);
    notebook.removeEventListener('pointerdown', start);
    load();
  };
  notebook.addEventListener('focusin', start);
  notebook.addEventListener('pointerdown', start);
}
