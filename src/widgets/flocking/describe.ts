import { formatFixed } from '../kit/format';

/** The reading the settings alone determine: noise, birds and the box they fly in. */
export function describeSetting(noise: number, birds: number, boxSize: number): string {
  return (
    `Noise η = ${formatFixed(noise)} radians with ${birds.toLocaleString('en-US')} birds in a ${boxSize.toFixed(1)} × ${boxSize.toFixed(1)} box ` +
    `(${formatFixed(birds / (boxSize * boxSize), 1)} birds per unit area); each aligns with the birds within distance 1.`
  );
}
