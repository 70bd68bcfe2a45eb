import { wilsonInterval, type Interval } from '@/sim';
import taskItems from '../../content/data/task-items.json';
import type { CurveRow } from './benchmark-curves';

/** Items in each task's evaluation set, with where the count comes from (`content/data/task-items.json`). */
export const itemsOf: Readonly<Record<string, { items: number; set: string }>> = taskItems.tasks;

/**
 * The 95 % Wilson interval of a published score: the score as a share of the task's items. None
 * for a score that is not a share of items (BLEU) or a task whose count is unknown.
 */
export function scoreInterval(row: Pick<CurveRow, 'task' | 'metric' | 'score'>): (Interval & { items: number }) | undefined {
  const items = itemsOf[row.task]?.items;
  if (items === undefined || row.metric === 'bleu' || row.score < 0 || row.score > 1) return undefined;
  return { ...wilsonInterval(Math.round(row.score * items), items), items };
}
