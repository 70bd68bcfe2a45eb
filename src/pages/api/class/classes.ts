import * as api from '@/server/class-api';
import { otherMethods, route } from '@/server/route';

export const prerender = false;

export const POST = route((request, context, { clientAddress }) => api.createClass(request, context, clientAddress));
export const ALL = otherMethods('POST');
