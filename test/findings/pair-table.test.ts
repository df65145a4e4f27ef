import { describe, expect, it } from 'vitest';
import { addPair, createPairTable, pairAtIndex, pairOrder, RELATIONS } from '../../src/findings/pair-table.ts';
import { compareRanked, rankWords } from '../../src/findings/terms-rank.ts';
import { buildTermTable, termsAt } from '../../src/text/term-table.ts';

/** The plain way to list shared and differing words (sets, then a sort by text frequency and text): what compareRanked must equal. */
function compareTerms(a: readonly string[], b: readonly string[], df: ReadonlyMap<string, number>, limit = 8) {
  const setA = new Set(a);
  const setB = new Set(b);
  const rank = (words: string[]) => words.sort((x, y) => (df.get(x) ?? 0) - (df.get(y) ?? 0) || (x < y ? -1 : x > y ? 1 : 0)).slice(0, limit);
  return { shared: rank([...setA].filter((w) => setB.has(w))), onlyA: rank([...setA].filter((w) => !setB.has(w))), onlyB: rank([...setB].filter((w) => !setA.has(w))) };
}

function wordFrequencies(lists: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const words of lists) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  return df;
}

describe('compact pair and term tables', () => {
  it('pairOrder(table, rank) orders pairs by (rank[a], rank[b]) and keeps each pair whole', () => {
    const table = createPairTable();
    const pairs: [number, number, number, (typeof RELATIONS)[number]][] = [
      [3, 1, 0.5, 'overlap'],
      [0, 2, 0.4, 'parallel'],
      [3, 0, 0.9, 'duplicate'],
      [0, 1, 0.3, 'internal'],
      [2, 1, 0.7, 'collaboration'],
    ];
    for (const [a, b, s, r] of pairs) addPair(table, a, b, s, r);
    const rank = Uint32Array.from([2, 1, 3, 0]); // duty 3 first, then 1, 0, 2
    const rows = Array.from(pairOrder(table, rank), (k) => Object.values(pairAtIndex(table, k)));
    expect(rows).toEqual([
      [3, 1, 0.5, 'overlap'],
      [3, 0, 0.9, 'duplicate'],
      [0, 1, 0.3, 'internal'],
      [0, 2, 0.4, 'parallel'],
      [2, 1, 0.7, 'collaboration'],
    ]);
  });

  it('a pair table holds pairs across its blocks', () => {
    const table = createPairTable();
    for (let k = 0; k < 70_000; k++) addPair(table, k, k + 1, k / 1e5, RELATIONS[k % RELATIONS.length]);
    expect(table.length).toBe(70_000);
    for (const k of [0, 65_535, 65_536, 69_999]) expect(pairAtIndex(table, k)).toEqual({ a: k, b: k + 1, score: k / 1e5, relation: RELATIONS[k % RELATIONS.length] });
  });

  it('a term table gives back every text\'s words and features as termsOf gave them', () => {
    const terms = [
      { words: ['渠道', '管理'], features: ['c|渠', 'c|道', 'c|渠', 'w|渠道'] },
      { words: [], features: [] },
      { words: ['管理', '客户'], features: ['w|客户', 'c|渠'] },
    ];
    const table = buildTermTable(terms.length, (i) => terms[i]);
    expect(terms.map((_, i) => termsAt(table, i))).toEqual(terms);
    expect(table.featureOf).toEqual(['c|渠', 'c|道', 'w|渠道', 'w|客户']);
  });

  it('compareRanked(ranked, i, j) lists exactly what compareTerms lists, rarest first, cut at the limit', () => {
    const words = [
      ['客户', '档案', '管理', '营销', '渠道', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9'],
      ['客户', '档案', '管理', '信用', '政策', 'b1', '渠道'],
      ['管理', '客户', '渠道'],
      ['管理'],
      [],
    ];
    const table = buildTermTable(words.length, (i) => ({ words: words[i], features: [] }));
    const ranked = rankWords(table);
    const df = wordFrequencies(words);
    for (let i = 0; i < words.length; i++) {
      for (let j = 0; j < words.length; j++) {
        expect(compareRanked(ranked, i, j), `${i} × ${j}`).toEqual(compareTerms(words[i], words[j], df));
        expect(compareRanked(ranked, i, j, 2)).toEqual(compareTerms(words[i], words[j], df, 2));
      }
    }
  });
});
