import { describe, expect, it } from 'vitest';
import { chinchillaLoss, chinchillaPublished, chinchillaReplication } from '@/sim';
import { dRange, lossBands, nRange, thresholds } from '@/widgets/compute-allocator/contours';

describe('the loss map of the compute allocator', () => {
  for (const [name, fit] of [['published', chinchillaPublished], ['replication', chinchillaReplication]] as const) {
    it(`${name} fit: thresholds are round steps that span the map's losses`, () => {
      const levels = thresholds(fit);
      const high = chinchillaLoss(10 ** nRange[0], 10 ** dRange[0], fit);
      const low = chinchillaLoss(10 ** nRange[1], 10 ** dRange[1], fit);
      expect(levels[0]).toBeLessThanOrEqual(low);
      expect(levels[1]).toBeGreaterThan(low);
      expect(levels.at(-1)).toBeLessThan(high);
      expect(levels.length).toBeGreaterThanOrEqual(10);
      expect(levels.length).toBeLessThanOrEqual(30);
    });

    it(`${name} fit: each band's edge lies on its level of the loss, or on the map's border`, () => {
      const bands = lossBands(fit);
      expect(bands).toBe(lossBands(fit)); // computed once
      for (const { n, d, loss } of bands) {
        expect(n).toBeGreaterThanOrEqual(nRange[0]);
        expect(n).toBeLessThanOrEqual(nRange[1]);
        const value = chinchillaLoss(10 ** n, 10 ** d, fit);
        if (d === dRange[1]) expect(value).toBeGreaterThanOrEqual(loss - 1e-9);
        else expect(value).toBeCloseTo(loss, 9);
      }
      // Below the edge the loss is higher (the band), above it lower.
      const { n, d, loss } = bands.find((point) => point.d > dRange[0] + 0.5 && point.d < dRange[1] - 0.5)!;
      expect(chinchillaLoss(10 ** n, 10 ** (d - 0.1), fit)).toBeGreaterThan(loss);
      expect(chinchillaLoss(10 ** n, 10 ** (d + 0.1), fit)).toBeLessThan(loss);
    });
  }
});
