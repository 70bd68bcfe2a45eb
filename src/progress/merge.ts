import { earlier, later, MAX_ATTEMPTS, type Attempt, type LessonProgress, type Progress, type QuizProgress, type SavedCode } from './format';
import { isPerfect } from './mastery';

/**
 * Combines two progress records, as an import does: nothing newer is ever replaced by something
 * older. Visits keep the earliest first visit and the latest last one; the reading position
 * comes from whichever side visited last; attempts are pooled (the same attempt twice counts
 * once), and the best score and perfect dates are taken over both; of two versions of edited code, the later
 * edit is kept.
 */
export function mergeProgress(local: Progress, incoming: Progress): Progress {
  const lessons: Record<string, LessonProgress> = { ...local.lessons };
  for (const [slug, theirs] of Object.entries(incoming.lessons)) {
    const ours = lessons[slug];
    lessons[slug] = ours ? mergeLesson(ours, theirs) : theirs;
  }
  const merged: Progress = { ...local, lessons };
  const notebook = laterEdit(local.notebook, incoming.notebook);
  if (notebook) merged.notebook = notebook;
  return merged;
}

/** Of two saved versions of the same code, the one edited last. */
function laterEdit<T extends { at: string }>(ours: T | undefined, theirs: T | undefined): T | undefined {
  if (!ours || !theirs) return ours ?? theirs;
  return Date.parse(theirs.at) > Date.parse(ours.at) ? theirs : ours;
}

function mergeLesson(ours: LessonProgress, theirs: LessonProgress): LessonProgress {
  const newer = Date.parse(theirs.lastVisit) > Date.parse(ours.lastVisit) ? theirs : ours;
  const merged: LessonProgress = {
    firstVisit: earlier(ours.firstVisit, theirs.firstVisit),
    lastVisit: later(ours.lastVisit, theirs.lastVisit),
    scroll: newer.scroll,
    furthest: Math.max(ours.furthest ?? ours.scroll, theirs.furthest ?? theirs.scroll),
  };
  const quiz = ours.quiz && theirs.quiz ? mergeQuiz(ours.quiz, theirs.quiz) : (ours.quiz ?? theirs.quiz);
  if (quiz) merged.quiz = quiz;
  if (ours.cells || theirs.cells) {
    const cells: Record<string, SavedCode> = { ...ours.cells };
    for (const [name, code] of Object.entries(theirs.cells ?? {})) cells[name] = laterEdit(cells[name], code)!;
    merged.cells = cells;
  }
  return merged;
}

const sameAttempt = (a: Attempt, b: Attempt) => a.at === b.at && a.points === b.points && a.of === b.of;

function mergeQuiz(ours: QuizProgress, theirs: QuizProgress): QuizProgress {
  const pooled = [...ours.attempts];
  for (const attempt of theirs.attempts) if (!pooled.some((kept) => sameAttempt(kept, attempt))) pooled.push(attempt);
  pooled.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const ourScore = ours.best.points / ours.best.of;
  const theirScore = theirs.best.points / theirs.best.of;
  const best = theirScore > ourScore || (theirScore === ourScore && Date.parse(theirs.best.at) < Date.parse(ours.best.at)) ? theirs.best : ours.best;
  const quiz: QuizProgress = { attempts: pooled.slice(-MAX_ATTEMPTS), best };
  const perfect = [ours.firstPerfect, ours.lastPerfect, theirs.firstPerfect, theirs.lastPerfect, ...pooled.filter(isPerfect).map((a) => a.at)].filter(
    (at): at is string => at !== undefined,
  );
  if (perfect.length > 0) {
    quiz.firstPerfect = perfect.reduce(earlier);
    quiz.lastPerfect = perfect.reduce(later);
  }
  return quiz;
}
