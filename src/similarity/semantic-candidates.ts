/**
 * Candidate pairs from sentence embeddings: the same work in other words,
 * which shares too few words for the lexical search to propose it.
 *
 * A raw cosine threshold does not work for this model: random unrelated duty
 * pairs have a median cosine near 0.5 and a long upper tail, and the tail
 * moves with the organisation's vocabulary. So a pair is a candidate only
 * when (1) each duty is among the other's k nearest duties of other units
 * (mutual neighbours), and (2) its cosine is above the organisation's own
 * floor: a high quantile of its cross-unit cosines, never below a fixed
 * minimum. Exact and dense within one organisation (a few thousand duties
 * is a few hundred million multiply-adds); written by hand because no
 * maintained JavaScript library does a blocked top-k over Float32 rows.
 */

/** How the semantic candidates are chosen. */
export interface SemanticCandidateOptions {
  /** Each duty's nearest neighbours (in other units) that count. */
  neighbours: number;
  /** Quantile of the organisation's cross-unit cosines the floor sits at. */
  quantile: number;
  /** The floor never goes below this. */
  minFloor: number;
}

export const SEMANTIC_CANDIDATES: SemanticCandidateOptions = { neighbours: 2, quantile: 0.95, minFloor: 0.7 };

/** One proposed pair: positions into the vectors given, i < j. */
export interface SemanticCandidate {
  i: number;
  j: number;
  cosine: number;
}

/** The dot product of two vectors: their cosine, as the embedder's vectors are unit length. */
export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
}

/** Cross-unit pairs a deterministic sample takes: all of them when few, else an even stride over the upper triangle. */
function sampledCosines(vectors: readonly Float32Array[], group: Int32Array, limit = 50_000): number[] {
  const n = vectors.length;
  const total = (n * (n - 1)) / 2;
  const stride = Math.max(1, Math.floor(total / limit));
  const out: number[] = [];
  let k = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++, k++) if (k % stride === 0 && group[i] !== group[j]) out.push(dot(vectors[i], vectors[j]));
  return out;
}

/** The organisation's floor: the quantile of its cross-unit cosines, at least minFloor. */
export function semanticFloor(vectors: readonly Float32Array[], group: Int32Array, options: SemanticCandidateOptions): number {
  const sample = sampledCosines(vectors, group).sort((x, y) => x - y);
  if (sample.length === 0) return options.minFloor;
  const at = sample[Math.min(sample.length - 1, Math.floor(options.quantile * sample.length))];
  return Math.max(options.minFloor, at);
}

/** Inserts (score, j) into a descending top-k list held in two arrays. */
function keepTop(scores: Float64Array, ids: Int32Array, score: number, j: number): void {
  const k = scores.length;
  if (score <= scores[k - 1]) return;
  let at = k - 1;
  while (at > 0 && scores[at - 1] < score) {
    scores[at] = scores[at - 1];
    ids[at] = ids[at - 1];
    at--;
  }
  scores[at] = score;
  ids[at] = j;
}

/**
 * Mutual k-nearest cross-unit neighbours whose cosine reaches `floor`, in
 * (i, j) order. `group` gives each vector's unit: duties of one unit are
 * never paired.
 */
export function mutualNeighbours(vectors: readonly Float32Array[], group: Int32Array, neighbours: number, floor: number): SemanticCandidate[] {
  const n = vectors.length;
  const k = Math.max(1, neighbours);
  const topScore = Array.from({ length: n }, () => new Float64Array(k).fill(-Infinity));
  const topId = Array.from({ length: n }, () => new Int32Array(k).fill(-1));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      if (group[i] === group[j]) continue;
      const s = dot(vectors[i], vectors[j]);
      if (s < floor) continue;
      keepTop(topScore[i], topId[i], s, j);
      keepTop(topScore[j], topId[j], s, i);
    }
  const out: SemanticCandidate[] = [];
  for (let i = 0; i < n; i++)
    for (let r = 0; r < k; r++) {
      const j = topId[i][r];
      if (j > i && topId[j].includes(i)) out.push({ i, j, cosine: topScore[i][r] });
    }
  return out.sort((x, y) => x.i - y.i || x.j - y.j);
}
