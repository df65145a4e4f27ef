import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchFunctions } from '../../src/findings/coverage-match.ts';
import { sparseDot, sparseFromMap, type SparseVector } from '../../src/similarity/sparse.ts';

/** A normalised vector from term → weight pairs. */
function vec(entries: Array<[number, number]>): SparseVector {
  return sparseFromMap(new Map(entries));
}

/** The obvious loop matchFunctions must agree with: max sparseDot over examples, kept at ≥ floor and > 0. */
function bruteForce(fns: SparseVector[][], duties: SparseVector[], floor: number): Array<Array<[number, number]>> {
  return fns.map((examples) =>
    duties.flatMap((d, i): Array<[number, number]> => {
      const best = Math.max(0, ...examples.map((e) => sparseDot(e, d)));
      return best > 0 && best >= floor ? [[i, best]] : [];
    }),
  );
}

describe('matchFunctions', () => {
  it('matchFunctions(functions, duties, floor) scores a duty by its best example', () => {
    const duties = [vec([[1, 1]]), vec([[2, 1]]), vec([[1, 1], [2, 1]]), vec([[9, 1]])];
    const research = [vec([[1, 1]]), vec([[2, 1], [3, 1]])];
    const [hits] = matchFunctions([research], duties, 0.5);
    expect(hits.map(([i]) => i)).toEqual([0, 1, 2]);
    expect(hits[0][1]).toBeCloseTo(1, 6);
    expect(hits[1][1]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(hits[2][1]).toBeCloseTo(Math.SQRT1_2, 6);
  });

  it('matchFunctions(functions, duties, floor) drops scores under the floor and duties sharing no term', () => {
    const duties = [vec([[1, 1], [5, 3]]), vec([[7, 1]])];
    expect(matchFunctions([[vec([[1, 1]])]], duties, 0.5)).toEqual([[]]);
    expect(matchFunctions([[vec([[1, 1]])]], duties, 0.3)[0].map(([i]) => i)).toEqual([0]);
  });

  it('matchFunctions(functions, duties, floor) gives a function with no examples no matches', () => {
    expect(matchFunctions([[], [vec([[1, 1]])]], [vec([[1, 1]])], 0)).toEqual([[], [[0, 1]]]);
  });

  it('matchFunctions(functions, duties, floor) equals a sparseDot loop exactly on random vectors', () => {
    const vector = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.double({ min: 0.01, max: 5, noNaN: true })), { maxLength: 6 })
      .map((entries) => vec(entries));
    fc.assert(
      fc.property(
        fc.array(fc.array(vector, { maxLength: 3 }), { maxLength: 4 }),
        fc.array(vector, { maxLength: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (fns, duties, floor) => {
          expect(matchFunctions(fns, duties, floor)).toEqual(bruteForce(fns, duties, floor));
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
