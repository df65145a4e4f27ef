import { csrFromVectors, csrRows, isCsrMatrix, type CsrMatrix } from './sparse.ts';
import type { AllPairsInput } from './all-pairs.ts';
import { float32, float64, int32, plainBuffers, typed, type BufferAllocator } from './all-pairs-memory.ts';
import { buildPostings, splitPrefixes } from './all-pairs-postings.ts';

/**
 * Everything the exact all-pairs kernel needs, prepared once, as plain typed
 * arrays (CSR layouts, no per-posting objects) so memory grows with the number
 * of nonzeros and the whole index can live in SharedArrayBuffers that worker
 * threads probe in place.
 *
 * Vocabulary: a *position* is the rank of an active vector in processing
 * order; a vector only ever pairs with vectors at earlier positions of its
 * block, so every pair is found exactly once.
 */
export interface AllPairsIndex {
  /** Pairs with cosine ≥ threshold are reported. */
  threshold: number;
  /** Bounds prune only below threshold − slack, so float rounding in bounds never loses a pair. */
  slack: number;
  /** Number of active vectors (positions). */
  rows: number;
  /** Number of term dimensions. */
  dims: number;
  /** Largest L2 norm of an active vector (1 for normalised input; bounds use it instead of assuming 1). */
  maxNorm: number;
  /** Position → index of the vector in the input. */
  origin: Int32Array;
  /** Position → first position of its block, or null when there are no blocks. */
  blockStart: Int32Array | null;
  /** Position → group, or null when there are no groups. */
  group: Int32Array | null;
  /** Active vectors by position, terms relabelled so that frequent terms come first. */
  rowPtr: Int32Array;
  /** Relabelled term of each entry, ascending within a row. */
  col: Int32Array;
  /** Weight of each entry. */
  val: Float32Array;
  /** Entry offset where a row's indexed suffix starts; entries before it are the un-indexed prefix. */
  prefixEnd: Int32Array;
  /** Upper bound of the dot product of any later vector of the block with the row's un-indexed prefix. */
  prefixBound: Float64Array;
  /** L2 norm of the row's un-indexed prefix. */
  prefixNorm: Float64Array;
  /** Largest weight of each relabelled term over the active vectors. */
  dimMax: Float64Array;
  /** Posting lists (CSR by term): offsets, length dims + 1. */
  postPtr: Int32Array;
  /** Position of each posting, ascending within a list. */
  postPos: Int32Array;
  /** Weight of each posting. */
  postVal: Float32Array;
  /** L2 norm of the posting row's entries before this term (the L2AP remaining-norm bound). */
  postRest: Float32Array;
  /** The input vectors in input order: near-threshold scores are recomputed on them in input term order. */
  source: CsrMatrix;
}

/** Default slack: far above float32/float64 rounding in the bounds, far below any meaningful score gap. */
export const DEFAULT_SLACK = 1e-6;

/**
 * Builds the all-pairs index: drops skipped and empty vectors, orders vectors
 * by (block, decreasing largest weight), relabels terms by decreasing document
 * frequency, and indexes only each vector's suffix beyond the prefix bound
 * (All-Pairs, Bayardo et al. 2007, with the L2AP prefix-norm bound of
 * Anastasiu & Karypis 2014). Weights must be non-negative.
 */
export function buildAllPairsIndex(input: AllPairsInput, alloc: BufferAllocator = plainBuffers): AllPairsIndex {
  const source = toCsr(input.vectors, alloc);
  const n = csrRows(source);
  checkLength('block', input.block, n);
  checkLength('group', input.group, n);
  checkLength('skip', input.skip, n);
  const { active, maxWeight, maxNorm, dims } = scanRows(source, input.skip);
  const origin = orderActive(active, maxWeight, input.block, alloc);
  const rows = origin.length;
  const rank = rankTerms(source, origin, dims);
  const { rowPtr, col, val } = relabelRows(source, origin, rank, alloc);
  const dimMax = float64(dims, alloc);
  for (let e = 0; e < col.length; e++) if (val[e] > dimMax[col[e]]) dimMax[col[e]] = val[e];
  const blockStart = input.block ? blockStarts(origin, input.block, alloc) : null;
  const group = input.group ? gather(origin, input.group, alloc) : null;
  const slack = DEFAULT_SLACK;
  const prefix = splitPrefixes({ rowPtr, col, val, blockStart, dims, maxNorm, cut: input.threshold - slack }, alloc);
  const postings = buildPostings({ rowPtr, col, val, prefixEnd: prefix.prefixEnd, dims }, alloc);
  return { threshold: input.threshold, slack, rows, dims, maxNorm, origin, blockStart, group, rowPtr, col, val, ...prefix, dimMax, ...postings, source };
}

function checkLength(name: string, array: ArrayLike<number> | undefined, n: number): void {
  if (array && array.length !== n) throw new RangeError(`all-pairs: ${name} has ${array.length} entries for ${n} vectors`);
}

