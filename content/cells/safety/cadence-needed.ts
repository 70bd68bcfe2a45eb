import { logisticInLogScale } from 'threshold/sim';

const tolerated = 0.2; // the largest share of the full rise you accept between two evaluations

// The largest rise between two evaluations a factor k of compute apart, over every placement
// of the evaluations relative to the capability's midpoint (here 1e23 FLOPs).
function worstRise(s: number, k: number): number {
  const width = (2 * Math.log(9)) / s; // decades from 10% to 90% for a steepness of s logits per decade
  let worst = 0;
  for (let start = 21; start < 25; start += 0.005) {
    const before = logisticInLogScale(10 ** start, { midpoint: 1e23, width });
    const after = logisticInLogScale(10 ** start * k, { midpoint: 1e23, width });
    worst = Math.max(worst, after - before);
  }
  return worst;
}

// For each steepness, the widest spacing of evaluations that never lets more than `tolerated` slip.
[1.5, 3, 6, 12].map((s) => {
  let k = 1;
  while (worstRise(s, k * 1.005) <= tolerated) k *= 1.005;
  return { 'steepness s (logits per decade)': s, 'evaluate at least every (× compute)': k, 'closed form, 10 to the power 4·atanh(Δ)/s': 10 ** ((4 * Math.atanh(tolerated)) / s) };
})
