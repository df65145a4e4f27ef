import type { SparseVector } from './sparse.ts';

/** One pair found by the all-pairs search: vector indices i < j and their cosine. */
export interface PairHit {
  i: number;
  j: number;
  score: number;
}

/** What to search: L2-normalised vectors, a threshold, and which pairs count. */
export interface AllPairsInput {
  vectors: readonly SparseVector[];
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
 * Exact threshold all-pairs cosine search through an inverted index: each
 * vector is scored only against earlier vectors that share a term, so the
 * work is the sum over terms of (postings)², never a dense N×N matrix.
 * Written by hand because no maintained npm package does exact sparse
 * all-pairs with block/group constraints. Pairs come out sorted by (i, j).
 */
export function allPairs(input: AllPairsInput): PairHit[] {
  const { vectors, threshold, block, group, skip } = input;
  const postings = new Map<number, { ids: number[]; weights: number[] }>();
  const scores = new Float64Array(vectors.length);
  const touched: number[] = [];
  const hits: PairHit[] = [];
  for (let j = 0; j < vectors.length; j++) {
    if (skip?.[j]) continue;
    const v = vectors[j];
    for (let k = 0; k < v.indices.length; k++) {
      const list = postings.get(v.indices[k]);
      if (!list) continue;
      const w = v.values[k];
      for (let p = 0; p < list.ids.length; p++) {
        const i = list.ids[p];
        if (scores[i] === 0) touched.push(i);
        scores[i] += w * list.weights[p];
      }
    }
    touched.sort((x, y) => x - y);
    for (const i of touched) {
      const s = scores[i];
      scores[i] = 0;
      if (s < threshold) continue;
      if (block && block[i] !== block[j]) continue;
      if (group && group[i] === group[j]) continue;
      hits.push({ i, j, score: Math.min(1, s) });
    }
    touched.length = 0;
    for (let k = 0; k < v.indices.length; k++) {
      let list = postings.get(v.indices[k]);
      if (!list) postings.set(v.indices[k], (list = { ids: [], weights: [] }));
      list.ids.push(j);
      list.weights.push(v.values[k]);
    }
  }
  return hits.sort((x, y) => x.i - y.i || x.j - y.j);
}
