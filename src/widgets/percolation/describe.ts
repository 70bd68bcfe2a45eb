import { percolationThreshold } from '@/sim';
import { formatFixed } from '../kit/format';
import { spanningAt, type SpanningCurves } from './curves';
import type { Sample } from './lattice';

/** The reading: this lattice (open fraction, spanning or not) and the chance that lattices of its size span at this p. */
export function describeLattice(p: number, seed: number, sample: Sample, data: SpanningCurves): string {
  const { size } = sample;
  const chance = spanningAt(data, size, p);
  const trials = data.curves.find((curve) => curve.size === size)?.trials;
  return (
    `p = ${formatFixed(p, 3)} on a ${size} × ${size} lattice (seed ${seed}): ${Math.round(sample.openFraction * 100)}% of sites open; ` +
    (sample.spans ? 'an open cluster joins the top to the bottom.' : 'no open cluster joins the top to the bottom.') +
    (chance === undefined ? '' : ` Lattices of this size span with probability ≈ ${formatFixed(chance)} at this p (${trials} random lattices per point).`) +
    ` An infinite lattice spans from the threshold p ≈ ${percolationThreshold.toFixed(3)} up.`
  );
}
