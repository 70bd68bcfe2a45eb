import { describe, expect, it } from 'vitest';
import { emptyProgress, exportFileName, exportProgress, importProgress, recordAttempt } from '@/progress';

const t = (day: number) => new Date(Date.UTC(2025, 0, day)).toISOString();

describe('export and import', () => {
  it('round-trips progress through the exported file', () => {
    const progress = recordAttempt(emptyProgress(), 'what-is-emergence', { at: t(2), points: 4.5, of: 6 });
    const result = importProgress(exportProgress(progress, t(3)));
    expect(result).toEqual({ ok: true, progress, dropped: 0 });
  });

  it('names the file by the day of export', () => {
    expect(exportFileName('2025-03-14T10:00:00.000Z')).toBe('threshold-progress-2025-03-14.json');
  });

  it('says so when the file is not JSON', () => {
    expect(importProgress('{ not json')).toEqual({ ok: false, message: 'That file is not a progress file: it is not valid JSON.' });
  });

  it('says so when the file holds something else', () => {
    expect(importProgress('{"name":"package"}')).toEqual({ ok: false, message: 'That file does not hold Threshold progress.' });
  });

  it('refuses a file from a newer version of the site rather than misreading it', () => {
    const result = importProgress('{"version":7,"lessons":{}}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/newer version of this site/);
  });

  it('imports an older file, migrated forward', () => {
    const result = importProgress(JSON.stringify({ version: 1, visited: { a: t(1) }, scroll: {} }));
    expect(result.ok && result.progress.lessons.a).toEqual({ firstVisit: t(1), lastVisit: t(1), scroll: 0 });
  });

  it('skips malformed entries and counts them', () => {
    const file = { version: 2, lessons: { a: { lastVisit: t(1), scroll: 0, quiz: { attempts: [{ at: t(1), points: 9, of: 6 }, { at: t(1), points: 3, of: 6 }] } } } };
    const result = importProgress(JSON.stringify(file));
    expect(result.ok && result.progress.lessons.a?.quiz?.attempts).toEqual([{ at: t(1), points: 3, of: 6 }]);
    expect(result.ok && result.dropped).toBe(2);
  });
});
