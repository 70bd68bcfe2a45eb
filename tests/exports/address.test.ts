import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canvasPackage } from '@/exports/canvas/package';
import { cartridge, cartridgeFiles } from '@/exports/cc/cartridge';
import { moodleCourse, moodleQuiz } from '@/exports/moodle/questions';
import { qtiPackage } from '@/exports/qti21/package';
import { absoluteAt, siteAddress } from '@/common/site-address';
import { quizSchema } from '@/schemas/quiz';
import { address, exportCourse, exportQuiz, lessons } from './quiz-model';

/** Every text file of every export, built with `site` as the public address (or none). */
function everyFile(site: string | null): Record<string, string> {
  const files: Record<string, string> = {};
  const unzip = (name: string, bytes: Uint8Array) => {
    for (const [path, data] of Object.entries(unzipSync(bytes))) files[`${name}/${path}`] = strFromU8(data);
  };
  for (const lesson of lessons) {
    const quiz = exportQuiz(lesson);
    unzip(`${lesson}.qti21.zip`, qtiPackage(quiz, site));
    unzip(`${lesson}.canvas.zip`, canvasPackage(quiz, site));
    files[`${lesson}.moodle.xml`] = moodleQuiz(quiz, site);
  }
  files['threshold.moodle.xml'] = moodleCourse(lessons.map((lesson) => exportQuiz(lesson)), site);
  unzip('threshold.imscc', cartridge(exportCourse(), site));
  return files;
}

/** Links in a file, to anywhere but the namespaces and schemas XML declares. */
const links = (text: string) => [...text.matchAll(/(?:href|url)="([^"]+)"|href=&quot;([^&]+)&quot;/g)].map((match) => match[1] ?? match[2]!).filter((url) => !url.startsWith('#'));

// Builds every file of every format: slower than a unit test on a busy machine.
const BUILD_ALL = 60_000;

describe('the public address in the exports', () => {
  it('is taken from SITE_URL with the base path, and absent without one', () => {
    expect(siteAddress('https://course.example.org', '/threshold/')).toBe('https://course.example.org/threshold/');
    expect(siteAddress(undefined, '/')).toBeNull();
    expect(absoluteAt('https://course.example.org/threshold/', 'lessons/x/')).toBe('https://course.example.org/threshold/lessons/x/');
    expect(absoluteAt('https://course.example.org/threshold/', '/threshold/lessons/x/')).toBe('https://course.example.org/threshold/lessons/x/');
    expect(absoluteAt(null, 'lessons/x/')).toBeNull();
  });

  it('with an address: every link in every file points to the course there', () => {
    const files = everyFile(address);
    const all = Object.entries(files).flatMap(([path, text]) => links(text).map((url) => `${path}: ${url}`));
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((line) => !line.split(': ')[1]!.startsWith(address) && !/^[^:]+: [\w/.-]+$/.test(line))).toEqual([]);
  }, BUILD_ALL);

  it('without one: no file links to the course, and the files say that no address was configured', () => {
    const files = everyFile(null);
    expect(Object.entries(files).flatMap(([path, text]) => links(text).filter((url) => /^https?:/.test(url)).map((url) => `${path}: ${url}`))).toEqual([]);
    for (const [path, text] of Object.entries(files)) expect(text, path).not.toMatch(/threshold\.example/);
    expect(files['threshold.imscc/about.html']).toContain('no public address configured');
    expect(files['what-is-emergence.moodle.xml']).toContain('no public address configured');
    expect(Object.keys(files).filter((path) => path.startsWith('threshold.imscc/links/'))).toEqual([]);
  }, BUILD_ALL);
});

describe('a question an export cannot carry', () => {
  it('stops the build, naming the quiz file, the question and the format', () => {
    const quiz = quizSchema.parse(parse(readFileSync('content/quizzes/what-is-emergence.yaml', 'utf8')));
    const index = quiz.questions.findIndex((question) => question.type === 'single');
    const single = quiz.questions[index]! as Extract<(typeof quiz.questions)[number], { type: 'single' }>;
    // Two options: fine on the site, but the CC profile's multiple choice needs three.
    const options = [single.options.find((option) => option.correct)!, single.options.find((option) => !option.correct)!];
    const twoOptions = { ...quiz, questions: quiz.questions.map((question, i) => (i === index ? { ...single, options } : question)) };
    const course = exportCourse();
    course.quizzes = course.quizzes.map((candidate) => (candidate.lesson === 'what-is-emergence' ? exportQuiz('what-is-emergence', twoOptions) : candidate));
    expect(() => cartridgeFiles(course, null)).toThrow(
      `content/quizzes/what-is-emergence.yaml: question ${index + 1}: the Common Cartridge 1.3 export cannot express it: a single-choice question needs at least three options in the CC profile (found 2)`,
    );
    // The other formats carry it.
    expect(() => moodleQuiz(exportQuiz('what-is-emergence', twoOptions), null)).not.toThrow();
  });
});
