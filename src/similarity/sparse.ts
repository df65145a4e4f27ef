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

/**
 * Many sparse vectors in one compressed-sparse-row layout: row r owns the
 * entries rowPtr[r] .. rowPtr[r+1]-1 of col/val. Three typed arrays instead of
 * one object per vector keep memory proportional to the number of nonzeros and
 * let the arrays live in SharedArrayBuffers that worker threads read in place.
 */
export interface CsrMatrix {
  /** Row start offsets, length rows + 1. */
  rowPtr: Int32Array;
  /** Term index of each entry, ascending within a row. */
  col: Uint32Array;
  /** Weight of each entry. */
  val: Float32Array;
}

/** Number of rows of a CSR matrix. */
export function csrRows(matrix: CsrMatrix): number {
  return matrix.rowPtr.length - 1;
}

/** Packs sparse vectors into one CSR matrix (copies; the vectors are left untouched). */
export function csrFromVectors(vectors: readonly SparseVector[]): CsrMatrix {
  const rowPtr = new Int32Array(vectors.length + 1);
  for (let r = 0; r < vectors.length; r++) rowPtr[r + 1] = rowPtr[r] + vectors[r].indices.length;
  const col = new Uint32Array(rowPtr[vectors.length]);
  const val = new Float32Array(rowPtr[vectors.length]);
  vectors.forEach((v, r) => {
    col.set(v.indices, rowPtr[r]);
    val.set(v.values, rowPtr[r]);
  });
  return { rowPtr, col, val };
}

/** Row r of a CSR matrix as a sparse vector (views into the matrix, no copy). */
export function csrRow(matrix: CsrMatrix, r: number): SparseVector {
  const from = matrix.rowPtr[r];
  const to = matrix.rowPtr[r + 1];
  return { indices: matrix.col.subarray(from, to), values: matrix.val.subarray(from, to) };
}

/** True when the value is a CSR matrix rather than an array of sparse vectors. */
export function isCsrMatrix(value: readonly SparseVector[] | CsrMatrix): value is CsrMatrix {
  return !Array.isArray(value);
}
