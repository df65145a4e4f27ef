/**
 * A sparse vector: term indices in ascending order with their weights.
 * Vectors produced by the vectoriser are L2-normalised, so a dot product is a cosine.
 */
export interface SparseVector {
  indices: Uint32Array;
  values: Float32Array;
}

/** Dot product of two sparse vectors by merging their sorted indices. */
export function sparseDot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.indices.length && j < b.indices.length) {
    const x = a.indices[i];
    const y = b.indices[j];
    if (x === y) sum += a.values[i++] * b.values[j++];
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Builds a sparse vector from a term → weight map, L2-normalised (a zero vector stays empty). */
export function sparseFromMap(weights: ReadonlyMap<number, number>): SparseVector {
  const entries = [...weights].filter(([, w]) => w !== 0).sort((p, q) => p[0] - q[0]);
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0));
  const indices = new Uint32Array(entries.length);
  const values = new Float32Array(entries.length);
  entries.forEach(([t, w], k) => {
    indices[k] = t;
    values[k] = norm > 0 ? w / norm : 0;
  });
  return { indices, values };
}
