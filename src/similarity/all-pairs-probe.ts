import type { AllPairsIndex } from './all-pairs-index.ts';
import { pushPair, type PairBuffer } from './all-pairs-buffer.ts';

/** Per-thread working memory of the probe, reused across probes (reset after each). */
export interface ProbeScratch {
  /** Partial score of each live candidate position. */
  acc: Float64Array;
  /** Candidate state of each position: UNSEEN, LIVE or PRUNED. */
  state: Uint8Array;
  /** Positions whose acc was touched by the current probe. */
  touched: Int32Array;
  /** The probing vector scattered densely over relabelled terms, for verification. */
  dense: Float64Array;
  /** Squared norm of the probing vector's entries before each of its entries (the verification bound). */
  headSq: Float64Array;
}

/** Candidate states of a position during one probe. */
const UNSEEN = 0;
const LIVE = 1;
const PRUNED = 2;

/** Scores within this distance of the threshold are recomputed in input term order, as a plain dot product would. */
const TIE_WINDOW = 1e-9;

/** Working memory for probing an index. */
export function createProbeScratch(index: AllPairsIndex): ProbeScratch {
  let longest = 0;
  for (let p = 0; p < index.rows; p++) longest = Math.max(longest, index.rowPtr[p + 1] - index.rowPtr[p]);
  return { acc: new Float64Array(index.rows), state: new Uint8Array(index.rows), touched: new Int32Array(index.rows), dense: new Float64Array(index.dims), headSq: new Float64Array(longest + 1) };
}

/**
 * Finds, for every position q in [from, to), all earlier positions of its
 * block with cosine ≥ threshold, and appends them (as input indices) to `out`.
 *
 * Candidate generation walks q's terms from rarest to most frequent through
 * the posting lists (L2AP): a position becomes a candidate only while the
 * remaining part of q could still reach the threshold (min of Σ q_k·max_k and
 * ‖q_rest‖·maxNorm), and a candidate is dropped as soon as its partial score
 * plus ‖q_rest‖·‖x_rest‖ falls below it. Survivors are verified by adding
 * the dot product with their un-indexed prefix, after a last bound check.
 */
export function probeRange(index: AllPairsIndex, from: number, to: number, scratch: ProbeScratch, out: PairBuffer): void {
  for (let q = from; q < to; q++) probeOne(index, q, scratch, out);
}

function probeOne(index: AllPairsIndex, q: number, scratch: ProbeScratch, out: PairBuffer): void {
  const { rowPtr, col, val, dimMax, postPtr, postPos, postVal, postRest, group, maxNorm, threshold } = index;
  const { acc, state, touched, dense, headSq } = scratch;
  const cut = threshold - index.slack;
  const ys = rowPtr[q];
  const ye = rowPtr[q + 1];
  const lo = index.blockStart ? index.blockStart[q] : 0;
  if (lo === q) return;
  const g = group ? group[q] : 0;
  let byWeight = 0;
  let sq = 0;
  for (let e = ys; e < ye; e++) {
    byWeight += val[e] * dimMax[col[e]];
    sq += val[e] * val[e];
  }
  const yNorm = Math.sqrt(sq);
  let count = 0;
  let live = 0;
  for (let e = ye - 1; e >= ys; e--) {
    const t = col[e];
    const w = val[e];
    // New candidates can only come through the terms not yet walked, this one included.
    const admit = Math.min(byWeight, Math.sqrt(sq > 0 ? sq : 0) * maxNorm) >= cut;
    // Nothing left to admit and nothing alive: the remaining lists cannot change the outcome.
    if (!admit && live === 0) break;
    byWeight -= w * dimMax[t];
    sq -= w * w;
    const rest = Math.sqrt(sq > 0 ? sq : 0);
    let p = postPtr[t];
    const end = postPtr[t + 1];
    if (lo > 0 && p < end && postPos[p] < lo) p = firstAtLeast(postPos, p, end, lo);
    for (; p < end; p++) {
      const x = postPos[p];
      if (x >= q) break;
      // One byte per position decides most postings, which keeps the hot loop in cache at a million rows.
      const st = state[x];
      if (st === UNSEEN) {
        if (!admit) continue;
        touched[count++] = x;
        if (group !== null && group[x] === g) {
          state[x] = PRUNED;
          continue;
        }
        state[x] = LIVE;
        live++;
        acc[x] = 0;
      } else if (st === PRUNED) continue;
      const a = acc[x] + w * postVal[p];
      if (a + rest * postRest[p] < cut) {
        state[x] = PRUNED;
        live--;
      } else acc[x] = a;
    }
  }
  if (count === 0) return;
  for (let e = ys; e < ye; e++) {
    dense[col[e]] = val[e];
    headSq[e - ys + 1] = headSq[e - ys] + val[e] * val[e];
  }
  for (let c = 0; c < count; c++) {
    const x = touched[c];
    const alive = state[x] === LIVE;
    state[x] = UNSEEN;
    if (!alive) continue;
    const a = acc[x];
    const prefixNorm = index.prefixNorm[x];
    const prefixEnd = index.prefixEnd[x];
    if (a + Math.min(index.prefixBound[x], prefixNorm * yNorm) < cut) continue;
    // x's prefix only meets q's terms below x's first indexed term: bound with q's norm there.
    if (prefixEnd < rowPtr[x + 1]) {
      const head = firstAtLeast(col, ys, ye, col[prefixEnd]) - ys;
      if (a + prefixNorm * Math.sqrt(headSq[head]) < cut) continue;
    }
    let s = a;
    if (prefixNorm > 0) for (let e = rowPtr[x]; e < prefixEnd; e++) s += val[e] * dense[col[e]];
    if (s < threshold + TIE_WINDOW) {
      if (s < threshold - TIE_WINDOW) continue;
      s = inputOrderDot(index, index.origin[x], index.origin[q]);
      if (s < threshold) continue;
    }
    pushPair(out, index.origin[x], index.origin[q], s < 1 ? s : 1);
  }
  for (let e = ys; e < ye; e++) dense[col[e]] = 0;
}

/** First offset in [from, to) whose value is ≥ target (posting positions and row terms are both sorted). */
function firstAtLeast(positions: Int32Array, from: number, to: number, target: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (positions[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The dot product of two input vectors summed in input term order, exactly as
 * a plain merge would: used only for scores at the threshold, so a pair's
 * fate there never depends on the kernel's summation order.
 */
function inputOrderDot(index: AllPairsIndex, a: number, b: number): number {
  const { rowPtr, col, val } = index.source;
  let i = rowPtr[a];
  let j = rowPtr[b];
  const ie = rowPtr[a + 1];
  const je = rowPtr[b + 1];
  let sum = 0;
  while (i < ie && j < je) {
    const x = col[i];
    const y = col[j];
    if (x === y) sum += val[i++] * val[j++];
    else if (x < y) i++;
    else j++;
  }
  return sum;
}
