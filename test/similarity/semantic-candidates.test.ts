import { describe, expect, it } from 'vitest';
import { mutualNeighbours, semanticFloor } from '../../src/similarity/semantic-candidates.ts';

/** A unit vector pointing mostly along axis `axis`, tilted by `tilt` towards axis 3. */
function vec(axis: number, tilt = 0): Float32Array {
  const v = new Float32Array(4);
  v[axis] = 1;
  v[3] = tilt;
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}

describe('semantic candidates', () => {
  it('pairs mutual nearest neighbours of different units above the floor', () => {
    // Duties 0 and 2 (units 0 and 1) say the same; 1 and 3 are alone.
    const vectors = [vec(0), vec(1), vec(0, 0.1), vec(2)];
    const group = Int32Array.from([0, 0, 1, 1]);
    const found = mutualNeighbours(vectors, group, 1, 0.8);
    expect(found.map((c) => [c.i, c.j])).toEqual([[0, 2]]);
    expect(found[0].cosine).toBeGreaterThan(0.99);
  });

  it('never pairs duties of one unit, and nothing below the floor', () => {
    const vectors = [vec(0), vec(0, 0.05), vec(1)];
    expect(mutualNeighbours(vectors, Int32Array.from([0, 0, 1]), 2, 0.8)).toEqual([]);
  });

  it('a neighbour that prefers another duty is not mutual', () => {
    // 0 → 1 is its best, but 1's best is 2 (closer still), with k = 1.
    const vectors = [vec(0, 1.2), vec(0, 0.4), vec(0, 0.35)];
    const found = mutualNeighbours(vectors, Int32Array.from([0, 1, 2]), 1, 0.5);
    expect(found.map((c) => [c.i, c.j])).toEqual([[1, 2]]);
  });

  it("the floor is the organisation's quantile, never below the minimum", () => {
    const vectors = [vec(0), vec(1), vec(2), vec(0, 0.2)];
    const group = Int32Array.from([0, 1, 2, 3]);
    expect(semanticFloor(vectors, group, { neighbours: 2, quantile: 0.5, minFloor: 0.8 })).toBe(0.8);
    expect(semanticFloor(vectors, group, { neighbours: 2, quantile: 0.99, minFloor: 0.1 })).toBeGreaterThan(0.9);
  });
});
