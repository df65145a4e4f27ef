import type { Relation } from '../model.ts';
import { RelationSchema } from '../model.ts';

/** The relations in schema order; a pair table stores a relation as its index here. */
export const RELATIONS: readonly Relation[] = RelationSchema.options;

/**
 * The kept pairs of an analysis, compactly: duty positions, rounded score and
 * relation in typed arrays (17 bytes a pair). The explanation (shared and
 * differing terms, reason) is rebuilt from the duties when a pair is written
 * or shown, so ten million pairs take ~0.2 GB instead of ~6 GB of objects.
 */
export interface PairTable {
  length: number;
  /** Position of the duty with the smaller id. */
  a: Int32Array;
  /** Position of the other duty. */
  b: Int32Array;
  /** Score rounded to 4 decimals. */
  score: Float64Array;
  /** Index into RELATIONS. */
  relation: Uint8Array;
}

/** An empty table that grows as pairs are added. */
export function createPairTable(capacity = 1024): PairTable {
  return { length: 0, a: new Int32Array(capacity), b: new Int32Array(capacity), score: new Float64Array(capacity), relation: new Uint8Array(capacity) };
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(array: T, size: number): T {
  const grown = new (array.constructor as new (n: number) => T)(size);
  grown.set(array);
  return grown;
}

/** Appends one pair. */
export function addPair(table: PairTable, a: number, b: number, score: number, relation: Relation): void {
  if (table.length === table.a.length) {
    const size = table.a.length * 2;
    table.a = grow(table.a, size);
    table.b = grow(table.b, size);
    table.score = grow(table.score, size);
    table.relation = grow(table.relation, size);
  }
  const k = table.length++;
  table.a[k] = a;
  table.b[k] = b;
  table.score[k] = score;
  table.relation[k] = RELATIONS.indexOf(relation);
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
  for (let k = 0; k < table.length; k++) start[rank[table.a[k]] + 1]++;
  for (let r = 0; r < n; r++) start[r + 1] += start[r];
  const fill = start.slice(0, n);
  const order = new Uint32Array(table.length);
  for (let k = 0; k < table.length; k++) order[fill[rank[table.a[k]]]++] = k;
  for (let r = 0; r < n; r++) {
    for (let x = start[r] + 1; x < start[r + 1]; x++) {
      const k = order[x];
      const key = rank[table.b[k]];
      let y = x - 1;
      for (; y >= start[r] && rank[table.b[order[y]]] > key; y--) order[y + 1] = order[y];
      order[y + 1] = k;
    }
  }
  return order;
}
