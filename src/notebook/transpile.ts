import { transform } from 'sucrase';

/** What the page says near the cells a learner edits, as it checks no types (TypeScript's checker is megabytes). */
export const TYPES_NOTE = 'Types are not checked: a cell runs as the JavaScript left once its types are stripped.';

export type Transpiled = { ok: true; js: string } | { ok: false; message: string; line?: number };

/**
 * Strips TypeScript's types and turns imports into `require` calls, keeping every line where it
 * was, so errors point at the learner's lines. Types are not checked: a cell runs as the
 * JavaScript it would compile to. Modern syntax is left as it is; the browser runs it.
 */
export function transpile(source: string): Transpiled {
  try {
    const { code } = transform(source, { transforms: ['typescript', 'imports'], disableESTransforms: true, production: true });
    return { ok: true, js: code };
  } catch (error) {
    const { message, loc } = error as { message?: string; loc?: { line: number } };
    return { ok: false, message: (message ?? String(error)).replace(/\s*\(\d+:\d+\)$/, ''), line: loc?.line };
  }
}
