import { PROGRESS_VERSION } from './format';
import { entries, isRecord } from './validate-helpers';

type Raw = Record<string, unknown>;

/**
 * One step per version: `migrations[n]` turns a version-n value into version n + 1. Steps work
 * on unchecked values and may leave bad entries in place; the checks of the current version run
 * after the last step and drop them.
 */
export const migrations: Record<number, (value: Raw) => Raw> = {
  /**
   * Version 1 kept visits and reading positions in two flat maps, `visited` (slug → last visit)
   * and `scroll` (slug → position). Version 2 groups everything by lesson, so that quiz results
   * sit beside the visits; version 1 knew no first visit, so the last one stands for it.
   */
  1: (value) => {
    const scroll = isRecord(value.scroll) ? value.scroll : {};
    const lessons: Raw = {};
    for (const [slug, at] of entries(value.visited)) {
      lessons[slug] = { firstVisit: at, lastVisit: at, scroll: Object.hasOwn(scroll, slug) ? scroll[slug] : 0 };
    }
    return { version: 2, lessons };
  },
  /**
   * Version 3 adds edited code cells and the scratch notebook and changes nothing that was
   * there. The number still moves so that a page of version 2, which would drop the code when
   * it saves, leaves a version-3 value alone.
   */
  2: (value) => ({ ...value, version: 3 }),
};

/** Carries a value of version `from` forward to the current version, one step at a time. */
export function migrate(value: Raw, from: number, steps = migrations, to = PROGRESS_VERSION): Raw {
  let current = value;
  for (let version = from; version < to; version++) {
    const step = steps[version];
    if (!step) throw new Error(`no migration from version ${version}`);
    current = step(current);
  }
  return current;
}
