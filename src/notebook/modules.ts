import * as sim from '@/sim';
import * as data from './data-module';
import { plotRecorder } from './plot-record';

/**
 * What a cell can import, by name. `threshold/sim` is the course's simulation core (`src/sim`),
 * `threshold/data` the published scores the widgets use, `@observablehq/plot` Plot's marks,
 * which in a cell describe a chart for the page to draw.
 */
export const cellModules: Record<string, unknown> = {
  'threshold/sim': { __esModule: true, ...sim },
  'threshold/data': { __esModule: true, ...data },
  '@observablehq/plot': plotRecorder,
};

export const MODULE_NAMES = Object.keys(cellModules);
