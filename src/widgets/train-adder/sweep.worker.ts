import { widthSweep } from '@/sim';
import { serve } from '../kit/worker-host';
import { networks, toWidthResult, type SweepProgress, type SweepRequest } from './results';

// Trains one network per width and seed off the main thread, width by width, reporting its steps
// as it trains and each network as it finishes.
serve<SweepRequest, SweepProgress, number>(({ digits, widths, seeds }, progress) => {
  const planned = networks(widths, seeds);
  for (const { width, seed } of planned) {
    widthSweep(
      [width], { digits, seed },
      ({ result }) => progress({ kind: 'width', result: toWidthResult(result, seed) }),
      ({ fraction }) => progress({ kind: 'step', fraction }),
    );
  }
  return planned.length;
});
