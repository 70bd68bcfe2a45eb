import { cellNames, dependencyGraph, dependents } from './dependencies';
import type { CellResult } from './evaluate';

/** What became of a cell in a run: it ran (and succeeded or failed), or it was not run because a cell it depends on failed. */
export type CellOutcome = { kind: 'ran'; result: CellResult } | { kind: 'stale'; cause: number };

export interface CellRunner {
  /** Runs cell `index` after the cells `before` (ascending); `undefined` when the learner stopped it. */
  run(index: number, before: readonly number[]): Promise<CellResult | undefined>;
  /** Told each outcome as soon as it is known; a cell may be told twice if a later run finds it failing. */
  report(index: number, outcome: CellOutcome): void | Promise<void>;
}

/**
 * Runs the cells `targets` of a notebook in order. A cell runs after the earlier cells, leaving
 * out those that failed in this pass and those that depend on one that did: so a cell that does
 * not use a failing cell's names still runs. When a cell fails, every later cell that depends on
 * it, directly or through other cells, is reported stale and not run.
 *
 * A run can also find an earlier cell failing (when only one cell was asked for, the cells above
 * it have not been run in this pass): that cell is reported failed, and the target is run again
 * without it, or reported stale if it depends on it. Each retry leaves out one more cell, so it ends.
 *
 * Returns false when the learner stopped a cell, and nothing after it was run.
 */
export async function runCells(codes: readonly string[], targets: readonly number[], runner: CellRunner): Promise<boolean> {
  const graph = dependencyGraph(codes.map(cellNames));
  const left = new Set<number>();

  const failed = async (index: number, result: CellResult) => {
    left.add(index);
    await runner.report(index, { kind: 'ran', result });
    for (const later of dependents(graph, index)) {
      if (left.has(later)) continue;
      left.add(later);
      await runner.report(later, { kind: 'stale', cause: index });
    }
  };

  for (const target of [...targets].sort((a, b) => a - b)) {
    while (!left.has(target)) {
      const before = codes.slice(0, target).flatMap((_, index) => (left.has(index) ? [] : [index]));
      const result = await runner.run(target, before);
      if (result === undefined) return false;
      if (result.ok) {
        await runner.report(target, { kind: 'ran', result });
        break;
      }
      // Error positions count the cells as run; the notebook numbers them all.
      const order = [...before, target];
      const { cell, failing, ...error } = result.error;
      const culprit = failing === undefined ? target : (order[failing] ?? target);
      const placed = { ...error, ...(cell === undefined ? {} : { cell: order[cell] ?? target }), failing: culprit };
      if (culprit === target) {
        await failed(target, { ...result, error: placed });
        break;
      }
      // Its printing is lost: only the target's is kept.
      await failed(culprit, { ok: false, error: placed, logs: [] });
    }
  }
  return true;
}
