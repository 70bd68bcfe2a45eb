import { bench, describe } from 'vitest';
import { trainAdder } from '@/sim/adder';
import { widthSweep } from '@/sim/width-sweep';

describe('trainAdder (3-digit addition, 1500 steps of 32)', () => {
  bench('width 16', () => void trainAdder({ width: 16 }), { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 });
  bench('width 64', () => void trainAdder({ width: 64 }), { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 });
  bench('widthSweep([2, 4, 8, 16, 32, 64]) (the widget sweep)', () => void widthSweep([2, 4, 8, 16, 32, 64]), { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 });
});
