import { existsSync, rmSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findBrowser } from './tests/browser.mjs';

// Another port can be chosen when two copies of the suite run on one machine.
const port = Number(process.env.E2E_PORT ?? 4329);
const executablePath = findBrowser();
if (!executablePath) throw new Error('No Chromium: run `node tests/browser.mjs` to see how to install one.');
if (!existsSync('dist/client/index.html')) throw new Error('No built site in dist/: run `npm run build` first.');

// The suite runs the course server as users do (class mode on), with a fresh SQLite file per run.
const classData = `.e2e-data/${port}`;
// Workers load this file again while the server runs: only the main process clears the data.
if (process.env.TEST_WORKER_INDEX === undefined) rmSync(classData, { recursive: true, force: true });

export default defineConfig({
  testDir: 'tests/e2e',
  // One browser on a two-core machine; the built site is shared by every file.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath, args: chromiumArgs },
    trace: 'off',
    // The offline-reading worker would serve pages from its cache between tests; only offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  webServer: {
    command: 'node server.mjs',
    // LTI score retries in half a second, not half a minute, for lti.spec.ts's LMS that goes down and comes back.
    env: { HOST: '127.0.0.1', PORT: String(port), CLASS_DATA_DIR: classData, LTI_RETRY_BASE_MS: '500', LTI_RETRY_MAX_MS: '2000', LTI_QUEUE_INTERVAL_MS: '250' },
    url: `http://127.0.0.1:${port}/`,
    // A server left on this port from an earlier run would serve an older build: fail instead.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
