import { describe, expect, it } from 'vitest';
import { buildVectorSpace, vectorize } from '../../src/similarity/vectorize.ts';
import { pairwiseDots, unitScoreMatrix } from '../../src/similarity/unit-similarity.ts';
import { sparseDot } from '../../src/similarity/sparse.ts';

const lists = [
  ['s|invoic', 's|custom', 's|bill'],
  ['s|bill', 's|custom', 's|collect'],
  ['s|weld', 's|steel', 's|beam'],
  ['s|weld', 's|pipe'],
  ['s|invoic', 's|bill'],
];
const space = buildVectorSpace(lists);
const vectors = lists.map((f) => vectorize(space, f));

describe('unitScoreMatrix', () => {
  it('unitScoreMatrix(lists, vectors, unitOf, n) is symmetric, in [0, 1], with a zero diagonal', () => {
    const n = 3;
    const m = unitScoreMatrix(lists, vectors, Int32Array.from([0, 0, 1, 1, 2]), n);
    expect(m.length).toBe(n * n);
    for (let u = 0; u < n; u++)
      for (let v = 0; v < n; v++) {
        expect(m[u * n + v]).toBe(m[v * n + u]);
        expect(m[u * n + v]).toBeGreaterThanOrEqual(0);
        expect(m[u * n + v]).toBeLessThanOrEqual(1);
      }
    for (let u = 0; u < n; u++) expect(m[u * n + u]).toBe(0);
  });

  it('unitScoreMatrix ranks the billing units together above the welding unit', () => {
    const m = unitScoreMatrix(lists, vectors, Int32Array.from([0, 0, 1, 1, 2]), 3);
    expect(m[0 * 3 + 2]).toBeGreaterThan(m[0 * 3 + 1]);
    expect(m[0 * 3 + 2]).toBeGreaterThan(m[1 * 3 + 2]);
  });

  it('unitScoreMatrix scores a unit without duties 0 with every other', () => {
    const m = unitScoreMatrix(lists, vectors, Int32Array.from([0, 0, 1, 1, 0]), 3);
    expect([m[2], m[5], m[6], m[7]]).toEqual([0, 0, 0, 0]);
  });

  it('unitScoreMatrix refuses more units than options.maxUnits instead of allocating', () => {
    expect(() => unitScoreMatrix(lists, vectors, Int32Array.from([0, 1, 2, 3, 4]), 5, { profileWeight: 0.3, maxUnits: 4, termsPerUnit: 2000 })).toThrow(RangeError);
  });

  it('pairwiseDots(rows) equals sparseDot for every pair', () => {
    const m = pairwiseDots(vectors);
    for (let i = 0; i < vectors.length; i++)
      for (let j = 0; j < vectors.length; j++) expect(m[i * vectors.length + j]).toBeCloseTo(i === j ? 0 : sparseDot(vectors[i], vectors[j]), 6);
  });
});

describe('strongestTerms and pairwiseDots', () => {
  it('strongestTerms(row, k) keeps the k heaviest terms, renormalised, in index order', async () => {
    const { strongestTerms } = await import('../../src/similarity/unit-similarity.ts');
    const row = { indices: Uint32Array.from([1, 4, 7, 9]), values: Float32Array.from([0.1, 0.7, 0.2, 0.6]) };
    const cut = strongestTerms(row, 2);
    expect([...cut.indices]).toEqual([4, 9]);
    expect(cut.values[0] ** 2 + cut.values[1] ** 2).toBeCloseTo(1, 5);
  });

  it('pairwiseDots(rows) equals sparseDot for every pair', async () => {
    const { pairwiseDots } = await import('../../src/similarity/unit-similarity.ts');
    const { sparseDot } = await import('../../src/similarity/sparse.ts');
    const rows = [
      { indices: Uint32Array.from([0, 2, 5]), values: Float32Array.from([0.5, 0.5, 0.7]) },
      { indices: Uint32Array.from([2, 3]), values: Float32Array.from([0.6, 0.8]) },
      { indices: Uint32Array.from([0, 3, 5]), values: Float32Array.from([0.3, 0.4, 0.86]) },
    ];
    const m = pairwiseDots(rows);
    for (let u = 0; u < 3; u++)
      for (let v = 0; v < 3; v++) expect(m[u * 3 + v]).toBeCloseTo(u === v ? 0 : sparseDot(rows[u], rows[v]), 6);
  });
});
