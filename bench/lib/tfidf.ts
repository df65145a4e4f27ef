import type { CsrMatrix } from '../../src/similarity/sparse.ts';

/** TF-IDF vectors of a corpus with the vocabulary size. */
export interface TfidfResult {
  matrix: CsrMatrix;
  /** Number of distinct tokens. */
  terms: number;
}

/**
 * TF-IDF vectors exactly as scikit-learn's TfidfVectorizer computes them with
 * its defaults (raw counts, smooth idf = ln((1+n)/(1+df)) + 1, L2 norm), built
 * straight into CSR arrays so nothing per token is kept: `tokensOf(k)` is
 * called once per document and its list is dropped right away.
 */
export function tfidfCsr(count: number, tokensOf: (k: number) => readonly string[]): TfidfResult {
  const vocabulary = new Map<string, number>();
  const rowPtr = new Int32Array(count + 1);
  let col = new Uint32Array(1 << 16);
  let tf = new Float64Array(1 << 16);
  let df = new Int32Array(1 << 12);
  let nnz = 0;
  const local = new Map<number, number>();
  for (let k = 0; k < count; k++) {
    local.clear();
    for (const token of tokensOf(k)) {
      let id = vocabulary.get(token);
      if (id === undefined) vocabulary.set(token, (id = vocabulary.size));
      local.set(id, (local.get(id) ?? 0) + 1);
    }
    const ids = [...local.keys()].sort((a, b) => a - b);
    if (nnz + ids.length > col.length) [col, tf] = [grow(col, nnz + ids.length), grow(tf, nnz + ids.length)];
    if (vocabulary.size > df.length) df = grow(df, vocabulary.size);
    for (const id of ids) {
      col[nnz] = id;
      tf[nnz++] = local.get(id) ?? 0;
      df[id]++;
    }
    rowPtr[k + 1] = nnz;
  }
  const val = new Float32Array(nnz);
  for (let k = 0; k < count; k++) {
    let sq = 0;
    for (let e = rowPtr[k]; e < rowPtr[k + 1]; e++) {
      tf[e] *= Math.log((1 + count) / (1 + df[col[e]])) + 1;
      sq += tf[e] * tf[e];
    }
    const norm = Math.sqrt(sq);
    for (let e = rowPtr[k]; e < rowPtr[k + 1]; e++) val[e] = tf[e] / norm;
  }
  return { matrix: { rowPtr, col: col.slice(0, nnz), val }, terms: vocabulary.size };
}

function grow<T extends Uint32Array | Float64Array | Int32Array>(array: T, atLeast: number): T {
  const next = new (array.constructor as new (n: number) => T)(Math.max(atLeast, array.length * 2));
  next.set(array);
  return next;
}
