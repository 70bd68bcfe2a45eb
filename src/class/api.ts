/** Calls to the class API from the browser. Every answer is JSON; errors carry `{ error }`. */
import type { ClassEndpoint, Health } from '@/server/protocol';

/** An endpoint's address under the site's base path: `/api/class/attempts`, or `/course/api/class/attempts` under `/course/`. */
export const classApi = (endpoint: ClassEndpoint): string => `${import.meta.env.BASE_URL}api/class/${endpoint}`;

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: string };

/** Status 0: the request never reached a server (offline, or the server is down). */
export async function call<T>(
  endpoint: ClassEndpoint,
  { method = 'GET', body, credential }: { method?: 'GET' | 'POST' | 'DELETE'; body?: object; credential?: string } = {},
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(classApi(endpoint), {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(credential ? { Authorization: `Bearer ${credential}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return { ok: false, status: 0, error: 'The class server could not be reached. Check the connection and try again.' };
  }
  const isJson = (response.headers.get('content-type') ?? '').includes('application/json');
  const payload = isJson ? ((await response.json().catch(() => ({}))) as { error?: string }) : {};
  if (response.ok) return { ok: true, status: response.status, data: payload as T };
  return { ok: false, status: response.status, error: payload.error ?? `The class server answered ${response.status}.` };
}

/** Whether this page is served by the course server with class mode on (a static host answers 404). */
export async function classModeOn(): Promise<boolean> {
  const health = await call<Partial<Health>>('health');
  return health.ok && health.data.classMode === true;
}

/** Runs `run` once the page knows it is in class mode (see ClassPage.astro), however late it asks. */
export function onClassMode(run: () => void): void {
  if (document.documentElement.dataset.classMode === 'on') run();
  else document.addEventListener('threshold:class-mode', run, { once: true });
}
