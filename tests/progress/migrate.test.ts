import { describe, expect, it } from 'vitest';
import { migrate, PROGRESS_KEY, ProgressStore, readProgress, SafeStorage } from '@/progress';
import { FakeStorage } from './fake-storage';

const t = (day: number) => new Date(Date.UTC(2025, 0, day)).toISOString();
const version1 = { version: 1, visited: { 'what-is-emergence': t(2), 'phase-transitions': t(3) }, scroll: { 'what-is-emergence': 0.4 } };

describe('reading a version-1 value', () => {
  it('regroups visits and positions by lesson, the last visit standing for the first', () => {
    const read = readProgress(version1);
    expect(read).toEqual({
      kind: 'ok',
      dropped: 0,
      progress: {
        version: 3,
        lessons: {
          'what-is-emergence': { firstVisit: t(2), lastVisit: t(2), scroll: 0.4 },
          'phase-transitions': { firstVisit: t(3), lastVisit: t(3), scroll: 0 },
        },
      },
    });
  });

  it('drops what was malformed in the old value and keeps the rest', () => {
    const read = readProgress({ version: 1, visited: { a: t(1), b: 'soon', c: t(2) }, scroll: { a: 2, c: 0.5 } });
    expect(read.kind === 'ok' && read.progress.lessons).toEqual({
      a: { firstVisit: t(1), lastVisit: t(1), scroll: 0 },
      c: { firstVisit: t(2), lastVisit: t(2), scroll: 0.5 },
    });
    expect(read.kind === 'ok' && read.dropped).toBe(1);
  });

  it('migrates a saved version-1 value on load and saves it as the current version at the next change', () => {
    const backend = new FakeStorage();
    backend.items.set(PROGRESS_KEY, JSON.stringify(version1));
    const store = new ProgressStore({ storage: new SafeStorage(() => backend) });
    expect(store.progress.lessons['what-is-emergence']?.scroll).toBe(0.4);
    store.update((progress) => progress);
    expect(JSON.parse(backend.items.get(PROGRESS_KEY)!).version).toBe(3);
  });
});

describe('reading a version-2 value', () => {
  it('keeps everything and moves to version 3, which adds code cells', () => {
    const version2 = { version: 2, lessons: { a: { firstVisit: t(1), lastVisit: t(2), scroll: 0.5 } } };
    expect(readProgress(version2)).toEqual({ kind: 'ok', dropped: 0, progress: { ...version2, version: 3 } });
  });
});

describe('migrate', () => {
  it('runs each step in turn from the stored version to the target', () => {
    const steps = { 1: (v: Record<string, unknown>) => ({ ...v, version: 2, a: 1 }), 2: (v: Record<string, unknown>) => ({ ...v, version: 3, b: 2 }) };
    expect(migrate({ version: 1 }, 1, steps, 3)).toEqual({ version: 3, a: 1, b: 2 });
    expect(migrate({ version: 2 }, 2, steps, 3)).toEqual({ version: 3, b: 2 });
  });

  it('leaves a current value alone', () => {
    const value = { version: 3, lessons: {} };
    expect(migrate(value, 3)).toBe(value);
  });

  it('refuses a version it has no step for', () => {
    expect(() => migrate({}, 1, {}, 2)).toThrow('no migration from version 1');
  });
});

describe('readProgress', () => {
  it('knows a value from a newer site by its version', () => {
    expect(readProgress({ version: 4, lessons: {} })).toEqual({ kind: 'newer', version: 4 });
  });

  it.each([[null], [[]], ['progress'], [{ lessons: {} }], [{ version: 0 }], [{ version: 1.5 }]])('rejects %j', (value) => {
    expect(readProgress(value).kind).toBe('invalid');
  });
});
