import { describe, expect, it } from 'vitest';
import { assignmentQuery, DEFAULT_TITLE, LIMITS, readAssignment, type Assignment, type Catalog } from '@/assignment/link';

const catalog: Catalog = {
  lessons: ['what-is-emergence', 'phase-transitions', 'famous-examples', 'why-abilities-emerge'],
  sessions: { 1: ['what-is-emergence', 'phase-transitions'], 2: ['famous-examples', 'why-abilities-emerge'] },
};

const roundTrip = (assignment: Assignment) => readAssignment(assignmentQuery(assignment, catalog), catalog);

describe('assignment links', () => {
  it('read back exactly what was written, line breaks and all', () => {
    const assignment: Assignment = {
      title: 'Week 5 — emergence & “phase” transitions',
      lessons: ['what-is-emergence', 'famous-examples'],
      due: '2026-12-01',
      instructions: 'Read both lessons.\nTake each quiz twice: once now, once a day later.',
    };
    expect(roundTrip(assignment)).toEqual({ assignment: { ...assignment, session: undefined }, problems: [] });
  });

  it('name a whole session by its number, the shortest form', () => {
    const query = assignmentQuery({ title: 'Session 2', lessons: ['why-abilities-emerge', 'famous-examples'], instructions: '' }, catalog);
    expect(query).toBe('s=2&t=Session+2');
    expect(readAssignment(query, catalog).assignment).toEqual({
      title: 'Session 2',
      lessons: ['famous-examples', 'why-abilities-emerge'],
      session: 2,
      due: undefined,
      instructions: '',
    });
  });

  it('combine a session with extra lessons, in course order, once each', () => {
    const { assignment, problems } = readAssignment('l=why-abilities-emerge&s=1&l=what-is-emergence', catalog);
    expect(problems).toEqual([]);
    expect(assignment?.lessons).toEqual(['what-is-emergence', 'phase-transitions', 'why-abilities-emerge']);
    expect(assignment?.session).toBeUndefined();
  });

  it('leave out unknown lessons and sessions with a message, and keep the rest', () => {
    const { assignment, problems } = readAssignment('l=what-is-emergence&l=lesson-nine&s=7&l=../../etc', catalog);
    expect(assignment?.lessons).toEqual(['what-is-emergence']);
    expect(problems).toEqual([
      'There is no session “7” in this course (sessions: 1, 2); it was left out.',
      'There is no lesson “lesson-nine” in this course; it was left out.',
      'There is no lesson “../../etc” in this course; it was left out.',
    ]);
  });

  it('refuse a link that names no lesson at all', () => {
    for (const query of ['', 't=Hello', 'l=nope', 's=abc', 's=1e3']) {
      const read = readAssignment(query, catalog);
      expect(read.assignment, query).toBeUndefined();
      expect(read.problems.at(-1)).toBe('This link names no lesson of the course, so there is nothing to assign. Ask for a new link.');
    }
  });

  it('keep a script in the title as the text it is', () => {
    const title = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const { assignment, problems } = readAssignment(new URLSearchParams({ s: '1', t: title }), catalog);
    expect(problems).toEqual([]);
    expect(assignment?.title).toBe(title);
  });

  it('shorten an over-long title and instructions, saying so', () => {
    const { assignment, problems } = readAssignment(new URLSearchParams({ s: '1', t: 'T'.repeat(500), n: 'n'.repeat(2000) }), catalog);
    expect(assignment?.title).toHaveLength(LIMITS.title);
    expect(assignment?.title.endsWith('…')).toBe(true);
    expect(assignment?.instructions).toHaveLength(LIMITS.instructions);
    expect(problems).toEqual([
      `The title was longer than ${LIMITS.title} characters and has been shortened.`,
      `The instructions were longer than ${LIMITS.instructions} characters and have been shortened.`,
    ]);
  });

  it('refuse a huge link outright, quoting none of it', () => {
    const query = `s=1&t=${'x'.repeat(LIMITS.query)}`;
    const read = readAssignment(query, catalog);
    expect(read.assignment).toBeUndefined();
    expect(read.problems).toEqual([`This link is too long to be an assignment (${query.length} characters; at most ${LIMITS.query}). Ask for a new link.`]);
  });

  it('drop a due date that is not a real day, and quote it short', () => {
    for (const due of ['2026-02-30', 'tomorrow', '2026-1-5', `2026-12-01${'9'.repeat(100)}`]) {
      const { assignment, problems } = readAssignment(new URLSearchParams({ s: '1', d: due }), catalog);
      expect(assignment?.due, due).toBeUndefined();
      expect(problems[0]).toMatch(/^The due date “.{1,41}” is not a date \(expected YYYY-MM-DD\); no due date is shown\.$/);
    }
  });

  it('strip control characters, and fall back to a plain title', () => {
    expect(readAssignment('s=1&t=%00%1b%5B31m', catalog).assignment?.title).toBe('[31m');
    expect(readAssignment('s=1&t=%20%20', catalog).assignment?.title).toBe(DEFAULT_TITLE);
  });

  it('ignore parameters it does not know, such as tracking tags', () => {
    expect(readAssignment('s=2&utm_source=lms', catalog).problems).toEqual([]);
  });
});
