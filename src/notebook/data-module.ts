import curves from '../../content/data/benchmark-curves.json';
import type { CurveRow } from '@/data/benchmark-curves';
import { itemsOf } from '@/data/task-items';

/**
 * `threshold/data` in a cell: published scores of open base models on emergent tasks and two
 * standard benchmarks (Ruan, Maddison & Hashimoto, 2024), one row per model, task and metric,
 * as the benchmark explorer draws them. See `content/data/README.md` for provenance.
 */
export const benchmarkCurves: readonly CurveRow[] = curves as CurveRow[];

/** Items in each task's evaluation set (`content/data/task-items.json`), to turn a score into a count of items right. */
export const taskItems: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(itemsOf).map(([task, { items }]) => [task, items]));
