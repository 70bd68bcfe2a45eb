import { readMembership } from './membership';

/** Loads the class code only for a learner who joined a class in this browser; everyone else pays nothing. */
export function startClassIfMember(): void {
  const membership = readMembership();
  if (membership) void import('./sync').then(({ startClassSync }) => startClassSync(membership));
}
