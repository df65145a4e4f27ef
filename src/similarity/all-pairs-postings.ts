import { float32, float64, int32, type BufferAllocator } from './all-pairs-memory.ts';

/** Rows (relabelled, in processing order) whose prefixes are to be split off. */
export interface PrefixInput {
  rowPtr: Int32Array;
  col: Int32Array;
  val: Float32Array;
  blockStart: Int32Array | null;
  dims: number;
  maxNorm: number;
  /** Index a term once the bound of the prefix including it reaches this. */
  cut: number;
}

/**
 * Splits each row into an un-indexed prefix and an indexed suffix. Walking
 * positions backwards keeps, per term, the largest weight among the later
 * vectors of the block, which are exactly the vectors that will probe this
 * row; the prefix grows while min(Σ x_k·laterMax_k, ‖x_prefix‖·maxNorm) stays
 * below the threshold, so no later vector can reach the threshold through
 * prefix terms alone.
 */
export function splitPrefixes(input: PrefixInput, alloc: BufferAllocator) {
  const { rowPtr, col, val, blockStart, dims, maxNorm, cut } = input;
  const rows = rowPtr.length - 1;
  const prefixEnd = int32(rows, alloc);
  const prefixBound = float64(rows, alloc);
  const prefixNorm = float64(rows, alloc);
  const laterMax = new Float64Array(dims);
  let blockEnd = rows;
  for (let p = rows - 1; p >= 0; p--) {
    if (blockStart && p + 1 < rows && blockStart[p + 1] !== blockStart[p]) {
      for (let e = rowPtr[p + 1]; e < rowPtr[blockEnd]; e++) laterMax[col[e]] = 0;
      blockEnd = p + 1;
    }
    let byWeight = 0;
    let sq = 0;
    let bound = 0;
    let e = rowPtr[p];
    for (; e < rowPtr[p + 1]; e++) {
      const w = val[e];
      const nextByWeight = byWeight + w * laterMax[col[e]];
      const nextSq = sq + w * w;
      const nextBound = Math.min(nextByWeight, Math.sqrt(nextSq) * maxNorm);
      if (nextBound >= cut) break;
      byWeight = nextByWeight;
      sq = nextSq;
      bound = nextBound;
    }
    prefixEnd[p] = e;
    prefixBound[p] = bound;
    prefixNorm[p] = Math.sqrt(sq);
    for (let k = rowPtr[p]; k < rowPtr[p + 1]; k++) if (val[k] > laterMax[col[k]]) laterMax[col[k]] = val[k];
  }
  return { prefixEnd, prefixBound, prefixNorm };
}

/** Rows with their prefix ends, to index. */
export interface PostingInput {
  rowPtr: Int32Array;
  col: Int32Array;
  val: Float32Array;
  prefixEnd: Int32Array;
  dims: number;
}

/** Posting lists of the indexed suffixes, filled in position order so each list is sorted by position. */
export function buildPostings(input: PostingInput, alloc: BufferAllocator) {
  const { rowPtr, col, val, prefixEnd, dims } = input;
  const rows = rowPtr.length - 1;
  const postPtr = int32(dims + 1, alloc);
  for (let p = 0; p < rows; p++) for (let e = prefixEnd[p]; e < rowPtr[p + 1]; e++) postPtr[col[e] + 1]++;
  for (let t = 0; t < dims; t++) postPtr[t + 1] += postPtr[t];
  const total = postPtr[dims];
  const postPos = int32(total, alloc);
  const postVal = float32(total, alloc);
  const postRest = float32(total, alloc);
  const fill = postPtr.slice(0, dims);
  for (let p = 0; p < rows; p++) {
    let sq = 0;
    for (let e = rowPtr[p]; e < rowPtr[p + 1]; e++) {
      if (e >= prefixEnd[p]) {
        const slot = fill[col[e]]++;
        postPos[slot] = p;
        postVal[slot] = val[e];
        postRest[slot] = Math.sqrt(sq);
      }
      sq += val[e] * val[e];
    }
  }
  return { postPtr, postPos, postVal, postRest };
}
