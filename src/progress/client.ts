import { PROGRESS_KEY, ProgressStore, SafeStorage, shrinkProgress } from './';
import { showProblem, showSetAside } from './notice';

let store: ProgressStore | undefined;

/**
 * The page's one progress store, backed by localStorage. Other tabs' changes arrive through the
 * `storage` event; a problem with storage is shown to the learner once.
 */
export function progressStore(): ProgressStore {
  if (store) return store;
  const created = new ProgressStore({ storage: new SafeStorage(() => window.localStorage), shrink: shrinkProgress });
  addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) created.refresh();
  });
  created.onProblem(showProblem);
  created.onSetAside(showSetAside);
  store = created;
  return created;
}
