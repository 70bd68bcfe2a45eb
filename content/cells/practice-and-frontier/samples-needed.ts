import { majorityVote } from 'threshold/sim';

const target = 0.9; // the accuracy you want from the vote

// The smallest odd number of independent samples whose majority reaches the target.
function samplesNeeded(p: number): number | string {
  for (let k = 1; k <= 1001; k += 2) if (majorityVote(p, k) >= target) return k;
  return 'more than 1,001';
}

[0.45, 0.52, 0.55, 0.6, 0.7, 0.8, 0.9].map((p) => ({
  'per-sample accuracy p': p,
  'samples needed': samplesNeeded(p),
  'accuracy with 15 samples': majorityVote(p, 15),
}))
