import { MAX_CODE, MAX_NOTEBOOK_CELLS, recordNotebook } from '@/progress';
import { exportNotebook, importNotebook } from './notebook-file';
import { progressStore } from '@/progress/client';
import { ThresholdCell } from './cell-element';
import { runCells, type CellOutcome } from './schedule';

/** Time after the last change before the notebook is saved. */
const SAVE_AFTER_MS = 400;

/**
 * `<threshold-notebook>`: the scratch notebook's list of cells. Each cell runs after the cells
 * above it, but for those that failed and those that depend on them (schedule.ts), which are
 * marked stale; cells can be added, moved and removed; the whole notebook is saved in the
 * progress store on every change and can be exported to a `.ts` file and imported again. The
 * starter cells and their outputs are rendered at build time (notebook.astro).
 */
class ThresholdNotebook extends HTMLElement {
  #list!: HTMLOListElement;
  #template!: HTMLTemplateElement;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #starter: string[] = [];
  /** Each stale cell and the failed cell it depends on, so that its label follows moves. */
  readonly #staleCause = new Map<ThresholdCell, ThresholdCell>();
  #running = false;

  connectedCallback(): void {
    if (this.dataset.hydrated !== undefined) return;
    this.dataset.hydrated = '';
    this.#list = this.querySelector('[data-cells]')!;
    this.#template = this.querySelector('[data-cell-template]')!;
    this.#starter = this.#cells().map((cell) => cell.querySelector('[data-source]')?.textContent ?? '');
    const saved = progressStore().progress.notebook;
    if (saved && saved.cells.join('\0') !== this.#starter.join('\0')) {
      this.#replace(saved.cells);
      this.#status('Your notebook, as saved in this browser. Run the cells to see their output.');
    }
    this.#wire();
    this.addEventListener('cell-change', () => this.#saveSoon());
    this.addEventListener('click', (event) => this.#onClick(event));
    this.querySelector<HTMLInputElement>('[data-notebook-import]')!.addEventListener('change', (event) => void this.#import(event.target as HTMLInputElement));
    const pending = this.dataset.pending;
    delete this.dataset.pending;
    if (pending) this.#act(pending);
  }

  #cells(): ThresholdCell[] {
    return [...this.#list.querySelectorAll<ThresholdCell>('threshold-cell')];
  }

  #codes(): string[] {
    return this.#cells().map((cell) => cell.code);
  }

  /** Numbers the cells, has Run run them through the notebook, and brings stale labels up to date. */
  #wire(): void {
    const cells = this.#cells();
    for (const cell of this.#staleCause.keys()) if (!cells.includes(cell)) this.#staleCause.delete(cell);
    cells.forEach((cell, index) => {
      cell.onRun = () => void this.#runCell(cell);
      const cause = this.#staleCause.get(cell);
      if (cause) cell.markStale(this.#staleReason(cause));
      const title = cell.querySelector('[data-cell-title]')!;
      title.textContent = `Cell ${index + 1}`;
      cell.querySelector<HTMLButtonElement>('[data-action="up"]')!.disabled = index === 0;
      cell.querySelector<HTMLButtonElement>('[data-action="down"]')!.disabled = index === this.#cells().length - 1;
      cell.querySelector<HTMLButtonElement>('[data-action="remove"]')!.disabled = this.#cells().length === 1;
    });
  }

  #newCell(code: string): HTMLLIElement {
    const item = (this.#template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
    item.querySelector('[data-source] code')!.textContent = code;
    item.querySelector<HTMLElement>('[data-toolbar]')!.hidden = false;
    return item;
  }

  #replace(cells: readonly string[]): void {
    this.#list.replaceChildren(...cells.map((code) => this.#newCell(code)));
    this.#wire();
  }

  #onClick(event: Event): void {
    const target = event.target as Element;
    const action = target.closest<HTMLElement>('[data-notebook-action]')?.dataset.notebookAction;
    if (action) return this.#act(action);
    const cellAction = target.closest<HTMLElement>('[data-action]')?.dataset.action;
    const item = target.closest('li');
    if (!item || !cellAction || !['up', 'down', 'remove'].includes(cellAction)) return;
    const button = target.closest('button')!;
    if (cellAction === 'up' && item.previousElementSibling) item.previousElementSibling.before(item);
    if (cellAction === 'down' && item.nextElementSibling) item.nextElementSibling.after(item);
    if (cellAction === 'remove') {
      const next = item.nextElementSibling ?? item.previousElementSibling;
      item.remove();
      next?.querySelector<ThresholdCell>('threshold-cell')?.focusEditor();
      this.#status('Cell removed.');
    } else if (!button.disabled) {
      button.focus();
    }
    this.#wire();
    if (cellAction !== 'remove' && button.disabled) item.querySelector<HTMLButtonElement>(`[data-action="${cellAction === 'up' ? 'down' : 'up'}"]`)?.focus();
    this.#save();
  }

  #act(action: string): void {
    if (action === 'add') this.#add();
    else if (action === 'run-all') void this.#runAll();
    else if (action === 'export') this.#export();
    else if (action === 'start-over') this.#startOver();
  }

  #add(): void {
    if (this.#cells().length >= MAX_NOTEBOOK_CELLS) return this.#status(`A notebook holds at most ${MAX_NOTEBOOK_CELLS} cells.`);
    const item = this.#newCell('');
    this.#list.append(item);
    this.#wire();
    item.querySelector<ThresholdCell>('threshold-cell')!.focusEditor();
    this.#save();
  }

