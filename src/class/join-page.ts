import type { Joined, JoinRequest } from '@/server/protocol';
import { call } from './api';
import { say } from './dom';
import { forgetMembership, readMembership, saveMembership, type Membership } from './membership';

/** The join page: code (from the link's `?code=` or typed) and a name; the token is kept in this browser. */
export function joinPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-join-form]')!;
  const status = document.querySelector<HTMLElement>('[data-status]')!;
  const joined = document.querySelector<HTMLElement>('[data-joined]')!;
  const code = new URL(location.href).searchParams.get('code');
  if (code) form.querySelector<HTMLInputElement>('[name="code"]')!.value = code;

  const show = (membership: Membership | undefined) => {
    joined.hidden = !membership;
    form.hidden = Boolean(membership);
    if (!membership) return;
    joined.querySelector('[data-joined-text]')!.textContent =
      `You are in “${membership.className}” as ${membership.name}.` + (membership.assignment ? ` Assignment: ${membership.assignment}` : '');
  };
  show(readMembership());

  joined.querySelector('[data-leave]')!.addEventListener('click', () => {
    forgetMembership();
    show(undefined);
    say(status, 'This browser no longer sends anything to the class.');
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    say(status, 'Joining…');
    const result = await call<Joined>('join', { method: 'POST', body: { code: String(data.get('code')), name: String(data.get('name')) } satisfies JoinRequest });
    if (!result.ok) return say(status, result.error, 'error');
    const membership: Membership = {
      token: result.data.learnerToken,
      learnerId: result.data.learner.id,
      name: result.data.learner.name,
      className: result.data.class.name,
      assignment: result.data.class.assignment,
      gradingRule: result.data.class.gradingRule,
    };
    const saved = saveMembership(membership);
    show(membership);
    say(
      status,
      saved
        ? `Joined. From now on your quiz attempts and finished lessons go to “${membership.className}”.`
        : 'Joined, but this browser blocks storage, so it cannot remember the class: allow site data and join again.',
      saved ? 'info' : 'error',
    );
  });
}
