import { allPairs } from '../similarity/all-pairs.ts';
import type { SparseVector } from '../similarity/sparse.ts';

/** A group of similar duties around a centre duty. */
export interface DutyCluster {
  /** Index of the centre: the member with the most neighbours when the cluster was formed. */
  centre: number;
  /** Member indices, the centre first, then by similarity to the centre (desc), then index. */
  members: number[];
  /** Cosine of each member (same order) to the centre; 1 for the centre itself. */
  scores: number[];
}

/**
 * Taylor–Butina clustering on the cosine threshold graph: every duty's
 * neighbours are the duties at cosine ≥ threshold (exact, via allPairs);
 * duties are taken in order of neighbour count (desc, then index), and each
 * duty not yet placed becomes a centre that takes its unplaced neighbours.
 * Chosen over agglomerative clustering because it needs no N×N matrix,
 * does not chain like single linkage, and is deterministic without a seed.
 * Clusters smaller than `minSize` are dropped; the rest come biggest first
 * (ties: lower centre index first).
 */
export function clusterDuties(vectors: readonly SparseVector[], threshold: number, minSize: number): DutyCluster[] {
  const neighbours: Array<Array<[number, number]>> = vectors.map(() => []);
  for (const { i, j, score } of allPairs({ vectors, threshold })) {
    neighbours[i].push([j, score]);
    neighbours[j].push([i, score]);
  }
  const order = vectors.map((_, i) => i).sort((a, b) => neighbours[b].length - neighbours[a].length || a - b);
  const placed = new Uint8Array(vectors.length);
  const clusters: DutyCluster[] = [];
  for (const centre of order) {
    if (placed[centre] || vectors[centre].indices.length === 0) continue;
    placed[centre] = 1;
    const taken = neighbours[centre]
      .filter(([j]) => !placed[j])
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [j] of taken) placed[j] = 1;
    clusters.push({ centre, members: [centre, ...taken.map(([j]) => j)], scores: [1, ...taken.map(([, s]) => s)] });
  }
  return clusters
    .filter((c) => c.members.length >= minSize)
    .sort((a, b) => b.members.length - a.members.length || a.centre - b.centre);
}
