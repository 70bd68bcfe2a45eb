import { readShareFragment } from './share';
import { progressStore } from '@/progress/client';

/**
 * Calls `start` once, at the first focus or press inside `element`. A press on a cell's Run before
 * the code has arrived is remembered (`data-pending`), and the cell runs once it is ready.
 */
function onFirstUse(element: HTMLElement, start: (target: Element) => void): void {
  const begin = (event: Event) => {
    element.removeEventListener('focusin', begin);
    element.removeEventListener('pointerdown', begin);
    const target = event.target as Element;
    const cell = target.closest('[data-action="run"]')?.closest<HTMLElement>('threshold-cell');
    if (cell) cell.dataset.pending = 'run';
    start(target);
  };
  element.addEventListener('focusin', begin);
  element.addEventListener('pointerdown', begin);
}

/**
 * Shows the cells' buttons and loads the editor and the code runner only when a learner first
 * focuses or presses a cell, so a reader who never touches one downloads none of it. A cell
 * the learner edited before, or one a share link names, loads at once to show that code.
 */
function upgradeCells(): void {
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
    if (saved || share?.cell === name) load();
    else onFirstUse(cell, load);
  }
}

/**
 * The notebook page's counterpart: the notebook's code loads at the first focus or press inside
 * it, or at once when this browser keeps a notebook of the learner's to show.
 */
function upgradeNotebook(notebook: HTMLElement): void {
  for (const toolbar of notebook.querySelectorAll<HTMLElement>('[data-toolbar], [data-notebook-actions]')) toolbar.hidden = false;
  const load = () => void import('./notebook-element');
  if (progressStore().progress.notebook) return load();
  onFirstUse(notebook, (target) => {
    const action = target.closest<HTMLElement>('[data-notebook-action]')?.dataset.notebookAction;
    if (action) notebook.dataset.pending = action;
    load();
  });
}

/** Starts what the page holds on first use: the notebook page's notebook, or a lesson's code cells. */
export function upgradeOnFirstUse(): void {
  const notebook = document.querySelector<HTMLElement>('threshold-notebook');
  if (notebook) upgradeNotebook(notebook);
  else upgradeCells();
}
