import { describe, expect, it } from 'vitest';
import { qtiFiles } from '@/exports/qti21/package';
import { exportQuiz, lessons } from './quiz-model';

/**
 * Every file of every QTI 2.1 package (built with no public address, as a plain build is),
 * compared with the committed copy in `__snapshots__/qti21/`: a change to what an LMS imports
 * shows as a diff to review (`vitest -u` accepts it). One element per line and long decimals
 * rounded, so the diff reads and the last bit of a float never matters.
 */
const readable = (xml: string) => xml.replace(/></g, '>\n<').replace(/\d+\.\d{7,}/g, (n) => String(Number(Number(n).toFixed(6))));

describe.each(lessons)('the QTI package of %s', (lesson) => {
  const files = qtiFiles(exportQuiz(lesson), null);

  it.each(Object.keys(files))('%s matches its snapshot', async (path) => {
    await expect(readable(files[path]!)).toMatchFileSnapshot(`__snapshots__/qti21/${lesson}/${path}`);
  });
});
