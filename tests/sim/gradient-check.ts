import type { Tensor } from '@/sim/adam';

/** The largest error of any entry, relative to max(|analytic|, |numeric|, floor). */
export interface GradientCheck {
  tensor: string;
  worst: number;
  checked: number;
}

/**
 * Compares the backward pass with central finite differences for every entry of every tensor:
 * `run()` must compute the loss and write the gradients into each tensor's `grad`.
 */
export function checkGradients(tensors: readonly Tensor[], run: () => number, h = 1e-5, floor = 1e-5): GradientCheck[] {
  run();
  const analytic = tensors.map((t) => Float64Array.from(t.grad));
  return tensors.map((t, n) => {
    let worst = 0;
    for (let i = 0; i < t.value.length; i++) {
      const saved = t.value[i]!;
      t.value[i] = saved + h;
      const up = run();
      t.value[i] = saved - h;
      const down = run();
      t.value[i] = saved;
      const numeric = (up - down) / (2 * h);
      const exact = analytic[n]![i]!;
      worst = Math.max(worst, Math.abs(numeric - exact) / Math.max(Math.abs(numeric), Math.abs(exact), floor));
    }
    return { tensor: t.name, worst, checked: t.value.length };
  });
}
