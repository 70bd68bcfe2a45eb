import { defaultGradingRule, gradingRuleText, type GradingRule } from '@/common/graded';

/** What the quiz page says about grading to a reader in no class (and as built, before any script runs). */
export const practiceText = `Practice: nothing here is graded, and your scores stay in this browser. In a class, your instructor chooses which attempt is graded; unless they change it, ${gradingRuleText[defaultGradingRule]}.`;

/** What it says to a learner in a class: the class's rule, and what it means for their next attempt. */
export function classGradingText(className: string, rule: GradingRule, answersShown: boolean): string {
  const next = answersShown
    ? 'You have shown the answers of this quiz, so attempts from now on are practice.'
    : rule === 'first'
      ? 'Answer every question before you check; later attempts, and any made after showing the answers, are practice.'
      : 'Once you choose “Show answers”, later attempts are practice.';
  return `Graded for your class “${className}”: ${gradingRuleText[rule]}. ${next}`;
}
