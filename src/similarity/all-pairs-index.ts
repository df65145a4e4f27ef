import { csrFromVectors, csrRows, isCsrMatrix, type CsrMatrix } from './sparse.ts';
import type { AllPairsInput } from './all-pairs.ts';

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

/** Makes the backing store of a typed array: an ArrayBuffer, or a SharedArrayBuffer for worker threads. */
export type BufferAllocator = (bytes: number) => ArrayBuffer | SharedArrayBuffer;

/** Plain, unshared memory. */
export const plainBuffers: BufferAllocator = (bytes) => new ArrayBuffer(bytes);
/** Memory that worker threads can read without a copy. */
export const sharedBuffers: BufferAllocator = (bytes) => new SharedArrayBuffer(bytes);

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
  const dimMax = new Float64Array(dims);
  for (let e = 0; e < col.length; e++) if (val[e] > dimMax[col[e]]) dimMax[col[e]] = val[e];
  const blockStart = input.block ? blockStarts(origin, input.block, alloc) : null;
  const group = input.group ? gather(origin, input.group, alloc) : null;
  const slack = DEFAULT_SLACK;
  const prefix = splitPrefixes({ rowPtr, col, val, blockStart, dims, maxNorm, cut: input.threshold - slack }, alloc);
  const postings = buildPostings({ rowPtr, col, val, prefixEnd: prefix.prefixEnd, dims }, alloc);
  return { threshold: input.threshold, slack, rows, dims, maxNorm, origin, blockStart, group, rowPtr, col, val, ...prefix, dimMax, ...postings, source };
}

function typed<T>(make: (buffer: ArrayBuffer | SharedArrayBuffer) => T, bytes: number, alloc: BufferAllocator): T {
  return make(alloc(bytes));
}

function int32(length: number, alloc: BufferAllocator): Int32Array {
  return typed((b) => new Int32Array(b), length * 4, alloc);
}

function float32(length: number, alloc: BufferAllocator): Float32Array {
  return typed((b) => new Float32Array(b), length * 4, alloc);
}

function float64(length: number, alloc: BufferAllocator): Float64Array {
  return typed((b) => new Float64Array(b), length * 8, alloc);
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

interface PrefixInput {
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
function splitPrefixes(input: PrefixInput, alloc: BufferAllocator) {
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

interface PostingInput {
  rowPtr: Int32Array;
  col: Int32Array;
  val: Float32Array;
  prefixEnd: Int32Array;
  dims: number;
}

/** Posting lists of the indexed suffixes, filled in position order so each list is sorted by position. */
function buildPostings(input: PostingInput, alloc: BufferAllocator) {
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
