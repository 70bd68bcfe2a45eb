import { chinchillaLoss, chinchillaOptimal, knownModels, trainingFlops } from 'threshold/sim';

// For each model: its training compute C ≈ 6ND, the loss the Chinchilla fit predicts for it,
// and the loss of the compute-optimal split of the same C.
knownModels.map(({ name, parameters, tokens }) => {
  const C = trainingFlops(parameters, tokens);
  const best = chinchillaOptimal(C);
  return {
    model: name,
    'compute (FLOPs)': Number(C.toPrecision(3)),
    'tokens per parameter': Math.round(tokens / parameters),
    loss: chinchillaLoss(parameters, tokens),
    'optimal loss': best.loss,
    'optimal parameters (B)': best.params / 1e9,
  };
})
