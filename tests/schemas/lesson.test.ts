import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { lessonSchema } from '@/schemas/lesson';
import { describeIssues, parseWithFriendlyErrors } from '@/schemas/friendly';

const valid = {
  title: 'A lesson',
  order: 1,
  summary: 'What it is about.',
  objectives: ['Do a thing.'],
  minutes: 10,
  references: [
    { id: 'anderson1972', authors: 'Anderson, P. W.', title: 'More Is Different', venue: 'Science', year: 1972, url: 'https://doi.org/10.1126/science.177.4047.393' },
  ],
};

describe('lessonSchema', () => {
  it('accepts a complete lesson and defaults prerequisites to none', () => {
    expect(lessonSchema.parse(valid).prerequisites).toEqual([]);
  });

  it('names the file and the field when the title is missing', () => {
    const { title: _, ...untitled } = valid;
    expect(() => parseWithFriendlyErrors(lessonSchema, untitled, 'content/lessons/untitled.mdx')).toThrow(
      'content/lessons/untitled.mdx: title: Required',
    );
  });

  it('names the nested field of a bad reference', () => {
    const result = lessonSchema.safeParse({ ...valid, references: [{ ...valid.references[0], year: '1972' }] });
    expect(result.success).toBe(false);
    expect(describeIssues('content/lessons/x.mdx', result.error!)).toBe(
      'content/lessons/x.mdx: references.0.year: Expected number, received string',
    );
  });

  it('requires at least one objective and one reference', () => {
    const result = lessonSchema.safeParse({ ...valid, objectives: [], references: [] });
    const message = describeIssues('x.mdx', result.error!);
    expect(message).toContain('x.mdx: objectives: Array must contain at least 1 element(s)');
    expect(message).toContain('x.mdx: references: Array must contain at least 1 element(s)');
  });

  it('rejects two references with the same id', () => {
    const twice = { ...valid, references: [valid.references[0], valid.references[0]] };
    expect(() => parseWithFriendlyErrors(lessonSchema, twice, 'x.mdx')).toThrow('x.mdx: references.1.id: duplicate reference id "anderson1972"');
  });
});

describe('content sync of a lesson with no title', () => {
  const root = mkdtempSync(join(tmpdir(), 'threshold-schema-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('fails, naming the file and the field', async () => {
    for (const entry of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(entry, join(root, entry), { recursive: true });
    }
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
    mkdirSync(join(root, 'content/lessons'), { recursive: true });
    const lesson = readFileSync('content/lessons/what-is-emergence.mdx', 'utf8').replace(/^title:.*\n/m, '');
    writeFileSync(join(root, 'content/lessons/untitled.mdx'), lesson);

    const run = promisify(execFile)(process.execPath, [resolve('node_modules/astro/astro.js'), 'sync'], { cwd: root });
    const failure = await run.then(() => undefined, (error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure, 'astro sync should fail').toBeDefined();
    const output = stripVTControlCharacters(`${failure!.stdout}\n${failure!.stderr}`);
    expect(failure!.code).not.toBe(0);
    expect(output).toContain('content/lessons/untitled.mdx');
    expect(output).toMatch(/title\W+Required/);
  }, 60_000);
});
