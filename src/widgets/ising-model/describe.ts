import { onsagerMagnetization } from '@/sim';
import { formatFixed } from '../kit/format';
import { criticalTemperature } from './chart';

/** Where T sits relative to T_c, in words. */
function relation(temperature: number): string {
  const gap = temperature - criticalTemperature;
  if (Math.abs(gap) < 0.02) return gap < 0 ? 'just below' : 'just above';
  return gap < 0 ? 'below' : 'above';
}

/** The reading the settings alone determine: temperature, lattice and the exact |m|. */
export function describeSetting(temperature: number, size: number): string {
  return (
    `At T = ${formatFixed(temperature)} (${relation(temperature)} the critical temperature, ${criticalTemperature.toFixed(3)}) on a ${size} × ${size} lattice: ` +
    `exact |m| = ${formatFixed(onsagerMagnetization(temperature))} for an infinite lattice (Yang 1952).`
  );
}
