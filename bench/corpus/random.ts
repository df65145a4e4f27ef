/**
 * Seeded randomness for the corpus generator: the same seed gives the same
 * corpus byte for byte, so benchmark figures and planted pairs are repeatable.
 */

import { mulberry32 } from '../lib/mulberry32.ts';

/** A seeded PRNG (mulberry32, 32-bit state) returning floats in [0, 1). */
export const seededRandom: (seed: number) => () => number = mulberry32;

/** An integer in [from, to], uniformly. */
export function between(random: () => number, from: number, to: number): number {
  return from + Math.floor(random() * (to - from + 1));
}

/**
 * A sampler of ranks 0..size-1 with Zipf weights 1/(rank+1)^exponent: a few
 * terms are everywhere and most are rare, as in real duty statements.
 */
export function zipfSampler(size: number, exponent: number): (random: () => number) => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let k = 0; k < size; k++) cumulative[k] = total += 1 / (k + 1) ** exponent;
  return (random) => {
    const target = random() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** One item of a list, Zipf-distributed by its position (earlier items are more frequent). */
export function zipfPick<T>(items: readonly T[], sample: (random: () => number) => number, random: () => number): T {
  return items[sample(random) % items.length];
}
