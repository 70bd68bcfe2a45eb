import { widthSweep } from '@/sim';
import { serve } from '../kit/worker-host';
import { seed, toWidthResult, type SweepProgress, type SweepRequest } from './results';

// Trains one network per width off the main thread, reporting its steps as it trains and each width as it finishes.
serve<SweepRequest, SweepProgress, number>(({ digits, widths }, progress) => {
  widthSweep(
    widths, { digits, seed },
    ({ result }) => progress({ kind: 'width', result: toWidthResult(result) }),
    ({ fraction }) => progress({ kind: 'step', fraction }),
  );
  return widths.length;
});
