import { describe, expect, it } from 'vitest';
import { emptyProgress, PROGRESS_KEY, ProgressStore, recordVisit, SafeStorage, type StoreProblem } from '../../src/progress';
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
    expect(saved().visited).toEqual({ 'what-is-emergence': t(1) });
    expect(saved().version).toBe(1);
  });

  it('applies a change to what another tab saved meanwhile, instead of overwriting it', () => {
    const { backend, store, saved } = setup();
    store.update((progress) => recordVisit(progress, 'a', t(1)));
    const other = new ProgressStore({ storage: new SafeStorage(() => backend) });
    other.update((progress) => recordVisit(progress, 'b', t(2)));
    store.update((progress) => recordVisit(progress, 'c', t(3)));
    expect(Object.keys(saved().visited).sort()).toEqual(['a', 'b', 'c']);
  });

  it('picks up another tab’s change on refresh and tells subscribers', () => {
    const { backend, store } = setup();
    const seen: number[] = [];
    store.subscribe((progress) => seen.push(Object.keys(progress.visited).length));
    new ProgressStore({ storage: new SafeStorage(() => backend) }).update((progress) => recordVisit(progress, 'b', t(2)));
    store.refresh();
    expect(store.progress.visited.b).toBe(t(2));
    expect(seen).toEqual([1]);
  });

  it('sets corrupt JSON aside under a second key and starts afresh, without a problem', () => {
    const { backend, store, problems } = setup('{"version":1,"visited":');
    expect(store.progress).toEqual(emptyProgress());
    expect(backend.items.get(`${PROGRESS_KEY}:unreadable`)).toBe('{"version":1,"visited":');
    store.update((progress) => recordVisit(progress, 'a', t(1)));
    expect(problems).toEqual([]);
  });

  it('keeps the valid entries of a partly malformed value', () => {
    const { store } = setup(`{"version":1,"visited":{"a":"${t(1)}","b":"yesterday","__proto__":"${t(1)}"},"scroll":{"a":0.5,"b":7}}`);
    expect(store.progress.visited).toEqual({ a: t(1) });
    expect(Object.getPrototypeOf(store.progress.visited)).toBe(Object.prototype);
    expect(store.progress.scroll).toEqual({ a: 0.5 });
  });

  it('never overwrites progress saved by a newer version, and says why it is not saving', () => {
    const newer = JSON.stringify({ version: 99, anything: true });
    const { backend, store, problems } = setup(newer);
    store.update((progress) => recordVisit(progress, 'a', t(1)));
    expect(backend.items.get(PROGRESS_KEY)).toBe(newer);
    expect(store.progress.visited.a).toBe(t(1));
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
    expect(Object.keys(blocked.progress.visited)).toEqual(['a', 'b']);
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
    expect(store.progress.visited.a).toBe(t(1));
  });

  it('keeps what was saved before when the quota is full, and reports it once', () => {
    const { backend, store, problems } = setup();
    store.update((progress) => recordVisit(progress, 'a', t(1)));
    const before = backend.items.get(PROGRESS_KEY);
    backend.failure = 'quota';
    store.update((progress) => recordVisit(progress, 'b', t(2)));
    store.update((progress) => recordVisit(progress, 'c', t(3)));
    expect(backend.items.get(PROGRESS_KEY)).toBe(before);
    expect(Object.keys(store.progress.visited)).toEqual(['a', 'b', 'c']);
    expect(problems).toEqual(['quota']);
  });

  it('saves a smaller value when the full one does not fit and a way to shrink is given', () => {
    const backend = new FakeStorage();
    backend.limit = 80;
    const store = new ProgressStore({ storage: new SafeStorage(() => backend), shrink: () => emptyProgress() });
    store.update((progress) => recordVisit(recordVisit(progress, 'a-long-lesson-name', t(1)), 'another-long-lesson-name', t(2)));
    expect(store.problem).toBeUndefined();
    expect(JSON.parse(backend.items.get(PROGRESS_KEY)!)).toEqual(emptyProgress());
  });
});
