import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allPairs, type AllPairsInput, type PairHit } from '../../src/similarity/all-pairs.ts';
import { allPairsBrute } from '../../src/similarity/all-pairs-brute.ts';
import { csrFromVectors, sparseFromMap, type SparseVector } from '../../src/similarity/sparse.ts';

/** Small deterministic PRNG so the random cases are the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random L2-normalised vectors with Zipf-like term use, so frequent and rare terms both occur. */
function randomVectors(count: number, dims: number, seed: number): SparseVector[] {
  const next = rng(seed);
  return Array.from({ length: count }, () => {
    const terms = new Map<number, number>();
    const len = 1 + Math.floor(next() * 12);
    for (let k = 0; k < len; k++) terms.set(Math.floor(dims * next() ** 2.5), 0.1 + next());
    return sparseFromMap(terms);
  });
}

/** Vectors in families: each family member is its root with one or two terms changed or reweighted. */
function nearDuplicates(families: number, size: number, seed: number): SparseVector[] {
  const next = rng(seed);
  const out: SparseVector[] = [];
  for (let f = 0; f < families; f++) {
    const root = new Map<number, number>();
    for (let k = 0; k < 6 + Math.floor(next() * 10); k++) root.set(Math.floor(400 * next() ** 2), 1 + Math.floor(next() * 3));
    for (let m = 0; m < size; m++) {
      const copy = new Map(root);
      if (m > 0 && next() < 0.7) copy.set(Math.floor(400 * next()), 1 + Math.floor(next() * 3));
      if (m > 0 && next() < 0.5) copy.delete([...copy.keys()][Math.floor(next() * copy.size)]);
      out.push(sparseFromMap(copy));
    }
  }
  return out;
}

function expectSamePairs(actual: PairHit[], expected: PairHit[]): void {
  expect(actual.map((h) => [h.i, h.j])).toEqual(expected.map((h) => [h.i, h.j]));
  actual.forEach((h, k) => expect(Math.abs(h.score - expected[k].score)).toBeLessThan(1e-6));
}

function check(input: AllPairsInput): PairHit[] {
  const expected = allPairsBrute(input);
  expectSamePairs(allPairs(input), expected);
  return expected;
}

describe('allPairs', () => {
  it('allPairs(input) equals brute force on random sparse vectors at several thresholds', () => {
    const vectors = randomVectors(600, 300, 1);
    for (const threshold of [0.2, 0.5, 0.8, 0.95]) {
      const found = check({ vectors, threshold });
      if (threshold === 0.5) expect(found.length).toBeGreaterThan(50);
    }
  });

  it('allPairs(input) equals brute force on near-duplicate-heavy sets', () => {
    const vectors = nearDuplicates(40, 15, 2);
    for (const threshold of [0.3, 0.6, 0.9]) expect(check({ vectors, threshold }).length).toBeGreaterThan(100);
  });

  it('allPairs(input) equals brute force with block, group and skip together', () => {
    const vectors = nearDuplicates(30, 12, 3);
    const next = rng(4);
    const block = Int32Array.from(vectors, () => Math.floor(next() * 3));
    const group = Int32Array.from(vectors, () => Math.floor(next() * 20));
    const skip = Uint8Array.from(vectors, () => (next() < 0.1 ? 1 : 0));
    const hits = check({ vectors, threshold: 0.5, block, group, skip });
    expect(hits.length).toBeGreaterThan(50);
    for (const h of hits) {
      expect(block[h.i]).toBe(block[h.j]);
      expect(group[h.i]).not.toBe(group[h.j]);
      expect(skip[h.i] + skip[h.j]).toBe(0);
    }
  });

  it('allPairs(input) accepts a CSR matrix and gives the same pairs as for the vectors', () => {
    const vectors = randomVectors(300, 100, 5);
    expect(allPairs({ vectors: csrFromVectors(vectors), threshold: 0.4 })).toEqual(allPairs({ vectors, threshold: 0.4 }));
  });

  it('allPairs(input) keeps a pair whose score is exactly the threshold and drops one just below', () => {
    // Weights 0.5 are exact in float32 and their products sum exactly, so the cosine is exactly 0.5 / 0.75.
    const v = (...terms: number[]) => sparseFromMap(new Map(terms.map((t) => [t, 1])));
    const vectors = [v(1, 2, 3, 4), v(1, 2, 5, 6), v(1, 2, 3, 7), v(8, 9, 10, 11)];
    expect(allPairs({ vectors, threshold: 0.5 })).toEqual([
      { i: 0, j: 1, score: 0.5 },
      { i: 0, j: 2, score: 0.75 },
      { i: 1, j: 2, score: 0.5 },
    ]);
    expect(allPairs({ vectors, threshold: 0.5000001 })).toEqual([{ i: 0, j: 2, score: 0.75 }]);
  });

  it('allPairs(input) ignores empty vectors and finds nothing for a single vector', () => {
    const one = sparseFromMap(new Map([[3, 1]]));
    const empty = sparseFromMap(new Map());
    expect(allPairs({ vectors: [one], threshold: 0.1 })).toEqual([]);
    expect(allPairs({ vectors: [], threshold: 0.1 })).toEqual([]);
    expect(allPairs({ vectors: [empty, one, empty, one], threshold: 0.9 })).toEqual([{ i: 1, j: 3, score: 1 }]);
  });

  it('allPairs(input) never pairs a skipped vector, even with its exact copy', () => {
    const v = sparseFromMap(new Map([[1, 1], [2, 2]]));
    const hits = allPairs({ vectors: [v, v, v], threshold: 0.5, skip: Uint8Array.of(0, 1, 0) });
    expect(hits.map((h) => [h.i, h.j])).toEqual([[0, 2]]);
    expect(hits[0].score).toBeCloseTo(1, 6);
  });

  it('allPairs(input) returns pairs sorted by (i, j), the same on every call', () => {
    const input = { vectors: nearDuplicates(10, 8, 6), threshold: 0.4 };
    const first = allPairs(input);
    expect(first).toEqual([...first].sort((a, b) => a.i - b.i || a.j - b.j));
    expect(allPairs(input)).toEqual(first);
  });

  it('allPairs(input) rejects negative weights, which would break its bounds', () => {
    const bad = { indices: Uint32Array.of(1), values: Float32Array.of(-1) };
    expect(() => allPairs({ vectors: [bad, bad], threshold: 0.5 })).toThrow(/non-negative/);
  });

  it('allPairs(input) equals brute force on any small input, normalised or not (property)', () => {
    const vector = fc
      .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 8 })), { maxLength: 8, selector: ([t]) => t })
      .map((entries) => {
        const sorted = [...entries].sort((a, b) => a[0] - b[0]);
        return { indices: Uint32Array.from(sorted, ([t]) => t), values: Float32Array.from(sorted, ([, w]) => w / 8) };
      });
    const input = fc.record({
      vectors: fc.array(fc.oneof(vector, vector.map((v) => sparseFromMap(new Map([...v.indices].map((t, k) => [t, v.values[k]]))))), { maxLength: 40 }),
      threshold: fc.double({ min: 0.05, max: 1, noNaN: true }),
      groups: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(
      fc.property(input, ({ vectors, threshold, groups }) => {
        const group = Int32Array.from(vectors, (_, k) => k % groups);
        expectSamePairs(allPairs({ vectors, threshold, group }), allPairsBrute({ vectors, threshold, group }));
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
