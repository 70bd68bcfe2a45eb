import { InductionModel, phaseChangeStep } from 'threshold/sim';

// Half the widget's vocabulary and context, and shorter repeated runs: small enough to train here in a second or two.
const model = new InductionModel({ vocab: 16, context: 16, dModel: 16, minRepeat: 4, maxRepeat: 8, batchSize: 8, evalSequences: 16, layers: 2 });

const before = model.evaluate();
const history = [before];
while (model.steps < 600 && phaseChangeStep(history) === undefined) {
  model.step(20);
  history.push(model.evaluate());
}
const after = history[history.length - 1]!;

// One row per head: what share of its attention goes to the previous token, and to the token after the earlier occurrence.
const round = (x: number) => Math.round(100 * x) / 100;
({
  phaseChangeAtStep: phaseChangeStep(history) ?? 'not within 600 steps',
  repeatedHalfLoss: { before: round(before.repeatLoss), after: round(after.repeatLoss) },
  heads: after.heads.map((head, i) => ({
    head: `layer ${head.layer}, head ${head.head}`,
    previousToken: `${round(before.heads[i]!.previousToken)} → ${round(head.previousToken)}`,
    prefixMatching: `${round(before.heads[i]!.prefixMatching)} → ${round(head.prefixMatching)}`,
  })),
})
