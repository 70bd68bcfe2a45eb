/** After the work in hand, when the browser is idle (Safari has no idle callback: a moment later). */
const whenIdle = (work: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 1000 }) : setTimeout(work, 50));

/**
 * The browser skips laying out the parts of a lesson far from the screen while the page loads
 * (`content-visibility: auto`), so the lesson paints and answers sooner. Once it has loaded, they
 * are laid out for good, one per idle moment: from then on the lesson is an ordinary page, whose
 * height is real, so links, searches and the reading position land where they point. `shown` is
 * called after each. A part waits while `ready` says no (the reader has just scrolled).
 */
export function showPartsWhenIdle(document: Document, shown: () => void, ready: () => boolean): void {
  const parts = [...document.querySelectorAll('.prose > .part')];
  const next = () => {
    if (!ready()) return void whenIdle(next);
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
 * much the heights of the parts above it were misjudged, and near the end of the page the browser
 * scrolls it away as the page gets shorter. So a block on screen (of a part, or the quiz or the
 * references after the parts) is noted (near the top of the window, as the browser's own anchoring
 * chooses, or else lower down), or, where the browser has not shown the part there yet, the part
 * in the middle of the window. After each scroll or change of height, a page that moved under it
 * is scrolled to put it back where it was on the screen; a scroll that left the page as it was
 * (the reader's own) notes a block anew. Returns whether the latest scroll has been seen: until
 * then a part laid out would move the page before what the reader looks at is known.
 */
export function anchorParts(document: Document): () => boolean {
  // The block, where it was on the screen, and where it was on the page.
  let anchor: { block: Element; top: number; onPage: number } | undefined;
  // The window's scroll position when the anchor was noted or put back.
  let notedAt = NaN;
  // The lesson's header, quiz and references, around its parts; the quiz changes height as its code loads.
  const around = 'article[data-lesson] > :not(.prose)';
  // What the reader may be looking at.
  const blocks = `.part > *, ${around}`;
  const at = (share: number) => document.elementFromPoint(innerWidth / 2, innerHeight * share);
  const note = () => {
    let block: Element | null | undefined;
    for (const share of [0.1, 0.5, 0.9]) if ((block = at(share)?.closest(blocks))) break;
    block ??= at(0.5)?.closest('.part');
    const top = block?.getBoundingClientRect().top ?? 0;
    anchor = block ? { block, top, onPage: top + scrollY } : undefined;
    notedAt = scrollY;
  };
  const keep = () => {
    if (!anchor?.block.isConnected) return note();
    const top = anchor.block.getBoundingClientRect().top;
    if (Math.abs(top + scrollY - anchor.onPage) >= 1) {
      anchor.onPage = top + scrollY;
      scrollBy({ top: top - anchor.top, behavior: 'instant' });
      notedAt = scrollY;
    } else if (scrollY !== notedAt) return note();
    // A part not shown yet gives way to a block once there is one (hit tests cost much of a frame on a slow phone).
    if (anchor.block.matches('.part')) note();
  };
  const heights = new ResizeObserver(keep);
  for (const box of document.querySelectorAll(`.prose > .part, ${around}`)) heights.observe(box);
  addEventListener('scroll', keep, { passive: true });
  // A link to a heading may have scrolled the page before this script ran.
  note();
  return () => scrollY === notedAt;
}
