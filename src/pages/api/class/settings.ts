import * as api from '@/server/class-api';
import { route } from '@/server/route';

export const prerender = false;

export const POST = route((request, context) => api.updateSettings(request, context));
