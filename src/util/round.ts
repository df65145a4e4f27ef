/** Rounds to a fixed number of decimals, so results are byte-stable across runs and machines. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
