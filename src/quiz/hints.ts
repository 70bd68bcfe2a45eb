/** Turns a question's hint list into a button that reveals one hint at a time. */
export function enableHints(question: HTMLElement): void {
  const box = question.querySelector<HTMLElement>('[data-hints]');
  if (!box) return;
  const all = [...box.querySelectorAll<HTMLLIElement>('[data-hints-static] li')];
  const shown = box.querySelector<HTMLOListElement>('[data-hint-list]')!;
  const button = box.querySelector<HTMLButtonElement>('[data-action="hint"]')!;
  box.querySelector<HTMLElement>('[data-hints-static]')!.hidden = true;
  button.addEventListener('click', () => {
    const hint = all[shown.children.length];
    if (!hint) return;
    shown.append(hint.cloneNode(true));
    offerHints(question, true);
    if (button.hidden) (shown.lastElementChild as HTMLElement).setAttribute('tabindex', '-1');
    if (button.hidden) (shown.lastElementChild as HTMLElement).focus();
  });
  offerHints(question, true);
}

/**
 * Shows the hint button, labelled with the next hint's number, while hints remain and `allowed`
 * (hints already revealed stay, for the next attempt); hides it otherwise.
 */
export function offerHints(question: HTMLElement, allowed: boolean): void {
  const box = question.querySelector<HTMLElement>('[data-hints]');
  if (!box) return;
  const count = box.querySelectorAll('[data-hints-static] li').length;
  const next = box.querySelector('[data-hint-list]')!.children.length + 1;
  const button = box.querySelector<HTMLButtonElement>('[data-action="hint"]')!;
  button.textContent = next === 1 ? `Show a hint (1 of ${count})` : `Show another hint (${next} of ${count})`;
  button.hidden = !allowed || next > count;
}
