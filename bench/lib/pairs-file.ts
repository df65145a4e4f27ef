import { readFileSync, writeFileSync } from 'node:fs';
import type { PairHit } from '../../src/similarity/all-pairs.ts';

/**
 * Pair files shared with the Python side: little-endian records of
 * (i int32, j int32, score float64), 16 bytes each, any order.
 */
export interface PairArrays {
  i: Int32Array;
  j: Int32Array;
  score: Float64Array;
}

/** Writes pairs in the 16-byte record format. */
export function writePairsFile(path: string, hits: readonly PairHit[]): void {
  const buffer = Buffer.alloc(hits.length * 16);
  hits.forEach((h, k) => {
    buffer.writeInt32LE(h.i, k * 16);
    buffer.writeInt32LE(h.j, k * 16 + 4);
    buffer.writeDoubleLE(h.score, k * 16 + 8);
  });
  writeFileSync(path, buffer);
}

/** Reads a file of 16-byte pair records. */
export function readPairsFile(path: string): PairArrays {
  const buffer = readFileSync(path);
  const count = buffer.length / 16;
  const out: PairArrays = { i: new Int32Array(count), j: new Int32Array(count), score: new Float64Array(count) };
  for (let k = 0; k < count; k++) {
    out.i[k] = buffer.readInt32LE(k * 16);
    out.j[k] = buffer.readInt32LE(k * 16 + 4);
    out.score[k] = buffer.readDoubleLE(k * 16 + 8);
  }
  return out;
}
