import { json } from '@/server/http';

export const prerender = false;

/** An address under `/api/` that names no endpoint: answered as JSON like every other API answer. */
export const ALL = () => json({ error: 'there is no API endpoint at this address' }, 404);
