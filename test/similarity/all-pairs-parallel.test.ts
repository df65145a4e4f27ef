import { describe, expect, it } from 'vitest';
import { allPairs } from '../../src/similarity/all-pairs.ts';
import { allPairsParallel, allPairsStream } from '../../src/similarity/all-pairs-parallel.ts';
import { sparseFromMap, type SparseVector } from '../../src/similarity/sparse.ts';

/** Deterministic vectors in families of near-duplicates, so there are many pairs to split across workers. */
function families(count: number, size: number): SparseVector[] {
  let s = 7;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const out: SparseVector[] = [];
  for (let f = 0; f < count; f++) {
    const root = new Map<number, number>();
    for (let k = 0; k < 8; k++) root.set(Math.floor(500 * next() ** 2), 1 + Math.floor(next() * 3));
    for (let m = 0; m < size; m++) {
      const copy = new Map(root);
      copy.set(Math.floor(500 * next()), 1 + Math.floor(next() * 2));
      out.push(sparseFromMap(copy));
    }
  }
  return out;
}

describe('allPairsParallel', () => {
  const vectors = families(60, 10);
  const group = Int32Array.from(vectors, (_, k) => Math.floor(k / 3));
  const skip = Uint8Array.from(vectors, (_, k) => (k % 17 === 0 ? 1 : 0));

  it('allPairsParallel(input, { workers: 2 }) returns exactly what allPairs(input) returns', async () => {
    const input = { vectors, threshold: 0.5, group, skip };
    const expected = allPairs(input);
    expect(expected.length).toBeGreaterThan(500);
    expect(await allPairsParallel(input, { workers: 2, chunkSize: 16 })).toEqual(expected);
  });

  it('allPairsStream(input, options, sink) delivers every pair once, chunks in the same order on every run', async () => {
    const input = { vectors, threshold: 0.6, group };
    const run = async () => {
      const seen: string[] = [];
      const summary = await allPairsStream(input, { workers: 2, chunkSize: 8 }, (pairs) => {
        for (let k = 0; k < pairs.length; k++) seen.push(`${pairs.i[k]}-${pairs.j[k]}`);
      });
      expect(summary.pairs).toBe(seen.length);
      return seen;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect([...first].sort()).toEqual(allPairs(input).map((h) => `${h.i}-${h.j}`).sort());
  });

  it('allPairsParallel(input) copes with no vectors at all', async () => {
    expect(await allPairsParallel({ vectors: [], threshold: 0.5 }, { workers: 2 })).toEqual([]);
  });
});
