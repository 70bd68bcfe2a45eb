import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSession } from '@/instructors/session-model';
import { describeContentIssues } from '@/schemas/quiz-errors';
import { sessionLists, sessionSchema, type Session } from '@/schemas/session';
import { checkSessionRefs } from '@/schemas/session-refs';

const folder = 'content/sessions';
const files = readdirSync(folder).filter((name) => name.endsWith('.yaml'));
const raw = (file: string) => parse(readFileSync(`${folder}/${file}`, 'utf8')) as Record<string, unknown>;
const sources = Object.fromEntries(readdirSync('content/lessons').map((name) => [name.replace(/\.mdx$/, ''), readFileSync(`content/lessons/${name}`, 'utf8')]));

/** The error lines for `input`, as the loader prints them. */
function problems(input: unknown): string[] {
  const result = sessionSchema.safeParse(input);
  return result.success ? [] : describeContentIssues('content/sessions/x.yaml', result.error, sessionLists).split('\n');
}

const first = () => structuredClone(raw(files.sort()[0]!)) as Record<string, any>;

describe('the course’s sessions', () => {
  const sessions = files.map((file) => ({ file: `${folder}/${file}`, session: sessionSchema.parse(raw(file)) }));

  it('are the four of the syllabus, 60 to 90 minutes each, covering every lesson once', () => {
    expect(sessions.map(({ session }) => session.number).sort()).toEqual([1, 2, 3, 4]);
    for (const { session } of sessions) expect(session.minutes).toBeGreaterThanOrEqual(60);
    const covered = sessions.flatMap(({ session }) => session.lessons).sort();
    expect(covered).toEqual(Object.keys(sources).sort());
    expect(() => checkSessionRefs(sessions, Object.keys(sources))).not.toThrow();
  });

  it('open every activity’s widget on the lesson page that shows it, with the kit’s own URL state', () => {
    for (const { file, session } of sessions) {
      const model = buildSession(session, { file, sources, base: '/' });
      for (const activity of model.activities) {
        const url = new URL(activity.link.href, 'https://x.example');
        const [, lesson] = /^\/lessons\/([a-z-]+)\/$/.exec(url.pathname) ?? [];
        expect(session.lessons, `${file}: ${activity.title}`).toContain(lesson);
        expect([...url.searchParams.keys()].every((key) => key.startsWith(`${url.hash.slice(1)}.`))).toBe(true);
      }
    }
  });

  it('include the metric lens on exact match with L = 10', () => {
    const links = sessions.flatMap(({ file, session }) => buildSession(session, { file, sources, base: '/' }).activities.map((activity) => activity.link.href));
    expect(links).toContain('/lessons/mirage-or-real/?metric-lens.metric=exact_match&metric-lens.length=10#metric-lens');
  });
});

describe('a session with mistakes', () => {
  it('names the file and the field when the timing does not add up', () => {
    const session = first();
    session.timing[0].minutes += 5;
    expect(problems(session)).toEqual([`content/sessions/x.yaml: timing: the timing adds up to ${session.minutes + 5} minutes but the session lasts ${session.minutes}`]);
  });

  it('counts entries from 1 as an author does', () => {
    const session = first();
    session.activities[1].steps = [];
    session.discussion[0].prompt = ' ';
    delete session.activities[0].widget.preset;
    expect(problems(session)).toEqual([
      'content/sessions/x.yaml: activity 1: widget.preset: Required',
      'content/sessions/x.yaml: activity 2: steps: give at least one step to try',
      'content/sessions/x.yaml: prompt 1: prompt: must not be empty',
    ]);
  });

  it('refuses a length outside 60 to 90 minutes and pre-work outside the session', () => {
    const session = first();
    session.minutes = 120;
    session.timing = [{ minutes: 60, what: 'a' }, { minutes: 60, what: 'b' }];
    session.prework[0].lesson = 'safety';
    expect(problems(session)).toEqual([
      'content/sessions/x.yaml: minutes: a session lasts 60 to 90 minutes',
      `content/sessions/x.yaml: pre-work 1: lesson: "safety" is not one of the session's lessons (${session.lessons.join(', ')})`,
    ]);
  });

  it('fails the build for a lesson that does not exist, or a gap in the numbering', () => {
    const session = sessionSchema.parse(first()) as Session;
    expect(() => checkSessionRefs([{ file: 'content/sessions/a.yaml', session: { ...session, lessons: ['what-is-emergence', 'lesson-nine'] } }], ['what-is-emergence'])).toThrow(
      'content/sessions/a.yaml: lesson 2: no lesson "lesson-nine" in the site (lessons: what-is-emergence)',
    );
    expect(() => checkSessionRefs([{ file: 'content/sessions/a.yaml', session: { ...session, number: 2 } }], session.lessons)).toThrow(
      'content/sessions/a.yaml: number: sessions are numbered 1 to 1 without gaps or repeats (found 2)',
    );
  });

  it('fails the build for a deep link the widget would not accept, naming the activity', () => {
    const session = sessionSchema.parse(first()) as Session;
    const withWidget = (widget: Session['activities'][number]['widget']) => ({ ...session, activities: [{ ...session.activities[0]!, widget }] });
    const build = (widget: Session['activities'][number]['widget']) => () => buildSession(withWidget(widget), { file: 'content/sessions/a.yaml', sources, base: '/' });
    expect(build({ name: 'metric-lens', preset: { length: 500 } })).toThrow(/^content\/sessions\/a\.yaml: activity 1: widget\.preset: /);
    expect(build({ name: 'metric-lens', preset: { lenght: 10 } })).toThrow('content/sessions/a.yaml: activity 1: widget.preset: widget "metric-lens" has no setting "lenght"');
    expect(build({ name: 'metric-lens', lesson: 'safety', preset: { length: 10 } })).toThrow(
      'content/sessions/a.yaml: activity 1: widget.lesson: lesson "safety" does not show widget "metric-lens": name the lesson that does',
    );
    expect(build({ name: 'metric-lens', id: 'second-lens', preset: { length: 10 } })).toThrow(/does not show widget "metric-lens" with id "second-lens"/);
  });

  it('fails the build for math that does not typeset, naming the field', () => {
    const session = sessionSchema.parse(first()) as Session;
    const broken = { ...session, discussion: [session.discussion[0]!, { prompt: 'Is $\\frac{1}{$ sharp?', followUps: [] }] };
    expect(() => buildSession(broken, { file: 'content/sessions/a.yaml', sources, base: '/' })).toThrow(/^content\/sessions\/a\.yaml: prompt 2: KaTeX parse error/);
  });
});
