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
