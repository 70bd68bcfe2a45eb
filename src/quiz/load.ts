/**
 * Loads the quiz element's code only when a quiz comes near the viewport, as the widget kit does
 * for figures: a reader who never scrolls to the quiz never downloads it.
 */
export function defineWhenNear(): void {
  const quizzes = document.querySelectorAll('threshold-quiz');
  if (quizzes.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void import('./quiz-element');
    },
    { rootMargin: '600px 0px' },
  );
  for (const quiz of quizzes) observer.observe(quiz);
}
