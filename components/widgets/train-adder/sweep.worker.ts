import { widthSweep } from '../../../src/sim';
import { serve } from '../kit/worker-host';
import { seed, toWidthResult, type SweepRequest, type WidthResult } from './results';

// Trains one network per width off the main thread, reporting each as it finishes.
serve<SweepRequest, WidthResult, number>(({ digits, widths }, progress) => {
  widthSweep(widths, { digits, seed }, ({ result }) => progress(toWidthResult(result)));
  return widths.length;
});
