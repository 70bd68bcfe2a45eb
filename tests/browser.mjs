// Finds the Chromium the end-to-end tests drive. Test tools never download a
// browser here: Debian's package, or one named in CHROME_PATH, is used.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const debianChromium = '/usr/bin/chromium';

/** Flags for a headless Chromium on a machine with no GPU and a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The browser to use, or undefined when there is none. */
export function findBrowser(env = process.env) {
  if (existsSync(debianChromium)) return debianChromium;
  const named = env.CHROME_PATH;
  if (named && existsSync(named)) return named;
  return undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && !findBrowser()) {
  const named = process.env.CHROME_PATH;
  console.error(
    named
      ? `No browser at CHROME_PATH=${named}; install one with: sudo apt-get install -y chromium`
      : 'No Chromium found at /usr/bin/chromium: install it with `sudo apt-get install -y chromium`, or set CHROME_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
