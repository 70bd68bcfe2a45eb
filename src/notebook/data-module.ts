import curves from '../../content/data/benchmark-curves.json';
import type { CurveRow } from '@/data/benchmark-curves';

/**
 * `threshold/data` in a cell: published scores of open base models on emergent tasks and two
 * standard benchmarks (Ruan, Maddison & Hashimoto, 2024), one row per model, task and metric,
 * as the benchmark explorer draws them. See `content/data/README.md` for provenance.
 */
export const benchmarkCurves: readonly CurveRow[] = curves as CurveRow[];
