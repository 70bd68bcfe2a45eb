import { mount } from '../kit/mount';
import { spec } from './spec';

export const hydrate = (figure: HTMLElement) => mount(spec, figure);
