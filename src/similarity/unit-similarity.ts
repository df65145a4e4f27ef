import type { SparseVector } from './sparse.ts';
import { buildVectorSpace, vectorize, type VectorizeOptions } from './vectorize.ts';

/**
 * The unit × unit similarity of profile vectors: each unit's profile is the
 * sum of its duties' (L2-normalised) vectors, so every duty counts the same
 * whatever its length, and a unit's recurring themes weigh most. Returns a
 * dense, symmetric unitCount × unitCount matrix (row-major) of cosines with
 * a zero diagonal; a unit without duties scores 0 with every other.
 */
export function unitProfileSimilarity(
  vectors: readonly SparseVector[],
  unitOf: ArrayLike<number>,
  unitCount: number,
  termsPerUnit = Infinity,
): Float64Array {
  return pairwiseDots(
    unitProfiles(vectors, unitOf, unitCount).map((profile) => {
      const entries = [...profile].sort((a, b) => a[0] - b[0]);
      return strongestTerms(
        { indices: Uint32Array.from(entries, (e) => e[0]), values: Float32Array.from(entries, (e) => e[1]) },
        termsPerUnit,
      );
    }),
  );
}

/**
 * A unit's vector cut to its `k` heaviest terms and L2-normalised again.
 * The all-pairs unit product costs units² × terms per unit: O*NET's pooled
 * occupations carry ~5,000 terms each (10 s for 923 units); the heaviest
 * few hundred carry nearly all of a unit's weight, so ranking hardly moves.
 */
export function strongestTerms(row: SparseVector, k: number): SparseVector {
  if (row.indices.length <= k) return row;
  // The k-th heaviest weight is the cut; ties at the cut are all kept, so the result stays deterministic.
  const cut = Float32Array.from(row.values).sort()[row.values.length - k];
  let count = 0;
  for (let i = 0; i < row.values.length; i++) if (row.values[i] >= cut) count++;
  const indices = new Uint32Array(count);
  const values = new Float32Array(count);
  let norm = 0;
  for (let i = 0, j = 0; i < row.values.length; i++) {
    if (row.values[i] < cut) continue;
    indices[j] = row.indices[i];
    values[j++] = row.values[i];
    norm += row.values[i] * row.values[i];
  }
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < count; j++) values[j] /= norm;
  return { indices, values };
}

/**
 * All pairwise dot products of sparse rows as a dense symmetric matrix with
 * a zero diagonal, through an inverted index of the rows (never a rows ×
 * vocabulary matrix).
 */
export function pairwiseDots(rows: readonly SparseVector[]): Float64Array {
  const n = rows.length;
  // Postings (CSR): for each term, the rows holding it in ascending row order, with their weights.
  let vocabulary = 0;
  for (const r of rows) if (r.indices.length > 0) vocabulary = Math.max(vocabulary, r.indices[r.indices.length - 1] + 1);
  const start = new Uint32Array(vocabulary + 1);
  for (const r of rows) for (let k = 0; k < r.indices.length; k++) start[r.indices[k] + 1]++;
  for (let t = 0; t < vocabulary; t++) start[t + 1] += start[t];
  const fill = start.slice(0, vocabulary);
  const rowOf = new Uint32Array(start[vocabulary]);
  const weightOf = new Float64Array(start[vocabulary]);
  rows.forEach((r, u) => {
    for (let k = 0; k < r.indices.length; k++) {
      const at = fill[r.indices[k]]++;
      rowOf[at] = u;
      weightOf[at] = r.values[k];
    }
  });
  // Each row accumulates its dots with later rows in one row-sized buffer, which stays in cache;
  // the work is the sum over terms of (rows holding the term)² / 2.
  const matrix = new Float64Array(n * n);
  const acc = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const a = rows[u];
    for (let k = 0; k < a.indices.length; k++) {
      const t = a.indices[k];
      const w = a.values[k];
      for (let p = start[t + 1] - 1; p >= start[t] && rowOf[p] > u; p--) acc[rowOf[p]] += w * weightOf[p];
    }
    for (let v = u + 1; v < n; v++) {
      matrix[u * n + v] = acc[v];
      matrix[v * n + u] = acc[v];
      acc[v] = 0;
    }
  }
  return matrix;
}

