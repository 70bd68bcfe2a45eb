import { type Progress } from './format';
import { readProgress } from './validate';

/** The file a learner downloads: the stored progress plus when it was exported. */
export function exportProgress(progress: Progress, now: string): string {
  return `${JSON.stringify({ ...progress, exportedAt: now }, null, 2)}\n`;
}

/** Values the store set aside, as a file the learner keeps (and can send for help): each exactly as it was stored. */
export function exportSetAside(values: readonly string[], now: string): string {
  return `${JSON.stringify({ setAside: values, exportedAt: now }, null, 2)}\n`;
}

/** `threshold-progress-2025-03-14.json` */
export function exportFileName(now: string): string {
  return `threshold-progress-${now.slice(0, 10)}.json`;
}

export type ImportResult = { ok: true; progress: Progress; dropped: number } | { ok: false; message: string };

/** Reads an exported file, with a message a learner can act on when it cannot be used. */
export function importProgress(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'That file is not a progress file: it is not valid JSON.' };
  }
  const read = readProgress(value);
  if (read.kind === 'newer') {
    return { ok: false, message: 'That file was saved by a newer version of this site. Reload the page to get the newer version, then import it again.' };
  }
  if (read.kind === 'invalid') return { ok: false, message: 'That file does not hold Threshold progress.' };
  return { ok: true, progress: read.progress, dropped: read.dropped };
}
