import * as api from '@/server/class-api';
import { otherMethods, route } from '@/server/route';

export const prerender = false;

export const GET = route((request, context) => api.gradebook(request, context));
export const ALL = otherMethods('GET');
