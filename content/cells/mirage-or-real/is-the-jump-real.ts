import { differenceInterval } from 'threshold/sim';
import { benchmarkCurves, taskItems } from 'threshold/data';

// Two neighbouring models of one family on one task: is the step between their scores bigger
// than the noise of scoring a finite set of items?
const task = 'arithmetic_2da';
const metric = 'acc';
const family = 'GPT-Neo/J';

const curve = benchmarkCurves.filter((row) => row.task === task && row.metric === metric && row.family === family);
const n = taskItems[task]!; // items in the task's evaluation set
const steps = curve.slice(1).map((larger, i) => {
  const smaller = curve[i]!;
  // Each score as a count of items right, then Newcombe's 95% interval for the difference.
  const { lower, upper } = differenceInterval(Math.round(smaller.score * n), n, Math.round(larger.score * n), n);
  return {
    from: smaller.model,
    to: larger.model,
    change: +(larger.score - smaller.score).toFixed(4),
    interval: `${lower.toFixed(3)} to ${upper.toFixed(3)}`,
    beyondNoise: lower > 0 || upper < 0 ? 'yes' : 'no',
  };
});
steps
