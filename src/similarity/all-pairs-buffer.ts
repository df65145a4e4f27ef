import type { PairHit } from './all-pairs.ts';

/**
 * A growable list of pairs in three typed arrays (no object per pair), so a
 * worker can hand a chunk of results to the main thread by transferring the
 * arrays instead of cloning millions of objects.
 */
export interface PairBuffer {
  /** Smaller vector index of each pair. */
  i: Int32Array;
  /** Larger vector index of each pair. */
  j: Int32Array;
  /** Cosine of each pair. */
  score: Float64Array;
  /** Number of pairs held (the arrays may be longer). */
  length: number;
}

/** An empty pair buffer with room for `capacity` pairs before it grows. */
export function createPairBuffer(capacity = 1024): PairBuffer {
  const size = Math.max(1, capacity);
  return { i: new Int32Array(size), j: new Int32Array(size), score: new Float64Array(size), length: 0 };
}

/** Appends a pair, stored as (min, max) so every pair reads i < j. */
export function pushPair(buffer: PairBuffer, a: number, b: number, score: number): void {
  if (buffer.length === buffer.i.length) grow(buffer);
  const k = buffer.length++;
  buffer.i[k] = a < b ? a : b;
  buffer.j[k] = a < b ? b : a;
  buffer.score[k] = score;
}

function grow(buffer: PairBuffer): void {
  const size = buffer.i.length * 2;
  const i = new Int32Array(size);
  const j = new Int32Array(size);
  const score = new Float64Array(size);
  i.set(buffer.i);
  j.set(buffer.j);
  score.set(buffer.score);
  buffer.i = i;
  buffer.j = j;
  buffer.score = score;
}

/** The held pairs trimmed to their length (copies, so the arrays can be transferred). */
export function trimPairBuffer(buffer: PairBuffer): PairBuffer {
  return { i: buffer.i.slice(0, buffer.length), j: buffer.j.slice(0, buffer.length), score: buffer.score.slice(0, buffer.length), length: buffer.length };
}

/** The pairs of several buffers as hits sorted by (i, j): the deterministic order every caller sees. */
export function sortedHits(buffers: readonly PairBuffer[]): PairHit[] {
  const hits: PairHit[] = [];
  for (const b of buffers) for (let k = 0; k < b.length; k++) hits.push({ i: b.i[k], j: b.j[k], score: b.score[k] });
  return hits.sort((x, y) => x.i - y.i || x.j - y.j);
}
