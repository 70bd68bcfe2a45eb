/**
 * How far down `article` the reader has got: the share of it above the bottom of the window,
 * 0 at the top, 1 once its end is in view. Measured on the article rather than the page so that
 * a wider window or a longer footer does not change the answer.
 */
export function readingPosition(article: HTMLElement): number {
  const box = article.getBoundingClientRect();
  if (box.height <= 0) return 0;
  return Math.min(1, Math.max(0, (innerHeight - box.top) / box.height));
}

/** Scrolls so that `position` of `article` is at the bottom of the window: the inverse of {@link readingPosition}. */
export function scrollToPosition(article: HTMLElement, position: number): void {
  const top = article.getBoundingClientRect().top + scrollY;
  scrollTo({ top: Math.max(0, top + position * article.offsetHeight - innerHeight), behavior: 'instant' });
}
