/**
 * Selects what the benchmark explorer draws from the published scores in
 * `content/data/open-llm-emergence.json` (Ruan, Maddison & Hashimoto, 2024):
 * the dense families with four or more sizes, one row per model, task and
 * metric, so the browser loads a few kilobytes instead of the whole file.
 */

interface SourceModel {
  model: string;
  family: string;
  params_billions: number;
  sparse_or_hybrid?: boolean;
}

interface SourceTask {
  task: string;
  series: { model: string; family: string; params_billions: number; scores: Record<string, number> }[];
}

export interface Source {
  models: SourceModel[];
  tasks: SourceTask[];
}

/** One published score. */
export interface CurveRow {
  task: string;
  metric: string;
  family: string;
  model: string;
  /** Model size in billions of parameters, as the source gives it. */
  params: number;
  /** The score on the metric's own scale (BLEU 0–100, others 0–1). */
  score: number;
}

/** Tasks the explorer offers: the emergent tasks and two smooth standard benchmarks for contrast. */
export const curveTasks = [
  'ipa_transliterate', 'word_unscrambling', 'parsinlu_qa',
  'arithmetic_2da', 'arithmetic_3da', 'arithmetic_3ds', 'arithmetic_2dm',
  'HellaSwag', 'MMLU',
] as const;

/** Families with at least this many dense sizes make a curve. */
const minimumSizes = 4;

export function deriveBenchmarkCurves(source: Source): CurveRow[] {
  const dense = source.models.filter((model) => !model.sparse_or_hybrid);
  const sizes = new Map<string, number>();
  for (const model of dense) sizes.set(model.family, (sizes.get(model.family) ?? 0) + 1);
  const families = new Set([...sizes].filter(([, count]) => count >= minimumSizes).map(([family]) => family));
  const denseModels = new Set(dense.map((model) => model.model));

  const rows: CurveRow[] = [];
  for (const task of source.tasks) {
    if (!(curveTasks as readonly string[]).includes(task.task)) continue;
    for (const point of task.series) {
      if (!families.has(point.family) || !denseModels.has(point.model)) continue;
      for (const [metric, score] of Object.entries(point.scores)) {
        rows.push({ task: task.task, metric, family: point.family, model: point.model, params: point.params_billions, score });
      }
    }
  }
  return rows.sort((a, b) => a.task.localeCompare(b.task) || a.metric.localeCompare(b.metric) || a.family.localeCompare(b.family) || a.params - b.params);
}
