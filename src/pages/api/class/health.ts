import { json } from '@/server/http';
import type { Health } from '@/server/protocol';
import { otherMethods, route } from '@/server/route';

export const prerender = false;

/** Pages ask this to learn whether they are served in class mode; a static host answers 404. */
export const GET = route(async () => json({ classMode: true } satisfies Health));
export const ALL = otherMethods('GET');
