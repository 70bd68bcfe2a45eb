import { serveTraining } from '../kit/training-host';
import { CHUNK, STEPS, measure, newModel, type InductionProgress, type InductionRequest } from './run';

// Trains the attention-only transformer off the main thread, a chunk of steps per message, so
// the page can pause and resume it between chunks.
serveTraining<InductionRequest, InductionProgress>((request) => {
  const model = newModel(request);
  return {
    advance() {
      model.step(Math.min(CHUNK, STEPS - model.steps));
      return { progress: measure(model), finished: model.steps >= STEPS };
    },
  };
});
