import { describe, expect, it } from 'vitest';
import { emptyProgress, exportSetAside, PROGRESS_KEY, ProgressStore, recordVisit, SafeStorage, type StoreProblem } from '@/progress';
import { FakeStorage } from './fake-storage';

const t = (day: number) => new Date(Date.UTC(2025, 0, day)).toISOString();

function setup(initial?: string) {
  const backend = new FakeStorage();
  if (initial !== undefined) backend.items.set(PROGRESS_KEY, initial);
  const problems: StoreProblem[] = [];
  const store = new ProgressStore({ storage: new SafeStorage(() => backend) });
  store.onProblem((problem) => problems.push(problem));
  const saved = () => JSON.parse(backend.items.get(PROGRESS_KEY)!);
  return { backend, store, problems, saved };
}

describe('ProgressStore', () => {
  it('starts empty when nothing is saved, and saves each change under one key', () => {
    const { store, saved } = setup();
    expect(store.progress).toEqual(emptyProgress());
    store.update((progress) => recordVisit(progress, 'what-is-emergence', t(1)));
    expect(saved().lessons).toEqual({ 'what-is-emergence': { firstVisit: t(1), lastVisit: t(1), scroll: 0 } });
    expect(saved().version).toBe(3);
  });

  it('applies a change to what another tab saved meanwhile, instead of overwriting it', () => {
    const { backend, store, saved } = setup();
    store.update((progress) => recordVisit(progress, 'a', t(1)));
    const other = new ProgressStore({ storage: new SafeStorage(() => backend) });
    other.update((progress) => recordVisit(progress, 'b', t(2)));
    store.update((progress) => recordVisit(progress, 'c', t(3)));
    expect(Object.keys(saved().lessons).sort()).toEqual(['a', 'b', 'c']);
  });

  it('picks up another tab’s change on refresh and tells subscribers', () => {
    const { backend, store } = setup();
    const seen: number[] = [];
    store.subscribe((progress) => seen.push(Object.keys(progress.lessons).length));
    new ProgressStore({ storage: new SafeStorage(() => backend) }).update((progress) => recordVisit(progress, 'b', t(2)));
    store.refresh();
    expect(store.progress.lessons.b?.lastVisit).toBe(t(2));
    expect(seen).toEqual([1]);
  });

  it('sets corrupt JSON aside under a second key and starts afresh, without a problem', () => {
    const { backend, store, problems } = setup('{"version":2,"lessons":');
    expect(store.progress).toEqual(emptyProgress());
    expect(backend.items.get(`${PROGRESS_KEY}:unreadable`)).toBe('{"version":2,"lessons":');
    store.update((progress) => recordVisit(progress, 'a', t(1)));
    expect(problems).toEqual([]);
  });

  it('keeps every unreadable value, not only the first, and tells the learner how many', () => {
    const { backend, store } = setup('{"version":2,"lessons":');
    const heard: number[] = [];
    store.onSetAside((count) => heard.push(count));
    expect(heard).toEqual([1]);
    // Later another tab (or an older version) leaves another broken value.
    backend.items.set(PROGRESS_KEY, 'not json at all');
    store.refresh();
    backend.items.set(PROGRESS_KEY, '{"version":2,"lessons":');
    store.refresh();
    expect(store.setAside()).toEqual(['{"version":2,"lessons":', 'not json at all']);
    expect(backend.items.get(`${PROGRESS_KEY}:unreadable:2`)).toBe('not json at all');
    expect(heard).toEqual([1, 2]);
    const exported = JSON.parse(exportSetAside(store.setAside(), t(5))) as { setAside: string[] };
    expect(exported.setAside).toEqual(['{"version":2,"lessons":', 'not json at all']);
  });

  it('keeps a partly malformed value whole before its readable entries are saved over it', () => {
    const visit = `{"firstVisit":"${t(1)}","lastVisit":"${t(1)}","scroll":0.5}`;
    const raw = `{"version":2,"lessons":{"a":${visit},"b":{"lastVisit":"yesterday"}}}`;
    const { store } = setup(raw);
    store.update((progress) => recordVisit(progress, 'c', t(2)));
    expect(store.setAside()).toEqual([raw]);
  });

  it('keeps the valid entries of a partly malformed value', () => {
    const visit = `{"firstVisit":"${t(1)}","lastVisit":"${t(1)}","scroll":0.5}`;
    const { store } = setup(`{"version":2,"lessons":{"a":${visit},"b":{"lastVisit":"yesterday"},"__proto__":${visit},"Bad Slug":${visit}}}`);
    expect(store.progress.lessons).toEqual({ a: { firstVisit: t(1), lastVisit: t(1), scroll: 0.5 } });
    expect(Object.getPrototypeOf(store.progress.lessons)).toBe(Object.prototype);
  });

  it('never overwrites progress saved by a newer version, and says why it is not saving', () => {
    const newer = JSON.stringify({ version: 99, anything: true });
    const { backend, store, problems } = setup(newer);
    store.update((progress) => recordVisit(progress, 'a', t(1)));
    expect(backend.items.get(PROGRESS_KEY)).toBe(newer);
    expect(store.progress.lessons.a?.lastVisit).toBe(t(1));
    expect(problems).toEqual(['newer']);
  });

  it('goes on in memory when storage is blocked, reporting it once', () => {
    const { backend, store, problems } = setup();
    backend.failure = 'blocked';
    const blocked = new ProgressStore({ storage: new SafeStorage(() => backend) });
    const heard: StoreProblem[] = [];
    blocked.onProblem((problem) => heard.push(problem));
    blocked.update((progress) => recordVisit(progress, 'a', t(1)));
    blocked.update((progress) => recordVisit(progress, 'b', t(2)));
    expect(Object.keys(blocked.progress.lessons)).toEqual(['a', 'b']);
    expect(heard).toEqual(['unavailable']);
    expect(problems).toEqual([]);
    expect(store.problem).toBeUndefined();
  });

  it('treats a localStorage getter that throws as unavailable', () => {
    const store = new ProgressStore({
      storage: new SafeStorage(() => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      }),
    });
    expect(store.problem).toBe('unavailable');
    store.update((progress) => recordVisit(progress, 'a', t(1)));
    expect(store.progress.lessons.a?.lastVisit).toBe(t(1));
  });

  it('keeps what was saved before when the quota is full, and reports it once', () => {
    const { backend, store, problems } = setup();
    store.update((progress) => recordVisit(progress, 'a', t(1)));
    const before = backend.items.get(PROGRESS_KEY);
    backend.failure = 'quota';
    store.update((progress) => recordVisit(progress, 'b', t(2)));
    store.update((progress) => recordVisit(progress, 'c', t(3)));
    expect(backend.items.get(PROGRESS_KEY)).toBe(before);
    expect(Object.keys(store.progress.lessons)).toEqual(['a', 'b', 'c']);
    expect(problems).toEqual(['quota']);
  });

  it('saves a smaller value when the full one does not fit and a way to shrink is given', () => {
    const backend = new FakeStorage();
    backend.limit = 120;
    const store = new ProgressStore({ storage: new SafeStorage(() => backend), shrink: () => emptyProgress() });
    store.update((progress) => recordVisit(recordVisit(progress, 'a-long-lesson-name', t(1)), 'another-long-lesson-name', t(2)));
    expect(store.problem).toBeUndefined();
    expect(JSON.parse(backend.items.get(PROGRESS_KEY)!)).toEqual(emptyProgress());
  });
});

describe('ProgressStore with the site’s shrink rule', () => {
  it('keeps the ten latest attempts of each quiz when the full history no longer fits', async () => {
    const { recordAttempt, shrinkProgress } = await import('@/progress');
    const backend = new FakeStorage();
    const store = new ProgressStore({ storage: new SafeStorage(() => backend), shrink: shrinkProgress });
    for (let i = 0; i < 30; i++) store.update((progress) => recordAttempt(progress, 'a', { at: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(), points: i % 7, of: 6 }));
    backend.limit = (backend.items.get(PROGRESS_KEY)?.length ?? 0) - 1;
    store.update((progress) => recordAttempt(progress, 'a', { at: t(9), points: 1, of: 6 }));
    expect(store.problem).toBeUndefined();
    const saved = JSON.parse(backend.items.get(PROGRESS_KEY)!);
    expect(saved.lessons.a.quiz.attempts).toHaveLength(10);
    expect(saved.lessons.a.quiz.best.points).toBe(6);
  });
});
