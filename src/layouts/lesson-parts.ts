/** After the work in hand, when the browser is idle (Safari has no idle callback: a moment later). */
const whenIdle = (work: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 1000 }) : setTimeout(work, 50));

/**
 * The browser skips laying out the parts of a lesson far from the screen while the page loads
 * (`content-visibility: auto`), so the lesson paints and answers sooner. Once it has loaded, they
 * are laid out for good, one per idle moment: from then on the lesson is an ordinary page, whose
 * height is real, so links, searches and the reading position land where they point. `shown` is
 * called after each.
 */
export function showPartsWhenIdle(document: Document, shown: () => void): void {
  const parts = [...document.querySelectorAll('.prose > .part')];
  const next = () => {
    const part = parts.shift();
    if (!part) return;
    part.classList.add('shown');
    shown();
    whenIdle(next);
  };
  if (document.readyState === 'complete') whenIdle(next);
  else addEventListener('load', () => whenIdle(next), { once: true });
}

/**
 * Keeps what the reader is looking at in place while the parts of the lesson around it are laid
 * out. A part far from the screen holds an estimated height (`content-visibility: auto`) until the
 * browser lays it out, as it does when a link, a search result or "continue where you left off"
 * jumps down the page; Chromium's own scroll anchoring then leaves the target to move by however
 * much the heights of the parts above it were misjudged. So after each scroll a block on screen (of
 * a part, or the quiz or the references after the parts) is noted (near the top of the window, as
 * the browser's own anchoring chooses, or else lower down), or, where the browser has not shown the
 * part there yet, the part in the middle of the window; when a part changes height the window
 * follows what was noted back to where it was.
 */
export function anchorParts(document: Document): void {
  const parts = [...document.querySelectorAll<HTMLElement>('.prose > .part')];
  let anchor: { block: Element; top: number } | undefined;
  // What the reader may be looking at: a block of a part, or the lesson's quiz or references below them.
  const blocks = '.part > *, article[data-lesson] > :not(.prose)';
  const at = (share: number) => document.elementFromPoint(innerWidth / 2, innerHeight * share);
  const note = () => {
    let block: Element | null | undefined;
    for (const share of [0.1, 0.5, 0.9]) if ((block = at(share)?.closest(blocks))) break;
    block ??= at(0.5)?.closest('.part');
    anchor = block ? { block, top: block.getBoundingClientRect().top } : undefined;
  };
  const heights = new ResizeObserver(() => {
    const moved = anchor?.block.isConnected ? anchor.block.getBoundingClientRect().top - anchor.top : 0;
    if (Math.abs(moved) >= 1) scrollBy({ top: moved, behavior: 'instant' });
    // A block that stayed put stays the anchor: hit tests cost much of a frame on a slow phone.
    else if (anchor?.block.isConnected && !anchor.block.matches('.part')) return;
    note();
  });
  for (const part of parts) heights.observe(part);
  addEventListener('scroll', note, { passive: true });
  // A link to a heading may have scrolled the page before this script ran.
  note();
}
