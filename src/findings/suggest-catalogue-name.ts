import type { LocalizedName } from './catalogue.ts';

/**
 * Whether a word can name a function: it has a letter or Han character,
 * and is not a single Han character or a one- or two-letter Latin word
 * (those are mostly particles and abbreviations that say nothing alone).
 */
export function isNamingWord(word: string): boolean {
  if (!/[\p{L}]/u.test(word)) return false;
  if (/^\p{Script=Han}$/u.test(word)) return false;
  if (/^[A-Za-z]{1,2}$/.test(word)) return false;
  return true;
}

/**
 * The most informative words of a cluster: each word scores the number of
 * member duties using it times log(1 + all duties / duties using it), so a
 * word every duty says ("负责", "工作") ranks below one that marks this
 * cluster. Ties go to the word that sorts first, for deterministic names.
 */
export function topTerms(
  memberWords: readonly (readonly string[])[],
  documentFrequency: ReadonlyMap<string, number>,
  totalDuties: number,
  count: number,
): string[] {
  const inCluster = new Map<string, number>();
  for (const words of memberWords) {
    for (const w of new Set(words)) if (isNamingWord(w)) inCluster.set(w, (inCluster.get(w) ?? 0) + 1);
  }
  return [...inCluster]
    .map(([w, c]) => [w, c * Math.log(1 + totalDuties / (documentFrequency.get(w) ?? 1))] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, count)
    .map(([w]) => w);
}

/** A bilingual name from top terms: Han terms joined with 、 as zh, Latin ones with commas as en. */
export function nameFromTerms(terms: readonly string[], fallback: string): LocalizedName {
  const zh = terms.filter((t) => /\p{Script=Han}/u.test(t));
  const en = terms.filter((t) => !/\p{Script=Han}/u.test(t));
  const name: LocalizedName = {};
  if (zh.length > 0) name.zh = zh.join('、');
  if (en.length > 0) name.en = en.join(', ');
  return zh.length + en.length > 0 ? name : { en: fallback };
}
