import * as api from '@/server/class-api';
import { otherMethods, route } from '@/server/route';

export const prerender = false;

export const DELETE = route((request, context, { params }) => api.removeLearner(request, context, params.id ?? ''));
export const ALL = otherMethods('DELETE');
