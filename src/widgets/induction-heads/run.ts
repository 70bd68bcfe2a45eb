import { InductionModel, phaseChangeStep, repeatSequence, rng, type HeadScores, type InductionPoint } from '@/sim';
import { formatFixed } from '../kit/format';

/** Adam steps of one run: the two-layer model's drop comes after about 250–400 at the default setting. */
export const STEPS = 800;
/** Steps per chunk of training between two measurements. */
export const CHUNK = 10;

/** What the page asks the worker to train. */
export interface InductionRequest {
  layers: number;
  seed: number;
}

/** One chunk's news: the measurement after it and the heads' attention on the sample sequence. */
export interface InductionProgress {
  point: InductionPoint;
  /** [layer][head][query position][key position]. */
  attention: number[][][][];
}

/** The sequence whose attention the heatmap shows: the same for every setting, so runs compare. */
export function sampleSequence(context = 32, vocab = 32): { tokens: number[]; period: number } {
  const { tokens, period } = repeatSequence(rng(2022), vocab, context, 8, 16);
  return { tokens: [...tokens], period };
}

/** A model of the widget's setting, untrained. */
export const newModel = ({ layers, seed }: InductionRequest) => new InductionModel({ layers, seed });

/** Measures `model` now: its point on the measuring set and its attention on the sample. */
export function measure(model: InductionModel): InductionProgress {
  return { point: model.evaluate(), attention: model.attention(Int32Array.from(sampleSequence(model.context, model.vocab).tokens)) };
}

const layerWords = (layers: number) => (layers === 1 ? 'One-layer' : 'Two-layer');

/** The head of `layer` (1-based) with the highest `score`, if the model has that layer. */
function strongest(heads: readonly HeadScores[], layer: number, score: 'previousToken' | 'prefixMatching'): HeadScores | undefined {
  return heads.filter((h) => h.layer === layer).sort((a, b) => b[score] - a[score])[0];
}

/** The heads that do the work by the end of `history`, in words. */
function headsSentence(point: InductionPoint, layers: number): string {
  const previous = strongest(point.heads, 1, 'previousToken')!;
  const induction = strongest(point.heads, layers, 'prefixMatching')!;
  return (
    ` Strongest previous-token head: layer 1 head ${previous.head} (${formatFixed(previous.previousToken)} of its attention on the token before). ` +
    `Strongest prefix matching: layer ${induction.layer} head ${induction.head} (${formatFixed(induction.prefixMatching)} of its attention on the token after the earlier occurrence), ` +
    `copying score ${formatFixed(induction.copying)} (the share of tokens it makes the top prediction when it attends to them).`
  );
}

/**
 * The reading of a run's history (its first point is the untrained model): losses overall, on the
 * repeated part and on the first run, the in-context learning score, the phase change if it has come, and the heads.
 * The same history always gives the same words, so the build and the browser agree.
 */
export function summarise({ layers, seed }: InductionRequest, history: readonly InductionPoint[], uniform: number): string {
  const first = history[0]!;
  const last = history.at(-1)!;
  const model = `${layerWords(layers)} model, seed ${seed}`;
  if (history.length === 1) {
    return (
      `${model}, untrained: loss ${formatFixed(first.loss)} nats overall, ${formatFixed(first.repeatLoss)} on the repeated part and ${formatFixed(first.firstLoss)} on the first run ` +
      `(a uniform guess scores ${formatFixed(uniform)}); in-context learning score ${formatFixed(first.icl)} nats. Press Train to train it for ${STEPS} steps.`
    );
  }
  const change = phaseChangeStep(history);
  const when = change === undefined
    ? ` No phase change yet: ${Math.round(100 * last.repeatAccuracy)} % of repeated tokens predicted right.`
    : ` Phase change at step ${change}: from then on more than half of the repeated tokens are predicted right (${Math.round(100 * last.repeatAccuracy)} % now).`;
  return (
    `${model}, after ${last.step} of ${STEPS} steps: overall loss ${formatFixed(first.loss)} → ${formatFixed(last.loss)} nats, ` +
    `on the repeated part ${formatFixed(first.repeatLoss)} → ${formatFixed(last.repeatLoss)}, ` +
    `on the first run ${formatFixed(first.firstLoss)} → ${formatFixed(last.firstLoss)}; in-context learning score ${formatFixed(first.icl)} → ${formatFixed(last.icl)} nats.` +
    when + headsSentence(last, layers)
  );
}

/** Where position `t`'s strongest attention goes, in words, for the keyboard reading of the heatmap. */
export function attentionReading(
  row: readonly number[], t: number, tokens: readonly number[], period: number, layer: number, head: number,
): string {
  let best = 0;
  for (let s = 1; s <= t; s++) if (row[s]! > row[best]!) best = s;
  const why = best === t - 1 && t > 0
    ? ': the previous token'
    : t >= period && best === t - period + 1
      ? `: the token after the earlier ${tokens[t]} (position ${t - period}), where an induction head looks`
      : best === t ? ': itself' : '';
  return `Layer ${layer}, head ${head}, position ${t} (token ${tokens[t]}): strongest attention ${formatFixed(row[best]!)} on position ${best} (token ${tokens[best]})${why}.`;
}
