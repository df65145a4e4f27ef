import type { Relation } from '../model.ts';
import { RelationSchema } from '../model.ts';

/** The relations in schema order; a pair table stores a relation as its index here. */
export const RELATIONS: readonly Relation[] = RelationSchema.options;

/**
 * The kept pairs of an analysis, compactly: duty positions, rounded score and
 * relation in typed arrays (17 bytes a pair). The explanation (shared and
 * differing terms, reason) is rebuilt from the duties when a pair is written
 * or shown, so ten million pairs take ~0.2 GB instead of ~6 GB of objects.
 * Pairs are stored in fixed-size blocks: a table that doubled as it grew
 * would briefly hold three times its size, at the point where the pair
 * search is already the analysis' peak of memory.
 */
export interface PairTable {
  length: number;
  blocks: PairBlock[];
}

/** One block of a pair table. */
interface PairBlock {
  /** Position of the duty with the smaller id. */
  a: Int32Array;
  /** Position of the other duty. */
  b: Int32Array;
  /** Score rounded to 4 decimals. */
  score: Float64Array;
  /** Index into RELATIONS. */
  relation: Uint8Array;
}

const SHIFT = 16;
const BLOCK = 1 << SHIFT;
const MASK = BLOCK - 1;

/** An empty table. */
export function createPairTable(): PairTable {
  return { length: 0, blocks: [] };
}

/** Appends one pair. */
export function addPair(table: PairTable, a: number, b: number, score: number, relation: Relation): void {
  const k = table.length++;
  if ((k & MASK) === 0) table.blocks.push({ a: new Int32Array(BLOCK), b: new Int32Array(BLOCK), score: new Float64Array(BLOCK), relation: new Uint8Array(BLOCK) });
  const block = table.blocks[k >> SHIFT];
  block.a[k & MASK] = a;
  block.b[k & MASK] = b;
  block.score[k & MASK] = score;
  block.relation[k & MASK] = RELATIONS.indexOf(relation);
}

/** Pair k: its two duty positions, score and relation. */
export function pairAtIndex(table: PairTable, k: number): { a: number; b: number; score: number; relation: Relation } {
  const block = table.blocks[k >> SHIFT];
  const at = k & MASK;
  return { a: block.a[at], b: block.b[at], score: block.score[at], relation: RELATIONS[block.relation[at]] };
}

/** Position of pair k's first duty. */
export function firstDuty(table: PairTable, k: number): number {
  return table.blocks[k >> SHIFT].a[k & MASK];
}

/** Position of pair k's second duty. */
function secondDuty(table: PairTable, k: number): number {
  return table.blocks[k >> SHIFT].b[k & MASK];
}

/**
 * The order of the table's pairs by (rank[a], rank[b]): positions into the
 * table. `rank` gives each duty its place in the wanted order (e.g. by
 * document, then id). A counting sort on the first duty, then an insertion
 * sort inside each first duty's few pairs: linear in the pairs, where a
 * comparison sort of millions of pairs costs tens of seconds; and a
 * permutation (4 bytes a pair) rather than a sorted copy of the table.
 */
export function pairOrder(table: PairTable, rank: Uint32Array): Uint32Array {
  const n = rank.length;
  const start = new Uint32Array(n + 1);
  for (let k = 0; k < table.length; k++) start[rank[firstDuty(table, k)] + 1]++;
  for (let r = 0; r < n; r++) start[r + 1] += start[r];
  const fill = start.slice(0, n);
  const order = new Uint32Array(table.length);
  for (let k = 0; k < table.length; k++) order[fill[rank[firstDuty(table, k)]]++] = k;
  for (let r = 0; r < n; r++) {
    for (let x = start[r] + 1; x < start[r + 1]; x++) {
      const k = order[x];
      const key = rank[secondDuty(table, k)];
      let y = x - 1;
      for (; y >= start[r] && rank[secondDuty(table, order[y])] > key; y--) order[y + 1] = order[y];
      order[y + 1] = k;
    }
  }
  return order;
}
