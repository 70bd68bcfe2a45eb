/**
 * Up and down buttons for an ordering question's items, and the box that makes the order as it
 * stands the learner's answer. Moving an item ticks the box; a learner who finds the dealt order
 * right already ticks it themselves. The moved item keeps the focus (on the same button when it
 * still can move that way), and its new place is announced.
 */
export function enableOrdering(question: HTMLElement): void {
  const list = question.querySelector<HTMLOListElement>('[data-ordering]');
  if (!list) return;
  const status = question.querySelector<HTMLElement>('[data-move-status]')!;
  for (const button of list.querySelectorAll<HTMLButtonElement>('[data-move]')) button.hidden = false;
  question.querySelector<HTMLElement>('[data-keep-order]')!.hidden = false;
  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-move]');
    if (!button || button.disabled) return;
    const item = button.closest<HTMLElement>('[data-item]')!;
    const up = button.dataset.move === 'up';
    const neighbour = (up ? item.previousElementSibling : item.nextElementSibling) as HTMLElement | null;
    if (!neighbour) return;
    if (up) neighbour.before(item);
    else neighbour.after(item);
    refreshOrdering(question);
    const same = item.querySelector<HTMLButtonElement>(`[data-move="${up ? 'up' : 'down'}"]`)!;
    (same.disabled ? item.querySelector<HTMLButtonElement>(`[data-move="${up ? 'down' : 'up'}"]`)! : same).focus();
    const items = [...list.children];
    status.textContent = `${item.querySelector('.item-text')!.textContent} is now ${items.indexOf(item) + 1} of ${items.length}.`;
    question.querySelector<HTMLInputElement>('[data-keep-order] input')!.checked = true;
  });
  refreshOrdering(question);
}

/** Whether the learner has answered: moved an item, or confirmed the order as it stands. */
export const orderAnswered = (question: HTMLElement): boolean => question.querySelector<HTMLInputElement>('[data-keep-order] input')?.checked ?? false;

/** The first item cannot move up, nor the last down. */
export function refreshOrdering(question: HTMLElement): void {
  const items = [...question.querySelectorAll<HTMLElement>('[data-item]')];
  items.forEach((item, index) => {
    item.querySelector<HTMLButtonElement>('[data-move="up"]')!.disabled = index === 0;
    item.querySelector<HTMLButtonElement>('[data-move="down"]')!.disabled = index === items.length - 1;
  });
}

/** Puts the items in `order` (ids), e.g. to deal a new attempt. */
export function arrange(container: HTMLElement, selector: string, attribute: string, order: readonly string[]): void {
  const nodes = new Map([...container.querySelectorAll<HTMLElement>(selector)].map((node) => [node.getAttribute(attribute)!, node]));
  const parent = nodes.values().next().value?.parentElement;
  if (!parent) return;
  for (const id of order) parent.append(nodes.get(id)!);
}
