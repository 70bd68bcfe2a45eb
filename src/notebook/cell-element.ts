import { MAX_CODE, recordCode } from '@/progress';
import type { CellResult } from './evaluate';
import type { ChartSpec } from './plot-record';
import { decodeCode, encodeCode, readShareFragment, shareFragment } from './share';
import { progressStore } from '@/progress/client';
import { createEditor, type CodeEditor } from './editor';
import { renderResult } from './output-view';
import { Sandbox, type CellRun } from './sandbox';

/** Time after the last keystroke before edited code is saved. */
const SAVE_AFTER_MS = 400;

/**
 * `<threshold-cell>`: a code cell. Rendered at build time as highlighted code and its output
 * (see CodeCell.astro); this element swaps the code for an editor and runs it in the sandbox.
 *
 * States: original (build-time output shown) ⇄ edited (saved in progress; Reset goes back)
 *         idle → running (Run becomes Stop) → idle with the new output, or failed with its error
 *         (`data-state="failed"`); in a notebook also stale (`data-state="stale"`): the output
 *         of an earlier run, kept and labelled, because a cell it depends on failed.
 *
 * In a lesson (`data-lesson`, `data-cell`) it keeps the learner's code in the progress store and
 * reads a share link; inside `<threshold-notebook>` the notebook does both, and decides what Run
 * runs (`onRun`).
 */
export class ThresholdCell extends HTMLElement {
  #editor?: CodeEditor;
  #original = '';
  #run?: CellRun;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #onHash = () => void this.#readShareLink();
  /** What Run and Ctrl+Enter do; a notebook has the cell run among its cells instead (see notebook-element.ts). */
  onRun: () => void = () => void this.run();

  connectedCallback(): void {
    addEventListener('hashchange', this.#onHash);
    if (this.dataset.hydrated !== undefined) return;
    this.dataset.hydrated = '';
    const source = this.querySelector<HTMLElement>('[data-source]');
    this.#original = source?.textContent ?? this.dataset.code ?? '';
    const saved = this.#saved();
    const hadFocus = source !== null && source === document.activeElement;
    const host = this.querySelector('[data-editor]')!;
    source?.remove();
    this.#editor = createEditor(host, saved ?? this.#original, {
      label: this.dataset.label ?? 'Code of the cell',
      onRun: () => this.onRun(),
      onChange: (code) => this.#changed(code),
    });
    if (hadFocus) this.#editor.focus();
    this.#button('run').addEventListener('click', () => (this.#run ? this.#run.cancel() : this.onRun()));
    this.#button('reset')?.addEventListener('click', () => this.reset());
    this.#button('share')?.addEventListener('click', () => void this.#share());
    if (saved !== undefined && saved !== this.#original) this.#status('Your edited code, saved in this browser. The output shown is from the original: press Run to see yours.');
    void this.#readShareLink();
    void Sandbox.shared().catch(() => undefined);
    if (this.dataset.pending === 'run') {
      delete this.dataset.pending;
      // After the module graph has run, so that a notebook defined with this element has set `onRun`.
      queueMicrotask(() => this.onRun());
    }
  }

  disconnectedCallback(): void {
    removeEventListener('hashchange', this.#onHash);
  }

  get code(): string {
    return this.#editor?.code ?? this.#original;
  }

  set code(code: string) {
    this.#editor?.setCode(code);
  }

  focusEditor(): void {
    this.#editor?.focus();
  }

  /** Runs the cell by itself and shows its output. */
  async run(): Promise<void> {
    const { result, seconds } = await this.execute([]);
    await this.show(result, 0, seconds);
  }

  /**
   * Runs the code after the code `before` (silently), Run turned into Stop meanwhile. Shows
   * nothing, for in a notebook the result may belong to an earlier cell (see schedule.ts).
   */
  async execute(before: readonly string[]): Promise<{ result: CellResult; seconds: string; cancelled: boolean }> {
    this.#run?.cancel();
    const button = this.#button('run');
    this.#status('Running…');
    this.setAttribute('aria-busy', 'true');
    button.textContent = 'Stop';
    const started = performance.now();
    let result: CellResult;
    let cancelled = false;
    try {
      const run = (await Sandbox.shared()).run(this.code, before);
      this.#run = { done: run.done, cancel: () => ((cancelled = true), run.cancel()) };
      result = await run.done;
    } catch (error) {
      result = { ok: false, error: { name: 'Error', message: error instanceof Error ? error.message : String(error) }, logs: [] };
    }
    this.#run = undefined;
    button.textContent = 'Run';
    this.removeAttribute('aria-busy');
    return { result, seconds: ((performance.now() - started) / 1000).toFixed(2), cancelled };
  }

  /**
   * Shows a result as the cell's output, which is then no longer stale; a failed cell is marked
   * so. `index` is the cell's place in its notebook, for errors that name a cell; `seconds`, the
   * time it took when this cell was the one run.
   */
  async show(result: CellResult, index = 0, seconds?: string): Promise<void> {
    try {
      await this.#render(result, index);
    } catch (error) {
      // Whatever went wrong showing it, the run is over and says so.
      result = { ok: false, error: { name: 'Error', message: `the output could not be shown: ${error instanceof Error ? error.message : String(error)}` }, logs: [] };
      await this.#render(result, index).catch(() => undefined);
    }
    if (result.ok) delete this.dataset.state;
    else this.dataset.state = 'failed';
    this.#status(result.ok ? `Ran in ${seconds ?? '?'} s.` : result.error.name === 'Stopped' ? `Stopped: ${result.error.message}` : `Error: see the output below.`);
  }

  /** Keeps the output from an earlier run, marked as stale with `reason`, which is also announced. */
  markStale(reason: string): void {
    this.dataset.state = 'stale';
    const output = this.querySelector<HTMLElement>('[data-output]')!;
    let label = output.querySelector('[data-stale-label]');
    if (!label) {
      label = document.createElement('p');
      label.className = 'cell-stale-label';
      label.setAttribute('data-stale-label', '');
      output.prepend(label);
    }
    label.textContent = `Stale: ${reason}. ${output.childElementCount > 1 ? 'The output below is from an earlier run.' : 'It has not run yet.'}`;
    this.#status(`Not run: ${reason}.`);
  }

  reset(): void {
    this.code = this.#original;
    this.#status('Back to the original code.');
  }

  async #render(result: CellResult, index: number): Promise<void> {
    const hasChart = result.ok && result.value?.kind === 'chart';
    const output = this.querySelector<HTMLElement>('[data-output]')!;
    const drawChart = hasChart ? (await import('./chart-view')).drawChart : undefined;
    const draw = drawChart ? (spec: ChartSpec, page: Document) => drawChart(spec, page, output.clientWidth) : () => document.createElement('div');
    output.replaceChildren(renderResult(result, document, draw, index));
  }

