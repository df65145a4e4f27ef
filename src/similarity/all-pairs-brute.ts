import { csrFromVectors, csrRows, isCsrMatrix } from './sparse.ts';
import type { AllPairsInput, PairHit } from './all-pairs.ts';

/**
 * The reference all-pairs search: every pair (i < j) scored by a plain dot
 * product summed in input term order, kept when ≥ threshold under the same
 * block/group/skip rules. Quadratic; for tests and benchmarks, to check the
 * kernel against.
 */
export function allPairsBrute(input: AllPairsInput): PairHit[] {
  const { rowPtr, col, val } = isCsrMatrix(input.vectors) ? input.vectors : csrFromVectors(input.vectors);
  const n = csrRows({ rowPtr, col, val });
  const { block, group, skip, threshold } = input;
  let dims = 0;
  for (const c of col) if (c >= dims) dims = c + 1;
  const dense = new Float64Array(dims);
  const hits: PairHit[] = [];
  for (let i = 0; i < n; i++) {
    if (skip?.[i]) continue;
    for (let e = rowPtr[i]; e < rowPtr[i + 1]; e++) dense[col[e]] = val[e];
    for (let j = i + 1; j < n; j++) {
      if (skip?.[j] || (block && block[i] !== block[j]) || (group && group[i] === group[j])) continue;
      // Summing j's entries in term order against i scattered adds the same products in
      // the same order as a sorted merge, so the score equals sparseDot bit for bit.
      let s = 0;
      for (let e = rowPtr[j]; e < rowPtr[j + 1]; e++) s += dense[col[e]] * val[e];
      if (s >= threshold && s > 0) hits.push({ i, j, score: Math.min(1, s) });
    }
    for (let e = rowPtr[i]; e < rowPtr[i + 1]; e++) dense[col[e]] = 0;
  }
  return hits;
}
