/** Boxes of a lesson that scroll when their content outgrows them: display math and tables sideways, code cells' tables and charts either way. */
const scrollers = '.katex-display, main table, .cell-table, .cell-chart';
const focusable = 'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]';

/**
 * A box that scrolls takes keyboard focus, so that it can be scrolled without a pointer,
 * unless something inside it already can; a box that fits stays out of the tab order. A box with
 * no role of its own is named for what it holds. Checked at the first frame, again once the fonts
 * have loaded, when the window changes size, when the page's content changes (a code cell's new
 * output) and when the browser lays out a part of the lesson it had skipped; the function returned
 * checks the boxes not measured yet. A box in a part not laid out yet waits for that: measuring it
 * would lay the part out.
 */
export function focusScrollingBoxes(document: Document): () => void {
  // Boxes measured since the last change that could alter any box (size, fonts, content).
  let measured = new WeakSet<Element>();
  const mark = () => {
    for (const box of document.querySelectorAll<HTMLElement>(scrollers)) {
      if (measured.has(box) || !box.checkVisibility({ contentVisibilityAuto: true })) continue;
      measured.add(box);
      const style = getComputedStyle(box);
      const scrolls = (overflow: string, size: number, room: number) => /auto|scroll/.test(overflow) && size > room + 1;
      const scrolling = (scrolls(style.overflowX, box.scrollWidth, box.clientWidth) || scrolls(style.overflowY, box.scrollHeight, box.clientHeight)) && !box.querySelector(focusable);
      const generic = box.tagName !== 'TABLE';
      if (scrolling && !box.hasAttribute('tabindex')) {
        box.tabIndex = 0;
        if (generic) {
          box.setAttribute('role', 'group');
          box.setAttribute('aria-label', box.matches('.katex-display') ? 'Formula, scrolls sideways' : 'Output, scrolls');
        }
      } else if (!scrolling && box.getAttribute('tabindex') === '0') {
        box.removeAttribute('tabindex');
        if (generic) for (const name of ['role', 'aria-label']) box.removeAttribute(name);
      }
    }
  };
  let pending = false;
  const later = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      mark();
    });
  };
  const again = () => {
    measured = new WeakSet();
    later();
  };
  later();
  // Widths change as web fonts arrive, and with the window.
  void document.fonts.ready.then(again);
  addEventListener('resize', again);
  document.addEventListener('contentvisibilityautostatechange', later, { capture: true });
  const main = document.querySelector('main');
  if (main) new MutationObserver(again).observe(main, { childList: true, subtree: true });
  return later;
}
