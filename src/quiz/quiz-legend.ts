import { letter } from './';
import type { LessonEntry } from '@/collections/lessons';
import type { QuizEntry } from '@/collections/quizzes';
import { inline, plain } from './inline';
import { computeValues } from './values';
import type { QuizLegend } from '@/class/describe-answer';

/** Each lesson that has a quiz, in course order, with the quiz's computed values. */
function quizzesOf(lessons: LessonEntry[], quizzes: Map<string, QuizEntry>) {
  return lessons.flatMap((lesson) => {
    const quiz = quizzes.get(lesson.id);
    return quiz ? [{ lesson, quiz, values: computeValues(quiz.data.values ?? {}) }] : [];
  });
}

export function quizLegend(lessons: LessonEntry[], quizzes: Map<string, QuizEntry>): QuizLegend {
  const legend: QuizLegend = {};
  for (const { lesson, quiz, values } of quizzesOf(lessons, quizzes)) {
    legend[lesson.id] = {
      title: lesson.data.title,
      questions: quiz.data.questions.map((question) => {
        const choices = 'options' in question ? question.options : 'items' in question ? question.items : [];
        return {
          prompt: plain(question.prompt, values),
          options: Object.fromEntries(choices.map((choice, index) => [letter(index), plain(choice.text, values)])),
        };
      }),
    };
  }
  return legend;
}

/**
 * Each question's prompt as markup with its formulas typeset as MathML (which browsers draw with no
 * style sheet or font of ours), keyed `<lesson>:<question index>`, for pages that show prompts.
 */
export function promptMarkup(lessons: LessonEntry[], quizzes: Map<string, QuizEntry>): [key: string, html: string][] {
  return quizzesOf(lessons, quizzes).flatMap(({ lesson, quiz, values }) =>
    quiz.data.questions.map((question, index): [string, string] => [`${lesson.id}:${index}`, inline(question.prompt, values, 'mathml')]),
  );
}
