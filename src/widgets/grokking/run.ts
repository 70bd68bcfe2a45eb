import { GrokkingModel, KEY_SHARE, grokStep, memorisedStep, type GrokkingPoint } from '@/sim';

/** AdamW steps of one run: at the default setting test accuracy passes 90 % after about 1,500. */
export const STEPS = 3000;
/** The prime of the widget's sums. */
export const MODULUS = 47;

/** What the page asks the worker to train. */
export interface GrokkingRequest {
  trainFraction: number;
  weightDecay: number;
  seed: number;
}

/** Steps at which the run is measured: every step to 10, every 5 to 100, then every 25 (even on the log axis). */
export function measuredAt(step: number): boolean {
  return step <= 10 || (step <= 100 ? step % 5 === 0 : step % 25 === 0) || step === STEPS;
}

/** The next measured step after `step`. */
export function nextMeasured(step: number): number {
  let next = step + 1;
  while (!measuredAt(next)) next++;
  return next;
}

export const newModel = (request: GrokkingRequest) => new GrokkingModel({ modulus: MODULUS, ...request });

const percent = (x: number) => `${Math.round(100 * x)} %`;

/** The setting in words: the table, the split, the decay and the seed. */
function setting({ trainFraction, weightDecay, seed }: GrokkingRequest): string {
  const pairs = MODULUS * MODULUS;
  return `(a + b) mod ${MODULUS}, trained on ${percent(trainFraction)} of the ${pairs.toLocaleString('en')} pairs (${Math.round(trainFraction * pairs)}), weight decay ${weightDecay}, seed ${seed}`;
}

const frequencies = (point: GrokkingPoint) =>
  `${point.keyFrequencies} of ${point.spectrum.length} frequencies hold ${percent(KEY_SHARE)} of the embedding`;

/**
 * Where the weight norm peaked, and how far test accuracy had climbed then: at the default setting
 * the norm grows through memorisation and into the climb, so the fall comes with its end, not
 * before it (see the lesson).
 */
function normPeak(peak: GrokkingPoint, grokked: number | undefined): string {
  return (
    `highest ${peak.weightNorm.toFixed(1)} at step ${peak.step.toLocaleString('en')}, when test accuracy was ${percent(peak.testAccuracy)}` +
    (grokked !== undefined && grokked > peak.step ? '; it fell from there as test accuracy passed 90 %' : '')
  );
}

/**
 * The reading of a run's history (its first point is the untrained model): accuracies, when the
 * training set was memorised and when the test set passed 90 %, the weight norm (with its peak and
 * the test accuracy then) and the embedding's key frequencies. The same history always gives the same words.
 */
export function summarise(request: GrokkingRequest, history: readonly GrokkingPoint[]): string {
  const first = history[0]!;
  const last = history.at(-1)!;
  if (history.length === 1) {
    return (
      `${setting(request)}. Untrained: training accuracy ${percent(first.trainAccuracy)}, test accuracy ${percent(first.testAccuracy)} ` +
      `(chance is ${percent(1 / MODULUS)}); ${frequencies(first)}. Press Train to train ${STEPS.toLocaleString('en')} steps.`
    );
  }
  const memorised = memorisedStep(history);
  const grokked = grokStep(history);
  const peak = history.reduce((best, p) => (p.weightNorm > best.weightNorm ? p : best), first);
  return (
    `${setting(request)}, after ${last.step.toLocaleString('en')} steps: training accuracy ${percent(last.trainAccuracy)}` +
    (memorised !== undefined ? ` (100 % since step ${memorised})` : '') +
    `; test accuracy ${percent(first.testAccuracy)} → ${percent(last.testAccuracy)}` +
    (grokked !== undefined ? `, reaching 90 % at step ${grokked.toLocaleString('en')}` : ', not yet at 90 %') +
    `. Weight norm ${first.weightNorm.toFixed(1)} → ${last.weightNorm.toFixed(1)}` +
    (peak === last ? ', still rising' : peak !== first ? ` (${normPeak(peak, grokked)})` : '') +
    `. Now ${frequencies(last)} (${first.keyFrequencies} at the start).`
  );
}
