import { assignmentQuery, readAssignment } from '@/assignment/link';
import { linkCatalog, readCatalog } from '@/assignment/catalog';

/**
 * The assignment builder: picking a session ticks its lessons; ticking lessons picks the session
 * they make up, if any. The link is read back through the same reader the learner's page uses,
 * so the builder shows exactly what learners will get, problems included.
 */
export function buildAssignments(): void {
  const form = document.querySelector<HTMLFormElement>('[data-builder]');
  if (!form) return;
  const catalog = linkCatalog(readCatalog());
  const share = document.querySelector<HTMLElement>('[data-share]')!;
  const ready = share.querySelector<HTMLElement>('[data-share-ready]')!;
  const empty = share.querySelector<HTMLElement>('[data-share-empty]')!;
  const output = share.querySelector<HTMLInputElement>('[data-share-link]')!;
  const open = share.querySelector<HTMLAnchorElement>('[data-share-open]')!;
  const status = share.querySelector<HTMLElement>('[data-share-status]')!;
  const sessionInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="s"]')];
  const lessonInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="l"]')];

  const tickSession = (number: string) => {
    const lessons = catalog.sessions[Number(number)];
    if (lessons) for (const input of lessonInputs) input.checked = lessons.includes(input.value);
  };
  const pickSession = () => {
    const ticked = lessonInputs.filter((input) => input.checked).map((input) => input.value);
    const match = Object.entries(catalog.sessions).find(([, lessons]) => lessons.length === ticked.length && lessons.every((lesson) => ticked.includes(lesson)));
    for (const input of sessionInputs) input.checked = input.value === (match?.[0] ?? '');
  };

  const update = () => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (name !== 's' && typeof value === 'string') params.append(name, value);
    const { assignment, problems } = readAssignment(params, catalog);
    ready.hidden = !assignment;
    empty.hidden = Boolean(assignment);
    status.textContent = problems.filter((problem) => !problem.startsWith('This link names no lesson')).join(' ');
    if (!assignment) return;
    const url = new URL(form.action);
    url.search = assignmentQuery(assignment, catalog);
    output.value = url.href;
    open.href = url.href;
  };

  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 's') tickSession(target.value);
    if (target.name === 'l') pickSession();
    update();
  });
  form.addEventListener('input', update);
  share.querySelector('[data-action="copy"]')!.addEventListener('click', async () => {
    output.select();
    try {
      await navigator.clipboard.writeText(output.value);
      status.textContent = 'Link copied.';
    } catch {
      status.textContent = 'Copying is blocked here: the link is selected, copy it with Ctrl+C or ⌘C.';
    }
  });

  // `?s=3` (from a session's page) starts the form on that session.
  const start = new URLSearchParams(location.search).get('s');
  const preset = sessionInputs.find((input) => input.value !== '' && input.value === start);
  if (preset) {
    preset.checked = true;
    tickSession(preset.value);
  }
  share.hidden = false;
  update();
}
