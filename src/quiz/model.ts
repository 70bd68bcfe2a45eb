import type { MarkdownHeading } from 'astro';
import type { Question, Quiz } from '@/schemas/quiz';
import { describeComputation, evaluate } from '@/schemas/quiz-compute';
import { attemptSeed, derangedOrder, letter, shuffled, type QuestionKey, type Tolerance } from './';
import { formatAnswer, formatTolerance } from './format-answer';
import { inline, plain, type MathOutput } from './inline';
import { computeValues, type FormattedValue } from './values';
import { widgetLink, type WidgetLink } from '@/widgets/kit/link';

/** A link to a section of the lesson: `#two-curves-one-slider`, "Two curves, one slider". */
export interface SectionLink {
  href: string;
  title: string;
}

export interface OptionModel {
  id: string;
  html: string;
  correct: boolean;
  explanation: string;
  /** Set when the option draws on another section than its question. */
  section?: SectionLink;
}

export interface ItemModel {
  id: string;
  html: string;
  label: string;
  explanation: string;
}

export interface QuestionModel {
  number: number;
  type: Question['type'];
  prompt: string;
  hints: string[];
  section: SectionLink;
  /** Choice questions: options in the order dealt for a first attempt. */
  options: OptionModel[];
  /** Ordering questions: items in the right order, and in the order dealt for a first attempt. */
  items: ItemModel[];
  dealt: ItemModel[];
  numeric?: { answer: string; accepted: string; computation: string; unit?: string };
  explanation?: string;
  widget?: WidgetLink;
}

/** What the browser needs to score the quiz and deal each attempt's order. */
export interface QuizPayload {
  lesson: string;
  questions: { key: QuestionKey; shuffle: boolean }[];
}

export interface QuizModel {
  title: string;
  questions: QuestionModel[];
  payload: QuizPayload;
}

interface Context {
  lesson: string;
  file: string;
  headings: readonly MarkdownHeading[];
  lessons: readonly string[];
  base: string;
  /** How math is set; `html` for the site's pages. */
  math?: MathOutput;
}

/**
 * Turns a validated quiz file into what the page renders: text as HTML, sections checked against
 * the lesson's headings, numeric answers computed by the simulation core, widget links checked
 * against the widgets' settings. A problem stops the build with the file and the question named.
 */
export function buildQuiz(quiz: Quiz, context: Context): QuizModel {
  const values = computeValues(quiz.values);
  const questions = quiz.questions.map((question, index) => {
    try {
      return buildQuestion(question, index, quiz.shuffle, context, values);
    } catch (error) {
      throw new Error(`${context.file}: question ${index + 1}: ${(error as Error).message}`);
    }
  });
  const payload: QuizPayload = {
    lesson: context.lesson,
    questions: quiz.questions.map((question, index) => ({ key: keyOf(question), shuffle: shuffles(question, quiz.shuffle) && questions[index]!.type !== 'ordering' })),
  };
  return { title: quiz.title, questions, payload };
}

const shuffles = (question: Question, quizDefault: boolean) => question.shuffle ?? quizDefault;

function sectionLink(slug: string, headings: readonly MarkdownHeading[], lesson: string, field: string): SectionLink {
  const heading = headings.find((candidate) => candidate.slug === slug && candidate.depth === 2);
  if (!heading) {
    const known = headings.filter((candidate) => candidate.depth === 2).map((candidate) => candidate.slug);
    throw new Error(`${field}: no section "${slug}" in lesson ${lesson} (sections: ${known.join(', ')})`);
  }
  return { href: `#${slug}`, title: heading.text };
}

function buildQuestion(question: Question, index: number, quizShuffle: boolean, context: Context, values: Record<string, FormattedValue>): QuestionModel {
  const { headings, lesson } = context;
  /** Renders one text field, naming it if a value it quotes is unknown. */
  const text = (field: string, source: string) => {
    try {
      return inline(source, values, context.math);
    } catch (error) {
      throw new Error(`${field}: ${(error as Error).message}`);
    }
  };
  const model: QuestionModel = {
    number: index + 1,
    type: question.type,
    prompt: text('prompt', question.prompt),
    hints: question.hints.map((hint, i) => text(`hint ${i + 1}`, hint)),
    section: sectionLink(question.section, headings, lesson, 'section'),
    options: [],
    items: [],
    dealt: [],
  };
  const seed = attemptSeed(lesson, 1, index);
  if (question.type === 'single' || question.type === 'multiple' || question.type === 'predict') {
    const options = question.options.map((option, i) => ({
      id: letter(i),
      html: text(`option ${i + 1}: text`, option.text),
      correct: option.correct,
      explanation: text(`option ${i + 1}: explanation`, option.explanation),
      section: option.section && option.section !== question.section ? sectionLink(option.section, headings, lesson, `option ${i + 1}: section`) : undefined,
    }));
    model.options = shuffles(question, quizShuffle) ? shuffled(options, seed) : options;
  }
  if (question.type === 'predict') model.widget = widgetLink(question.widget, context.lessons, context.base);
  if (question.type === 'ordering') {
    model.items = question.items.map((item, i) => ({
      id: letter(i),
      html: text(`item ${i + 1}: text`, item.text),
      label: plain(item.text, values),
      explanation: text(`item ${i + 1}: explanation`, item.explanation),
    }));
    model.dealt = derangedOrder(model.items, seed);
  }
  if (question.type === 'numeric') {
    const answer = evaluate(question.answer);
    model.numeric = {
      answer: formatAnswer(answer, question.tolerance),
      accepted: formatTolerance(answer, question.tolerance),
      computation: describeComputation(question.answer),
      unit: question.unit,
    };
  }
  if ((question.type === 'numeric' || question.type === 'ordering') && question.explanation) model.explanation = text('explanation', question.explanation);
  return model;
}

function keyOf(question: Question): QuestionKey {
  switch (question.type) {
    case 'single':
    case 'predict':
      return { type: question.type, options: question.options.map((_, i) => letter(i)), correct: letter(question.options.findIndex((option) => option.correct)) };
    case 'multiple':
      return {
        type: 'multiple',
        options: question.options.map((_, i) => letter(i)),
        correct: question.options.flatMap((option, i) => (option.correct ? [letter(i)] : [])),
      };
    case 'numeric':
      return { type: 'numeric', answer: evaluate(question.answer), tolerance: question.tolerance as Tolerance };
    case 'ordering':
      return { type: 'ordering', order: question.items.map((_, i) => letter(i)) };
  }
}
