/**
 * A glossary link opens its term's definition beside it (the note `rehype-term-notes` put after it)
 * instead of leaving the lesson: by click, tap or Enter, closed by Escape, a click elsewhere or
 * the link again. The note takes the focus, so a keyboard reaches its link to the glossary;
 * closing it returns the focus to the term. Links opened in a new tab or window still go to the
 * glossary.
 */
export function openTermNotes(root: Document = document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-term-note]')) {
    const note = root.getElementById(link.dataset.termNote!);
    if (!note || typeof note.showPopover !== 'function') continue;
    note.tabIndex = -1;
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      if (note.matches(':popover-open')) note.hidePopover();
      else {
        note.hidden = false;
        note.showPopover();
        place(note, link);
        note.focus();
      }
    });
    // Placed against the window, the note would drift from its term as the page scrolls: it closes.
    const closeOnScroll = () => note.hidePopover();
    note.addEventListener('toggle', (event) => {
      const open = (event as ToggleEvent).newState === 'open';
      link.setAttribute('aria-expanded', String(open));
      if (open) setTimeout(() => addEventListener('scroll', closeOnScroll, { once: true, passive: true }), 100);
      else removeEventListener('scroll', closeOnScroll);
      if (!open && (note.contains(root.activeElement) || root.activeElement === root.body)) link.focus({ preventScroll: true });
    });
  }
}

/** Just below the term, inside the window (above it when there is no room below). */
function place(note: HTMLElement, link: HTMLElement): void {
  const view = link.ownerDocument.documentElement;
  const term = link.getBoundingClientRect();
  const box = note.getBoundingClientRect();
  const left = Math.max(8, Math.min(term.left, view.clientWidth - box.width - 8));
  const below = term.bottom + 6;
  const top = below + box.height + 8 <= view.clientHeight ? below : Math.max(8, term.top - box.height - 6);
  note.style.left = `${left}px`;
  note.style.top = `${top}px`;
}