/** The input as CSR in memory from the allocator (copied only when it is not already there). */
function toCsr(vectors: AllPairsInput['vectors'], alloc: BufferAllocator): CsrMatrix {
  const csr = isCsrMatrix(vectors) ? vectors : csrFromVectors(vectors);
  const probe = alloc(0);
  const wantShared = typeof SharedArrayBuffer !== 'undefined' && probe instanceof SharedArrayBuffer;
  const isShared = csr.col.buffer instanceof SharedArrayBuffer && csr.val.buffer instanceof SharedArrayBuffer && csr.rowPtr.buffer instanceof SharedArrayBuffer;
  if (!wantShared || isShared) return csr;
  const rowPtr = int32(csr.rowPtr.length, alloc);
  rowPtr.set(csr.rowPtr);
  const col = typed((b) => new Uint32Array(b), csr.col.length * 4, alloc);
  col.set(csr.col);
  const val = float32(csr.val.length, alloc);
  val.set(csr.val);
  return { rowPtr, col, val };
}

/** Which vectors take part (not skipped, some positive weight), their largest weight, the largest norm, the term count. */
function scanRows(source: CsrMatrix, skip: Uint8Array | undefined) {
  const n = csrRows(source);
  const active = new Uint8Array(n);
  const maxWeight = new Float64Array(n);
  let maxNorm = 0;
  let dims = 0;
  for (let r = 0; r < n; r++) {
    let top = 0;
    let sq = 0;
    for (let e = source.rowPtr[r]; e < source.rowPtr[r + 1]; e++) {
      const w = source.val[e];
      if (w < 0 || Number.isNaN(w)) throw new RangeError(`all-pairs: vector ${r} has a negative or NaN weight; the bounds need non-negative weights`);
      if (source.col[e] >= dims) dims = source.col[e] + 1;
      if (w > top) top = w;
      sq += w * w;
    }
    if (dims > 1 << 28) throw new RangeError('all-pairs: term indices must be vocabulary ids below 2^28');
    if (top === 0 || skip?.[r]) continue;
    active[r] = 1;
    maxWeight[r] = top;
    maxNorm = Math.max(maxNorm, Math.sqrt(sq));
  }
  return { active, maxWeight, maxNorm, dims };
}

/** Active vectors in processing order: by block, then decreasing largest weight, then input index. */
function orderActive(active: Uint8Array, maxWeight: Float64Array, block: Int32Array | undefined, alloc: BufferAllocator): Int32Array {
  let count = 0;
  for (let r = 0; r < active.length; r++) count += active[r];
  const ids = new Int32Array(count);
  for (let r = 0, k = 0; r < active.length; r++) if (active[r]) ids[k++] = r;
  ids.sort((a, b) => (block ? block[a] - block[b] : 0) || maxWeight[b] - maxWeight[a] || a - b);
  const origin = int32(count, alloc);
  origin.set(ids);
  return origin;
}

/** Rank of each term by decreasing document frequency among the active vectors (ties by term index). */
function rankTerms(source: CsrMatrix, origin: Int32Array, dims: number): Int32Array {
  const df = new Int32Array(dims);
  for (const r of origin) for (let e = source.rowPtr[r]; e < source.rowPtr[r + 1]; e++) if (source.val[e] > 0) df[source.col[e]]++;
  const terms = new Int32Array(dims);
  for (let t = 0; t < dims; t++) terms[t] = t;
  terms.sort((a, b) => df[b] - df[a] || a - b);
  const rank = new Int32Array(dims);
  for (let k = 0; k < dims; k++) rank[terms[k]] = k;
  return rank;
}

/** Copies the active rows in processing order with relabelled terms, sorted ascending, zero weights dropped. */
function relabelRows(source: CsrMatrix, origin: Int32Array, rank: Int32Array, alloc: BufferAllocator) {
  const rowPtr = int32(origin.length + 1, alloc);
  for (let p = 0; p < origin.length; p++) {
    let len = 0;
    for (let e = source.rowPtr[origin[p]]; e < source.rowPtr[origin[p] + 1]; e++) if (source.val[e] > 0) len++;
    rowPtr[p + 1] = rowPtr[p] + len;
  }
  const col = int32(rowPtr[origin.length], alloc);
  const val = float32(rowPtr[origin.length], alloc);
  for (let p = 0; p < origin.length; p++) {
    const start = rowPtr[p];
    let end = start;
    for (let e = source.rowPtr[origin[p]]; e < source.rowPtr[origin[p] + 1]; e++) {
      const w = source.val[e];
      if (!(w > 0)) continue;
      // Insertion sort: rows are short (tens of terms), so this beats a generic sort.
      const c = rank[source.col[e]];
      let k = end++;
      while (k > start && col[k - 1] > c) {
        col[k] = col[k - 1];
        val[k] = val[k - 1];
        k--;
      }
      col[k] = c;
      val[k] = w;
    }
  }
  return { rowPtr, col, val };
}

function blockStarts(origin: Int32Array, block: Int32Array, alloc: BufferAllocator): Int32Array {
  const starts = int32(origin.length, alloc);
  for (let p = 0; p < origin.length; p++) starts[p] = p > 0 && block[origin[p]] === block[origin[p - 1]] ? starts[p - 1] : p;
  return starts;
}

function gather(origin: Int32Array, values: Int32Array, alloc: BufferAllocator): Int32Array {
  const out = int32(origin.length, alloc);
  for (let p = 0; p < origin.length; p++) out[p] = values[origin[p]];
  return out;
}
