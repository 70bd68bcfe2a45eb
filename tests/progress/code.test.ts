import { describe, expect, it } from 'vitest';
import { emptyProgress, MAX_CODE, mergeProgress, readProgress, recordCode, recordNotebook } from '@/progress';

const t = (day: number) => new Date(Date.UTC(2025, 0, day)).toISOString();

describe('recordCode', () => {
  it('keeps a cell’s edited code under its lesson, as a visit', () => {
    const progress = recordCode(emptyProgress(), 'mirage-or-real', 'brier', 'const a = 1', t(2));
    expect(progress.lessons['mirage-or-real']).toEqual({ firstVisit: t(2), lastVisit: t(2), scroll: 0, cells: { brier: { code: 'const a = 1', at: t(2) } } });
  });

  it('forgets the edit on reset, and the empty list of cells with it', () => {
    const edited = recordCode(emptyProgress(), 'a', 'x', 'code', t(1));
    expect(recordCode(edited, 'a', 'x', undefined, t(2)).lessons.a).toEqual({ firstVisit: t(1), lastVisit: t(2), scroll: 0 });
  });
});

describe('reading saved code', () => {
  it('keeps well-formed cells and the notebook, and drops malformed ones one by one', () => {
    const value = {
      version: 3,
      lessons: { a: { lastVisit: t(1), scroll: 0, cells: { good: { code: '1 + 1', at: t(1) }, bad: { code: 7, at: t(1) }, long: { code: 'x'.repeat(MAX_CODE + 1), at: t(1) } } } },
      notebook: { cells: ['1', '2'], at: t(3) },
    };
    const read = readProgress(value);
    expect(read.kind === 'ok' && read.progress.lessons.a!.cells).toEqual({ good: { code: '1 + 1', at: t(1) } });
    expect(read.kind === 'ok' && read.progress.notebook).toEqual({ cells: ['1', '2'], at: t(3) });
    expect(read.kind === 'ok' && read.dropped).toBe(2);
  });

  it('drops a notebook that is not a list of code', () => {
    const read = readProgress({ version: 3, lessons: {}, notebook: { cells: [1], at: t(1) } });
    expect(read).toEqual({ kind: 'ok', dropped: 1, progress: { version: 3, lessons: {} } });
  });
});

describe('merging saved code', () => {
  it('keeps the later edit of each cell and of the notebook', () => {
    const ours = recordNotebook(recordCode(recordCode(emptyProgress(), 'a', 'x', 'ours-x', t(5)), 'a', 'y', 'ours-y', t(1)), ['ours'], t(1));
    const theirs = recordNotebook(recordCode(emptyProgress(), 'a', 'y', 'theirs-y', t(3)), ['theirs'], t(4));
    const merged = mergeProgress(ours, theirs);
    expect(merged.lessons.a!.cells).toEqual({ x: { code: 'ours-x', at: t(5) }, y: { code: 'theirs-y', at: t(3) } });
    expect(merged.notebook).toEqual({ cells: ['theirs'], at: t(4) });
  });
});
