import type { GrokkingPoint } from '@/sim';
import { serveTraining } from '../kit/training-host';
import { STEPS, newModel, nextMeasured, type GrokkingRequest } from './run';

// Trains the modular-addition network off the main thread, up to the next measured step per
// message, so the page can pause and resume it between chunks.
serveTraining<GrokkingRequest, GrokkingPoint>((request) => {
  const model = newModel(request);
  return {
    advance() {
      model.step(nextMeasured(model.steps) - model.steps);
      return { progress: model.evaluate(), finished: model.steps >= STEPS };
    },
  };
});
