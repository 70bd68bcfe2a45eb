import { defaultGradingRule, gradingRules, type GradingRule } from '@/common/graded';
import type { MyRecords } from '@/server/protocol';
import { call } from './api';
import { readMembership, saveMembership } from './membership';

/** The learner's class and the rule that grades its quizzes. */
export interface ClassGrading {
  className: string;
  rule: GradingRule;
}

const known = (rule: unknown): GradingRule => ((gradingRules as readonly unknown[]).includes(rule) ? (rule as GradingRule) : defaultGradingRule);

/** As last heard in this browser; undefined for a learner in no class. */
export function classGrading(): ClassGrading | undefined {
  const membership = readMembership();
  return membership && { className: membership.className, rule: known(membership.gradingRule) };
}

/**
 * Asks the class server for the class's rule now (the instructor may have changed it since the
 * learner joined) and keeps it with the membership. Offline or refused, the last known rule stands.
 */
export async function refreshClassGrading(): Promise<ClassGrading | undefined> {
  const membership = readMembership();
  if (!membership) return undefined;
  const result = await call<MyRecords>('me', { credential: membership.token });
  if (result.ok && result.data.class) saveMembership({ ...membership, className: result.data.class.name, gradingRule: known(result.data.class.gradingRule) });
  return classGrading();
}
