import { describe, expect, it } from 'vitest';
import { cartridgeFiles } from '@/exports/cc/cartridge';
import { qtiFiles } from '@/exports/qti21/package';
import { address, exportCourse, exportQuiz, lessons } from './quiz-model';
import { requireValidator, validate } from './xmllint';

/**
 * Every file of every export that has an official schema, validated by xmllint against it,
 * offline: each QTI 2.1 item, test and manifest; the cartridge's manifest, assessments and web
 * links. Both with a public address and without one.
 */
// xmllint over whole packages: slower than a unit test on a busy machine.
const VALIDATION = 60_000;

describe.each([
  ['with a public address', address],
  ['without one', null],
])('the exports %s validate against their schemas', (_, site) => {
  requireValidator();

  it.each(lessons)('QTI 2.1 package of %s: items and test against QTI 2.1, manifest against IMS CP 1.1', (lesson) => {
    const files = qtiFiles(exportQuiz(lesson), site);
    const { 'imsmanifest.xml': manifest, ...qti } = files;
    expect(Object.keys(qti).length).toBeGreaterThan(6);
    expect(validate('qti21', qti)).toEqual([]);
    expect(validate('cp11', { 'imsmanifest.xml': manifest! })).toEqual([]);
  }, VALIDATION);

  it('the Common Cartridge: manifest, every assessment and every web link against CC 1.3', () => {
    const files = cartridgeFiles(exportCourse(), site);
    const pick = (re: RegExp) => Object.fromEntries(Object.entries(files).filter(([name]) => re.test(name)));
    const assessments = pick(/^quizzes\/.*\.xml$/);
    const links = pick(/^links\/.*\.xml$/);
    expect(Object.keys(assessments)).toHaveLength(lessons.length);
    expect(Object.keys(links)).toHaveLength(site ? lessons.length : 0);
    expect(validate('ccManifest', { 'imsmanifest.xml': files['imsmanifest.xml']! })).toEqual([]);
    expect(validate('ccAssessment', assessments)).toEqual([]);
    if (site) expect(validate('ccWebLink', links)).toEqual([]);
  }, VALIDATION);
});

describe('the validator', () => {
  it('rejects what breaks the schema', () => {
    const files = qtiFiles(exportQuiz('what-is-emergence'), address);
    expect(validate('qti21', { 'q1.xml': files['items/q1.xml']!.replace('adaptive=', 'adaptiv=') }).join('\n')).toMatch(/fails to validate/);
    const cc = cartridgeFiles(exportCourse(), address);
    expect(validate('ccManifest', { 'imsmanifest.xml': cc['imsmanifest.xml']!.replace('1.3.0', '1.1.0') }).join('\n')).toMatch(/fails to validate/);
  }, VALIDATION);
});
