import * as api from '@/server/class-api';
import { otherMethods, route } from '@/server/route';

export const prerender = false;

export const POST = route((request, context) => api.submitAttempt(request, context));
export const ALL = otherMethods('POST');
