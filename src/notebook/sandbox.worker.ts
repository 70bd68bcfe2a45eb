import { runCell } from './evaluate';

/**
 * Runs one cell and posts its result. The worker lives in an opaque-origin frame (see
 * `sandbox.ts`), so it has no DOM, no storage and no cookies of the site; the ways out to the
 * network are removed as well, so a cell computes and returns data, and nothing else.
 */
const scope = globalThis as unknown as Record<string, unknown> & {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<{ code: string; before: string[] }>) => void): void;
};

for (const name of ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts', 'indexedDB', 'caches', 'BroadcastChannel']) {
  try {
    Object.defineProperty(scope, name, { value: undefined, configurable: false, writable: false });
  } catch {
    // Already absent in this browser.
  }
}

scope.addEventListener('message', async ({ data }) => {
  const result = await runCell(data.code, data.before);
  try {
    scope.postMessage(result);
  } catch {
    scope.postMessage({ ok: false, error: { name: 'DataCloneError', message: 'the value could not be sent to the page; return numbers, strings, arrays or plain objects' }, logs: result.logs });
  }
});
