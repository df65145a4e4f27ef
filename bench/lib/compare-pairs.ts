import type { PairArrays } from './pairs-file.ts';

/** How two pair sets differ. */
export interface PairComparison {
  /** No pair differs except ties. */
  identical: boolean;
  /** Pairs in only one set whose score (in that set) is more than `tieWindow` from the threshold. */
  mismatches: number;
  /** Pairs in only one set whose score is within `tieWindow` of the threshold: float32/float64 rounding, not a miss. */
  ties: number;
  /** Largest score difference over the pairs both sets have. */
  maxScoreDiff: number;
}

/**
 * Compares two pair sets by (i, j). A pair only one side found counts as a
 * tie when its score is within `tieWindow` of the threshold (the sides round
 * differently, e.g. float32 weights against float64), otherwise as a mismatch.
 */
export function comparePairs(a: PairArrays, b: PairArrays, threshold: number, tieWindow = 1e-5): PairComparison {
  const key = (i: number, j: number) => Math.min(i, j) * 2 ** 26 + Math.max(i, j);
  const inB = new Map<number, number>();
  for (let k = 0; k < b.i.length; k++) inB.set(key(b.i[k], b.j[k]), b.score[k]);
  let mismatches = 0;
  let ties = 0;
  let maxScoreDiff = 0;
  const count = (score: number) => (Math.abs(score - threshold) <= tieWindow ? ties++ : mismatches++);
  for (let k = 0; k < a.i.length; k++) {
    const id = key(a.i[k], a.j[k]);
    const other = inB.get(id);
    if (other === undefined) count(a.score[k]);
    else {
      maxScoreDiff = Math.max(maxScoreDiff, Math.abs(other - a.score[k]));
      inB.delete(id);
    }
  }
  for (const score of inB.values()) count(score);
  return { identical: mismatches === 0, mismatches, ties, maxScoreDiff };
}
