// Starts the built course server (server.mjs) on a loopback port for a measuring script,
// with its own class-mode data folder, and stops it again.
import { spawn } from 'node:child_process';

const answers = async (base) => {
  try {
    return (await fetch(`${base}/`)).ok;
  } catch {
    return false;
  }
};

/** Resolves once the server answers; `stop()` ends it. Refuses a port another server holds, which would be measured instead. */
export async function startCourseServer(port) {
  const base = `http://127.0.0.1:${port}`;
  if (await answers(base)) throw new Error(`port ${port} is in use: choose another with the script's port variable`);
  const server = spawn('node', ['server.mjs'], {
    stdio: 'ignore',
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), CLASS_DATA_DIR: `.e2e-data/bench-${port}` },
  });
  const stop = () => server.kill();
  for (let i = 0; i < 150; i++) {
    if (await answers(base)) return { base, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error('the course server did not start: run `npm run build` first');
}
