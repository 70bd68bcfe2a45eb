import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';

/**
 * Runs `astro sync` on a copy of the project in which `files` (path → text) replace or add
 * content, and returns what it printed if it failed, or undefined if it succeeded.
 */
export async function syncFailure(files: Record<string, string>): Promise<string | undefined> {
  const root = mkdtempSync(join(tmpdir(), 'threshold-sync-'));
  try {
    for (const entry of ['src', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(entry, join(root, entry), { recursive: true });
    }
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const run = promisify(execFile)(process.execPath, [resolve('node_modules/astro/astro.js'), 'sync'], { cwd: root });
    const failure = await run.then(() => undefined, (error: { stdout: string; stderr: string }) => error);
    return failure && stripVTControlCharacters(`${failure.stdout}\n${failure.stderr}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
