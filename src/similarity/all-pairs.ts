import type { CsrMatrix, SparseVector } from './sparse.ts';
import { buildAllPairsIndex } from './all-pairs-index.ts';
import { createProbeScratch, probeRange } from './all-pairs-probe.ts';
import { createPairBuffer, sortedHits } from './all-pairs-buffer.ts';

/** One pair found by the all-pairs search: vector indices i < j and their cosine. */
export interface PairHit {
  i: number;
  j: number;
  score: number;
}

/** What to search: L2-normalised vectors, a threshold, and which pairs count. */
export interface AllPairsInput {
  /** The vectors (non-negative weights), as sparse vectors or one CSR matrix (cheaper at scale). */
  vectors: readonly SparseVector[] | CsrMatrix;
  /** Report pairs with cosine ≥ threshold. */
  threshold: number;
  /** Only pairs inside the same block count (e.g. the document): block[i] === block[j]. */
  block?: Int32Array;
  /** Pairs inside the same group never count (e.g. the unit): group[i] !== group[j]. */
  group?: Int32Array;
  /** Vectors marked 1 take part in no pair (e.g. grouped boilerplate). */
  skip?: Uint8Array;
}

/**
 * Exact threshold all-pairs cosine search, single-threaded: finds exactly the
 * pairs with cosine ≥ threshold under the block/group/skip rules, sorted by
 * (i, j). Uses an inverted index over each vector's suffix only, with
 * prefix filtering and L2-norm bounds (All-Pairs, Bayardo et al. 2007; L2AP,
 * Anastasiu & Karypis 2014); skipped vectors are dropped before indexing.
 *
 * Written by hand because no maintained npm package does exact sparse
 * all-pairs with block/group constraints, and the brute-force alternatives
 * (dense or sparse X·Xᵀ) are quadratic in time and far larger in memory.
 * See allPairsParallel for the multi-threaded version with the same result.
 */
export function allPairs(input: AllPairsInput): PairHit[] {
  const index = buildAllPairsIndex(input);
  const out = createPairBuffer();
  probeRange(index, 0, index.rows, createProbeScratch(index), out);
  return sortedHits([out]);
}
