import { positive } from './validate';

/** Critical temperature of the square-lattice Ising model, 2/ln(1 + √2) ≈ 2.269 (Onsager, 1944; J = k_B = 1). */
export function onsagerTc(): number {
  return 2 / Math.log(1 + Math.SQRT2);
}

/**
 * Exact spontaneous magnetisation of the infinite square lattice at h = 0 (Onsager 1949,
 * proved by Yang 1952): (1 − sinh(2/T)^−4)^(1/8) below T_c, 0 at and above it.
 */
export function onsagerMagnetization(temperature: number): number {
  positive(temperature, 'temperature');
  if (temperature >= onsagerTc()) return 0;
  return Math.pow(1 - Math.pow(Math.sinh(2 / temperature), -4), 1 / 8);
}
