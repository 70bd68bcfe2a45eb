/**
 * The page of the sandbox frame. It is loaded as `srcdoc` into `<iframe sandbox="allow-scripts">`
 * (no `allow-same-origin`), so it and the workers it starts have an opaque origin: the site's
 * localStorage, IndexedDB, caches and cookies are out of reach. It only starts a worker per run
 * from the code the page sent, relays the result, and terminates the worker when the time runs
 * out; its own thread never runs a cell, so it always answers.
 */
export const FRAME_HTML = `<!doctype html><meta charset="utf-8"><title>Code cell sandbox</title><script>
(() => {
  let source, origin = '*';
  const workers = new Map();
  const reply = (message) => parent.postMessage(message, origin);
  const stop = (id) => {
    const run = workers.get(id);
    if (!run) return;
    clearTimeout(run.timer);
    run.worker.terminate();
    workers.delete(id);
  };
  addEventListener('message', (event) => {
    if (event.source !== parent) return;
    const message = event.data;
    if (message.type === 'boot') {
      origin = event.origin;
      source = URL.createObjectURL(new Blob([message.code], { type: 'text/javascript' }));
      reply({ type: 'ready' });
    } else if (message.type === 'run' && source) {
      const id = message.id;
      let worker;
      try {
        worker = new Worker(source);
      } catch (error) {
        reply({ type: 'crash', id, message: String(error && error.message || error) });
        return;
      }
      const timer = setTimeout(() => { stop(id); reply({ type: 'timeout', id }); }, message.timeout);
      workers.set(id, { worker, timer });
      worker.onmessage = (event) => { stop(id); reply({ type: 'result', id, result: event.data }); };
      worker.onerror = (event) => { event.preventDefault(); stop(id); reply({ type: 'crash', id, message: event.message || '' }); };
      worker.postMessage(message.request);
    } else if (message.type === 'stop') {
      stop(message.id);
    }
  });
  parent.postMessage({ type: 'loaded' }, '*');
})();
</script>`;