  async #runAll(): Promise<void> {
    const cells = this.#cells();
    const reported = await this.#run(cells.map((_, index) => index));
    if (!reported) return;
    // A cell's last report is what it shows.
    const outcomes = [...new Map(reported)].sort(([a], [b]) => a - b);
    const failed = outcomes.filter(([, outcome]) => outcome.kind === 'ran' && !outcome.result.ok).map(([index]) => index);
    const stale = outcomes.filter(([, outcome]) => outcome.kind === 'stale').map(([index]) => index);
    if (failed.length === 0) return this.#status('All cells ran.');
    const ran = cells.length - failed.length - stale.length;
    const them = failed.length === 1 ? 'it' : 'them';
    const stalePart = stale.length === 0 ? '' : `${cellList(stale)} ${stale.length === 1 ? 'is stale (it depends' : 'are stale (they depend'} on ${them}); `;
    const text = `${cellList(failed)} failed; ${stalePart}${ran} other ${ran === 1 ? 'cell' : 'cells'} ran.`;
    this.#status(text[0]!.toUpperCase() + text.slice(1));
  }

  /**
   * Run on one cell: runs it, and then the cells stale because of it, now that it may have been
   * fixed. An earlier cell found failing is marked, and the cell runs without it if it can.
   */
  async #runCell(cell: ThresholdCell): Promise<void> {
    const cells = this.#cells();
    const targets = [cells.indexOf(cell), ...cells.flatMap((other, index) => (this.#staleCause.get(other) === cell ? [index] : []))];
    const reported = await this.#run(targets);
    const others = new Set(reported?.map(([index]) => index).filter((index) => cells[index] !== cell)).size;
    if (others > 0) this.#status(`Ran cell ${cells.indexOf(cell) + 1}; ${others} other ${others === 1 ? 'cell was' : 'cells were'} run or marked as well.`);
  }

  /** Runs cells by their index through the schedule; what it reports, in order, or nothing if the learner stopped a cell. */
  async #run(targets: number[]): Promise<[number, CellOutcome][] | undefined> {
    if (this.#running) {
      this.#status('Cells are running: wait for them, or press Stop.');
      return undefined;
    }
    this.#running = true;
    const cells = this.#cells();
    const codes = cells.map((cell) => cell.code);
    const reported: [number, CellOutcome][] = [];
    const seconds = new Map<number, string>();
    try {
      const completed = await runCells(codes, targets, {
        run: async (index, before) => {
          const { result, seconds: took, cancelled } = await cells[index]!.execute(before.map((cell) => codes[cell]!));
          seconds.set(index, took);
          if (!cancelled) return result;
          await cells[index]!.show(result, index);
          return undefined;
        },
        report: async (index, outcome) => {
          reported.push([index, outcome]);
          const cell = cells[index]!;
          if (outcome.kind === 'stale') {
            this.#staleCause.set(cell, cells[outcome.cause]!);
            return cell.markStale(this.#staleReason(cells[outcome.cause]!));
          }
          this.#staleCause.delete(cell);
          await cell.show(outcome.result, index, seconds.get(index));
        },
      });
      if (!completed) this.#status('Stopped.');
      return completed ? reported : undefined;
    } finally {
      this.#running = false;
    }
  }

  #staleReason(cause: ThresholdCell): string {
    const index = this.#cells().indexOf(cause);
    return index < 0 ? 'depends on a cell that failed and was removed' : `depends on cell ${index + 1}, which failed`;
  }

  #export(): void {
    const blob = new Blob([exportNotebook(this.#codes())], { type: 'text/typescript' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'threshold-notebook.ts';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    this.#status('Exported as threshold-notebook.ts.');
  }

  async #import(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = importNotebook(await file.text());
    if (!read.ok) return this.#status(read.message);
    if (!confirm(`Replace the ${this.#cells().length} cells of this notebook with the ${read.cells.length} of ${file.name}?`)) return;
    this.#replace(read.cells);
    this.#save();
    this.#status(`Imported ${read.cells.length} ${read.cells.length === 1 ? 'cell' : 'cells'} from ${file.name}.`);
  }

  #startOver(): void {
    if (!confirm('Replace this notebook with the starter cells? Export it first to keep it.')) return;
    this.#replace(this.#starter);
    this.#save();
    this.#status('Back to the starter notebook.');
  }

  #saveSoon(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#save(), SAVE_AFTER_MS);
  }

  #save(): void {
    clearTimeout(this.#saveTimer);
    const codes = this.#codes();
    const long = codes.findIndex((code) => code.length > MAX_CODE);
    if (long >= 0) return this.#status(`Cell ${long + 1} is longer than ${MAX_CODE.toLocaleString('en')} characters, so the notebook is not saved.`);
    progressStore().update((progress) => recordNotebook(progress, codes, new Date().toISOString()));
  }

  #status(text: string): void {
    this.querySelector('[data-notebook-status]')!.textContent = text;
  }
}

/** "cell 2", "cells 2 and 4", "cells 2, 4 and 5": cells by index, numbered from 1 as their titles are. */
function cellList(indexes: number[]): string {
  const numbers = indexes.map((index) => String(index + 1));
  return numbers.length === 1 ? `cell ${numbers[0]}` : `cells ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

if (!customElements.get('threshold-notebook')) customElements.define('threshold-notebook', ThresholdNotebook);