  #changed(code: string): void {
    this.dispatchEvent(new CustomEvent('cell-change', { bubbles: true }));
    const { lesson, cell } = this.dataset;
    if (!lesson || !cell) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => {
      if (code.length > MAX_CODE) return this.#status(`This code is longer than ${MAX_CODE.toLocaleString('en')} characters, so it is not saved.`);
      progressStore().update((progress) => recordCode(progress, lesson, cell, code === this.#original ? undefined : code, new Date().toISOString()));
    }, SAVE_AFTER_MS);
  }

  #saved(): string | undefined {
    const { lesson, cell } = this.dataset;
    return lesson && cell ? progressStore().progress.lessons[lesson]?.cells?.[cell]?.code : undefined;
  }

  async #readShareLink(): Promise<void> {
    const share = readShareFragment(location.hash);
    if (!share || share.cell !== this.dataset.cell) return;
    const decoded = await decodeCode(share.payload);
    this.scrollIntoView({ block: 'start' });
    if (!decoded.ok) return this.#status(decoded.message);
    const mine = this.#saved();
    if (decoded.code === this.code) return this.#status('This cell already holds the code of the share link.');
    if (mine === undefined || mine === this.#original) return this.#useShared(decoded.code);
    // The learner has edited this cell: their code is theirs to give up, never replaced unasked.
    this.#status('This share link brings other code for this cell, and you have edited it. Replace your code with the shared code?');
    this.#offer([
      { label: 'Use the shared code', run: () => this.#useShared(decoded.code, mine) },
      { label: 'Keep my code', run: () => this.#status('Your code is kept; the shared code was not loaded.') },
    ]);
  }

  /** Puts the shared code in the cell; `replaced`, the learner's own code, stays one click away. */
  #useShared(code: string, replaced?: string): void {
    this.code = code;
    if (replaced === undefined) {
      this.#status('Code from a share link (saved in this browser as your edit). Press Run to run it, Reset for the original.');
      return;
    }
    this.#status('Code from a share link. Your own code is kept: “Back to my code” brings it back.');
    this.#offer([{ label: 'Back to my code', run: () => ((this.code = replaced), this.#status('Back to your own code.')) }]);
  }

  /** Buttons under the status for a choice; any of them removes them all. */
  #offer(actions: { label: string; run: () => void }[]): void {
    this.querySelector('[data-choice]')?.remove();
    const choice = document.createElement('div');
    choice.className = 'cell-choice';
    choice.dataset.choice = '';
    for (const { label, run } of actions) {
      const button = choice.appendChild(document.createElement('button'));
      button.type = 'button';
      button.className = 'cell-button';
      button.textContent = label;
      button.addEventListener('click', () => {
        choice.remove();
        run();
      });
    }
    this.querySelector('[data-status]')!.after(choice);
  }

  async #share(): Promise<void> {
    const encoded = await encodeCode(this.code);
    if (!encoded.ok) return this.#status(encoded.message);
    const url = new URL(location.href);
    url.hash = shareFragment(this.dataset.cell!, encoded.payload);
    const link = url.toString();
    try {
      await navigator.clipboard.writeText(link);
      this.#status('Link copied: it opens this lesson with your code in this cell.');
    } catch {
      this.#status('Copy this link: it opens this lesson with your code in this cell.');
    }
    const field = this.#shareField();
    field.value = link;
    field.select();
  }

  /** The field that shows the share link, made from its template at the first share. */
  #shareField(): HTMLInputElement {
    const made = this.querySelector<HTMLInputElement>('input.cell-share-link');
    if (made) return made;
    const template = this.querySelector<HTMLTemplateElement>('template[data-share-link]')!;
    const field = template.content.firstElementChild!.cloneNode() as HTMLInputElement;
    template.replaceWith(field);
    return field;
  }

  #button(action: string): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  }

  #status(text: string): void {
    this.querySelector('[data-status]')!.textContent = text;
  }
}

if (!customElements.get('threshold-cell')) customElements.define('threshold-cell', ThresholdCell);
