/**
 * A lesson's article as the blocks it reads in, part by part: its header, the blocks of each part
 * of its text (an h2 or a figure and what follows it: paragraphs, formulas), its quiz, its references.
 * Positions are counted in blocks rather than pixels because, while the page loads, the browser
 * does not lay out the parts far from the screen (`content-visibility: auto`, lesson-parts.ts):
 * their heights are estimates until then, and a share of the article's height would move with them.
 */
function parts(article: HTMLElement): { part: HTMLElement; blocks: HTMLElement[] }[] {
  const shown = (element: Element) => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName);
  return [...article.querySelectorAll<HTMLElement>(':scope > :not(.prose), :scope > .prose > *')]
    .filter(shown)
    .map((part) => ({ part, blocks: part.classList.contains('part') ? ([...part.children].filter(shown) as HTMLElement[]) : [part] }));
}

/**
 * How far down `article` the reader has got: the share of its blocks above the bottom of the
 * window (the block the bottom cuts counting in part), 0 at the top, 1 once its end is in view.
 * Measured on the article rather than the page so that a wider window or a longer footer does not
 * change the answer. Only the part the bottom of the window cuts is measured block by block: it is
 * on screen, so laid out; a part's own box is known without laying out what it holds.
 */
export function readingPosition(article: HTMLElement): number {
  const box = article.getBoundingClientRect();
  if (box.height <= 0) return 0;
  if (box.bottom <= innerHeight) return 1;
  const all = parts(article);
  const total = all.reduce((count, { blocks }) => count + blocks.length, 0);
  let passed = 0;
  for (const { part, blocks } of all) {
    const { top, bottom } = part.getBoundingClientRect();
    if (bottom <= innerHeight) {
      passed += blocks.length;
      continue;
    }
    if (top < innerHeight) {
      for (const block of blocks) {
        const rect = block.getBoundingClientRect();
        if (rect.bottom <= innerHeight) passed++;
        else {
          if (rect.top < innerHeight && rect.height > 0) passed += (innerHeight - rect.top) / rect.height;
          break;
        }
      }
    }
    break;
  }
  return total === 0 ? 0 : Math.min(1, Math.max(0, passed / total));
}

/**
 * Scrolls so that `position` of `article` is at the bottom of the window: the inverse of
 * {@link readingPosition}. Done again two frames later, once the parts the jump brought near the
 * screen have been laid out and have their real heights.
 */
export function scrollToPosition(article: HTMLElement, position: number): void {
  const blocks = parts(article).flatMap(({ blocks }) => blocks);
  const at = Math.max(0, position) * blocks.length;
  const block = blocks[Math.floor(at)];
  const jump = () => {
    if (!block) return article.scrollIntoView({ block: 'end', behavior: 'instant' });
    // Bringing the block to the screen lays out its part; then its cut point goes to the bottom.
    block.scrollIntoView({ block: 'start', behavior: 'instant' });
    const rect = block.getBoundingClientRect();
    scrollBy({ top: rect.top + (at - Math.floor(at)) * rect.height - innerHeight, behavior: 'instant' });
  };
  jump();
  requestAnimationFrame(() => requestAnimationFrame(jump));
}
