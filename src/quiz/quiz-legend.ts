import { letter } from './';
import type { LessonEntry } from '@/collections/lessons';
import type { QuizEntry } from '@/collections/quizzes';
import { inline, plain } from './inline';
import { computeValues } from './values';
import type { QuizLegend } from '@/class/describe-answer';

export function quizLegend(lessons: LessonEntry[], quizzes: Map<string, QuizEntry>): QuizLegend {
  const legend: QuizLegend = {};
  for (const lesson of lessons) {
    const quiz = quizzes.get(lesson.id);
    if (!quiz) continue;
    const values = computeValues(quiz.data.values ?? {});
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
  return lessons.flatMap((lesson) => {
    const quiz = quizzes.get(lesson.id);
    if (!quiz) return [];
    const values = computeValues(quiz.data.values ?? {});
    return quiz.data.questions.map((question, index): [string, string] => [`${lesson.id}:${index}`, inline(question.prompt, values, 'mathml')]);
  });
}
