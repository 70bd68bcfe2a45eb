import type { Session } from '@/schemas/session';
import { inline } from '@/quiz/inline';
import { widgetLink, type WidgetLink } from '@/widgets/kit/link';

/** An in-class activity as the handout shows it: text as HTML, and the checked deep link. */
export interface ActivityModel {
  /** Anchor on the handout, `activity-2`. */
  id: string;
  title: string;
  link: WidgetLink;
  steps: string[];
  notice: string[];
}

export interface SessionModel {
  objectives: string[];
  prework: { lesson: string; focus: string }[];
  activities: ActivityModel[];
  discussion: { prompt: string; followUps: string[] }[];
  timing: { minutes: number; what: string; start: number }[];
}

interface Context {
  file: string;
  /** Every lesson's slug and MDX source, to check that each activity's widget is on its lesson page. */
  sources: Readonly<Record<string, string>>;
  base: string;
}

/**
 * Turns a validated session into what its handout renders: text as HTML (the quiz's inline
 * Markdown and math), each activity's deep link built by the widget kit and checked against the
 * widget's settings and the lesson that shows it, and the start minute of each timing step.
 * A problem stops the build with the file and the activity named.
 */
export function buildSession(session: Session, { file, sources, base }: Context): SessionModel {
  const lessons = Object.keys(sources);
  /** Renders one text field, naming it if its math does not typeset. */
  const text = (field: string, source: string) => {
    try {
      return inline(source);
    } catch (error) {
      throw new Error(`${file}: ${field}: ${(error as Error).message}`);
    }
  };
  const activities = session.activities.map((activity, index) => {
    const where = `activity ${index + 1}`;
    let link: WidgetLink;
    try {
      link = widgetLink(activity.widget, lessons, base, sources);
    } catch (error) {
      throw new Error(`${file}: ${where}: ${(error as Error).message}`);
    }
    return {
      id: `activity-${index + 1}`,
      title: activity.title,
      link,
      steps: activity.steps.map((step, i) => text(`${where}: step ${i + 1}`, step)),
      notice: activity.notice.map((line, i) => text(`${where}: notice ${i + 1}`, line)),
    };
  });
  let start = 0;
  const timing = session.timing.map((step, index) => {
    const model = { minutes: step.minutes, what: text(`timing step ${index + 1}`, step.what), start };
    start += step.minutes;
    return model;
  });
  return {
    objectives: session.objectives.map((objective, index) => text(`objective ${index + 1}`, objective)),
    prework: session.prework.map(({ lesson, focus }, index) => ({ lesson, focus: text(`pre-work ${index + 1}: focus`, focus) })),
    activities,
    discussion: session.discussion.map(({ prompt, followUps }, index) => ({
      prompt: text(`prompt ${index + 1}`, prompt),
      followUps: followUps.map((line, i) => text(`prompt ${index + 1}: follow-up ${i + 1}`, line)),
    })),
    timing,
  };
}
