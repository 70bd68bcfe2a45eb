import { MAX_CODE, MAX_NOTEBOOK_CELLS, recordNotebook } from '@/progress';
import { exportNotebook, importNotebook } from './notebook-file';
import { progressStore } from '@/progress/client';
import { ThresholdCell } from './cell-element';

/** Time after the last change before the notebook is saved. */
const SAVE_AFTER_MS = 400;

/**
 * `<threshold-notebook>`: the scratch notebook's list of cells. Each cell runs after the cells
 * above it (its `before`); cells can be added, moved and removed; the whole notebook is saved in
 * the progress store on every change and can be exported to a `.ts` file and imported again.
 * The starter cells and their outputs are rendered at build time (notebook.astro).
 */
class ThresholdNotebook extends HTMLElement {
  #list!: HTMLOListElement;
  #template!: HTMLTemplateElement;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #starter: string[] = [];

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

  /** Numbers the cells and tells each which cells run before it. */
  #wire(): void {
    this.#cells().forEach((cell, index) => {
      cell.before = () => this.#codes().slice(0, index);
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
    for (const cell of this.#cells()) {
      const result = await cell.run();
      if (result && !result.ok) return this.#status('Stopped at the first cell with an error.');
    }
    this.#status('All cells ran.');
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

if (!customElements.get('threshold-notebook')) customElements.define('threshold-notebook', ThresholdNotebook);
