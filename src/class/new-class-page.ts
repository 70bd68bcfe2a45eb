import type { CreatedClass, CreateClassRequest } from '@/server/protocol';
import { call } from './api';
import { say } from './dom';
import { keepInstructorKey } from './instructor-key';

/** Creates a class and shows its join code, join link and instructor key once. */
export function newClassPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-new-class]')!;
  const status = document.querySelector<HTMLElement>('[data-status]')!;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const assignment = String(data.get('assignment') ?? '').trim();
    say(status, 'Creating…');
    const result = await call<CreatedClass>('classes', { method: 'POST', body: { name: String(data.get('name')), assignment: assignment || null } satisfies CreateClassRequest });
    if (!result.ok) return say(status, result.error, 'error');
    const created = document.querySelector<HTMLElement>('[data-created]')!;
    const link = new URL(`/class/join/?code=${encodeURIComponent(result.data.joinCode)}`, location.href).href;
    created.querySelector('[data-join-code]')!.textContent = result.data.joinCode;
    created.querySelector('[data-join-link]')!.textContent = link;
    created.querySelector('[data-key]')!.textContent = result.data.instructorKey;
    keepInstructorKey(result.data.instructorKey);
    form.hidden = true;
    created.hidden = false;
    say(status, `“${result.data.class.name}” was created.`);
    created.focus();
  });
}
