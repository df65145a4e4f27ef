import { sparseDot, type SparseVector } from './sparse.ts';
import { buildVectorSpace, vectorize, type VectorizeOptions } from './vectorize.ts';

/**
 * The unit × unit similarity of profile vectors: each unit's profile is the
 * sum of its duties' (L2-normalised) vectors, so every duty counts the same
 * whatever its length, and a unit's recurring themes weigh most. Returns a
 * dense, symmetric unitCount × unitCount matrix (row-major) of cosines with
 * a zero diagonal; a unit without duties scores 0 with every other.
 *
 * Each unit's profile is scattered into one dense row, then dotted with every
 * later profile's sparse entries: unitCount × total profile size steps and
 * one vocabulary-sized buffer, never a unitCount × vocabulary matrix.
 */
export function unitProfileSimilarity(
  vectors: readonly SparseVector[],
  unitOf: ArrayLike<number>,
  unitCount: number,
): Float64Array {
  const profiles = unitProfiles(vectors, unitOf, unitCount).map((profile) => {
    const entries = [...profile].sort((a, b) => a[0] - b[0]);
    return { terms: Uint32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1]) };
  });
  let vocabulary = 0;
  for (const p of profiles) if (p.terms.length > 0) vocabulary = Math.max(vocabulary, p.terms[p.terms.length - 1] + 1);
  const row = new Float64Array(vocabulary);
  const matrix = new Float64Array(unitCount * unitCount);
  for (let u = 0; u < unitCount; u++) {
    const a = profiles[u];
    for (let k = 0; k < a.terms.length; k++) row[a.terms[k]] = a.weights[k];
    for (let v = u + 1; v < unitCount; v++) {
      const b = profiles[v];
      let dot = 0;
      for (let k = 0; k < b.terms.length; k++) dot += row[b.terms[k]] * b.weights[k];
      matrix[u * unitCount + v] = dot;
      matrix[v * unitCount + u] = dot;
    }
    for (let k = 0; k < a.terms.length; k++) row[a.terms[k]] = 0;
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
): Float64Array {
  const pooled: string[][] = Array.from({ length: unitCount }, () => []);
  featureLists.forEach((features, i) => {
    for (const f of features) pooled[unitOf[i]].push(f);
  });
  const space = buildVectorSpace(pooled, options);
  const vectors = pooled.map((features) => vectorize(space, features));
  const matrix = new Float64Array(unitCount * unitCount);
  for (let u = 0; u < unitCount; u++)
    for (let v = u + 1; v < unitCount; v++) matrix[u * unitCount + v] = matrix[v * unitCount + u] = sparseDot(vectors[u], vectors[v]);
  return matrix;
}

/** Weighted mean of equally shaped similarity matrices (weights need not sum to 1; they are normalised). */
export function blendMatrices(parts: readonly { matrix: Float64Array; weight: number }[]): Float64Array {
  const total = parts.reduce((s, p) => s + p.weight, 0);
  const out = new Float64Array(parts[0]?.matrix.length ?? 0);
  for (const { matrix, weight } of parts) for (let k = 0; k < out.length; k++) out[k] += (matrix[k] * weight) / total;
  return out;
}
