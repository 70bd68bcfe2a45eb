/** Turns a question's hint list into a button that reveals one hint at a time. */
export function enableHints(question: HTMLElement): void {
  const box = question.querySelector<HTMLElement>('[data-hints]');
  if (!box) return;
  const all = [...box.querySelectorAll<HTMLLIElement>('[data-hints-static] li')];
  const shown = box.querySelector<HTMLOListElement>('[data-hint-list]')!;
  const button = box.querySelector<HTMLButtonElement>('[data-action="hint"]')!;
  box.querySelector<HTMLElement>('[data-hints-static]')!.hidden = true;
  const label = () => {
    const next = shown.children.length + 1;
    button.textContent = next === 1 ? `Show a hint (1 of ${all.length})` : `Show another hint (${next} of ${all.length})`;
    button.hidden = next > all.length;
  };
  button.addEventListener('click', () => {
    const hint = all[shown.children.length];
    if (!hint) return;
    shown.append(hint.cloneNode(true));
    label();
    if (button.hidden) (shown.lastElementChild as HTMLElement).setAttribute('tabindex', '-1');
    if (button.hidden) (shown.lastElementChild as HTMLElement).focus();
  });
  label();
}

/** Takes the revealed hints back, for a new attempt. */
export function resetHints(question: HTMLElement): void {
  const box = question.querySelector<HTMLElement>('[data-hints]');
  if (!box) return;
  box.querySelector('[data-hint-list]')!.replaceChildren();
  const button = box.querySelector<HTMLButtonElement>('[data-action="hint"]')!;
  const count = box.querySelectorAll('[data-hints-static] li').length;
  button.textContent = `Show a hint (1 of ${count})`;
  button.hidden = false;
}
