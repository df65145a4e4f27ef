import type { TermTable } from '../text/term-table.ts';

/**
 * Every text's display words as ranks in one listing order, most informative
 * first: fewest texts first, ties in code-unit order. Comparing two texts is
 * then a merge of two sorted rows instead of building sets and sorting for
 * every pair (millions of pairs at enterprise scale).
 */
export interface RankedWords {
  /** rank → word. */
  wordByRank: string[];
  /** Row offsets into ranks. */
  start: Uint32Array;
  /** Each text's word ranks, ascending. */
  ranks: Uint32Array;
}

/** Ranks the words of a term table (document frequency over all its texts). */
export function rankWords(table: TermTable): RankedWords {
  const df = new Uint32Array(table.wordOf.length);
  for (const id of table.wordIds) df[id]++;
  const order = Array.from(table.wordOf.keys()).sort(
    (x, y) => df[x] - df[y] || (table.wordOf[x] < table.wordOf[y] ? -1 : table.wordOf[x] > table.wordOf[y] ? 1 : 0),
  );
  const rankOf = new Uint32Array(order.length);
  order.forEach((id, rank) => (rankOf[id] = rank));
  const ranks = Uint32Array.from(table.wordIds, (id) => rankOf[id]);
  for (let i = 0; i < table.count; i++) ranks.subarray(table.wordStart[i], table.wordStart[i + 1]).sort();
  return { wordByRank: order.map((id) => table.wordOf[id]), start: table.wordStart, ranks };
}

/**
 * The words texts i and j share and the words only one of them has, each
 * list rarest first (ties in code-unit order) and cut at `limit`.
 */
export function compareRanked(ranked: RankedWords, i: number, j: number, limit = 8): { shared: string[]; onlyA: string[]; onlyB: string[] } {
  const { ranks, start, wordByRank } = ranked;
  const shared: string[] = [];
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  const take = (list: string[], rank: number) => {
    if (list.length < limit) list.push(wordByRank[rank]);
  };
  let p = start[i];
  let q = start[j];
  const endP = start[i + 1];
  const endQ = start[j + 1];
  while (p < endP || q < endQ) {
    if (q >= endQ || (p < endP && ranks[p] < ranks[q])) take(onlyA, ranks[p++]);
    else if (p >= endP || ranks[q] < ranks[p]) take(onlyB, ranks[q++]);
    else {
      take(shared, ranks[p]);
      p++;
      q++;
    }
  }
  return { shared, onlyA, onlyB };
}
