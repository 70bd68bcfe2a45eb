import type { Session } from './session';

/**
 * Checks that every lesson a session names exists in the site, and that the sessions are numbered
 * 1, 2, … without gaps. Throws one line per problem, naming the file and the field.
 */
export function checkSessionRefs(sessions: readonly { file: string; session: Session }[], lessons: readonly string[]): void {
  const problems: string[] = [];
  for (const { file, session } of sessions) {
    session.lessons.forEach((lesson, index) => {
      if (!lessons.includes(lesson)) problems.push(`${file}: lesson ${index + 1}: no lesson "${lesson}" in the site (lessons: ${lessons.join(', ')})`);
    });
  }
  const numbers = sessions.map(({ session }) => session.number).sort((a, b) => a - b);
  numbers.forEach((number, index) => {
    if (number !== index + 1) {
      const file = sessions.find(({ session }) => session.number === number)!.file;
      problems.push(`${file}: number: sessions are numbered 1 to ${sessions.length} without gaps or repeats (found ${numbers.join(', ')})`);
    }
  });
  if (problems.length > 0) throw new Error([...new Set(problems)].join('\n'));
}
