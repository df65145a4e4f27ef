/**
 * Document frequency of display words over all duties, so that shared and
 * differing terms can be listed most informative (rarest) first.
 */
export function wordFrequencies(wordLists: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const words of wordLists) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  return df;
}

/** Words of both lists, and words of only one side, rarest first, ties in code-point order. */
export function compareTerms(
  a: readonly string[],
  b: readonly string[],
  df: ReadonlyMap<string, number>,
  limit = 8,
): { shared: string[]; onlyA: string[]; onlyB: string[] } {
  const setA = new Set(a);
  const setB = new Set(b);
  const rank = (words: Iterable<string>) =>
    [...words]
      .sort((x, y) => (df.get(x) ?? 0) - (df.get(y) ?? 0) || (x < y ? -1 : x > y ? 1 : 0))
      .slice(0, limit);
  return {
    shared: rank([...setA].filter((w) => setB.has(w))),
    onlyA: rank([...setA].filter((w) => !setB.has(w))),
    onlyB: rank([...setB].filter((w) => !setA.has(w))),
  };
}