/** Each unit's summed duty vectors, L2-normalised, as term → weight maps. */
export function unitProfiles(
  vectors: readonly SparseVector[],
  unitOf: ArrayLike<number>,
  unitCount: number,
): Map<number, number>[] {
  const profiles = Array.from({ length: unitCount }, () => new Map<number, number>());
  vectors.forEach((v, i) => {
    const profile = profiles[unitOf[i]];
    for (let k = 0; k < v.indices.length; k++) profile.set(v.indices[k], (profile.get(v.indices[k]) ?? 0) + v.values[k]);
  });
  for (const profile of profiles) {
    let norm = 0;
    for (const w of profile.values()) norm += w * w;
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, w] of profile) profile.set(t, w / norm);
  }
  return profiles;
}

/**
 * The unit × unit similarity of units read as one text each: all duties'
 * features pooled, TF-IDF fitted over the units (so a term common to many
 * units weighs little), cosine. Complements unitProfileSimilarity, where each
 * duty counts once: pooling lets a unit's repeated terms count (sublinearly).
 * Dense, symmetric, zero diagonal, row-major.
 */
export function unitDocumentSimilarity(
  featureLists: readonly string[][],
  unitOf: ArrayLike<number>,
  unitCount: number,
  options?: VectorizeOptions,
  termsPerUnit = Infinity,
): Float64Array {
  const pooled: string[][] = Array.from({ length: unitCount }, () => []);
  featureLists.forEach((features, i) => {
    for (const f of features) pooled[unitOf[i]].push(f);
  });
  const space = buildVectorSpace(pooled, options);
  return pairwiseDots(pooled.map((features) => strongestTerms(vectorize(space, features), termsPerUnit)));
}

/** Weighted mean of equally shaped similarity matrices (weights need not sum to 1; they are normalised). */
export function blendMatrices(parts: readonly { matrix: Float64Array; weight: number }[]): Float64Array {
  const total = parts.reduce((s, p) => s + p.weight, 0);
  const out = new Float64Array(parts[0]?.matrix.length ?? 0);
  for (const { matrix, weight } of parts) for (let k = 0; k < out.length; k++) out[k] += (matrix[k] * weight) / total;
  return out;
}

/** How unitScoreMatrix blends and guards. */
export interface UnitScoreOptions {
  /** Share of the duty-profile cosine; the rest is the pooled-text cosine. */
  profileWeight: number;
  /** Refuse more units than this: the dense matrix takes 8 × units² bytes (5,000 units: 200 MB). */
  maxUnits: number;
  /** Each unit's vectors keep only this many heaviest terms (strongestTerms). */
  termsPerUnit: number;
}

/**
 * Chosen on ../shared/eval (bench/eval-onet.ts, occupation P@5 against
 * Related Occupations): profiles alone 0.751, pooled text alone 0.791,
 * blended 0.3 : 0.7 best.
 */
export const DEFAULT_UNIT_SCORE_OPTIONS: UnitScoreOptions = { profileWeight: 0.3, maxUnits: 5000, termsPerUnit: 2000 };

/**
 * The product's unit × unit score: profileWeight × the cosine of duty
 * profiles (each duty counts once) + the rest × the cosine of the units'
 * pooled texts (TF-IDF over units, with vectorOptions). featureLists and
 * vectors are the duties' termsOf features and their vectors; unitOf[i] is
 * duty i's unit in [0, unitCount). Dense, symmetric, row-major, zero
 * diagonal, values in [0, 1]. Throws a RangeError above options.maxUnits
 * rather than allocate a matrix that cannot fit.
 */
export function unitScoreMatrix(
  featureLists: string[][],
  vectors: SparseVector[],
  unitOf: Int32Array,
  unitCount: number,
  options: UnitScoreOptions = DEFAULT_UNIT_SCORE_OPTIONS,
  vectorOptions: VectorizeOptions = {},
): Float64Array {
  if (unitCount > options.maxUnits) throw new RangeError(`unitScoreMatrix: ${unitCount} units exceed the limit of ${options.maxUnits}`);
  const matrix = blendMatrices([
    { matrix: unitProfileSimilarity(vectors, unitOf, unitCount, options.termsPerUnit), weight: options.profileWeight },
    { matrix: unitDocumentSimilarity(featureLists, unitOf, unitCount, vectorOptions, options.termsPerUnit), weight: 1 - options.profileWeight },
  ]);
  // Float32 weights can sum a hair past 1 for identical units; scores are cosines in [0, 1].
  for (let k = 0; k < matrix.length; k++) matrix[k] = Math.min(1, Math.max(0, matrix[k]));
  return matrix;
}
