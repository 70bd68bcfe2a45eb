import { defaultGradingRule, type GradingRule } from '@/common/graded';
import type { CreatedClass, CreateClassRequest } from '@/server/protocol';
import { call } from './api';
import { say } from './dom';
import { keepInstructorKey } from './instructor-key';
import { joinLink } from './links';

/** Creates a class and shows its join code, join link and instructor key once. */
export function newClassPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-new-class]')!;
  const status = document.querySelector<HTMLElement>('[data-status]')!;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const assignment = String(data.get('assignment') ?? '').trim();
    const gradingRule = (data.get('gradingRule') ?? defaultGradingRule) as GradingRule;
    say(status, 'Creating…');
    const result = await call<CreatedClass>('classes', { method: 'POST', body: { name: String(data.get('name')), assignment: assignment || null, gradingRule } satisfies CreateClassRequest });
    if (!result.ok) return say(status, result.error, 'error');
    const created = document.querySelector<HTMLElement>('[data-created]')!;
    const link = joinLink(result.data.joinCode);
    created.querySelector('[data-join-code]')!.textContent = result.data.joinCode;
    created.querySelector('[data-join-link]')!.textContent = link;
    created.querySelector('[data-key]')!.textContent = result.data.instructorKey;
    keepInstructorKey(result.data.instructorKey);
    const copy = created.querySelector<HTMLButtonElement>('[data-copy-key]')!;
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(result.data.instructorKey);
        say(status, 'The instructor key was copied. Paste it somewhere safe: it is not shown again.');
      } catch {
        getSelection()?.selectAllChildren(created.querySelector('[data-key]')!);
        say(status, 'The key is selected: copy it with your keyboard or the context menu.');
      }
    });
    form.hidden = true;
    created.hidden = false;
    say(status, `“${result.data.class.name}” was created.`);
    created.focus();
  });
}
