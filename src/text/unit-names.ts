import { normalizeText } from './normalize.ts';

/**
 * Pronunciation glosses some scraped pages write after characters
 * (畢節(jié)市, 事業(yè)本部): a bracketed pinyin syllable with tone marks or
 * digits. They are no part of the word; matching reads the text without them.
 */
export const PINYIN_GLOSS = /\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*|[a-zü]{1,6}[1-5])\)/gu;

/** The same glosses written right after a character, in either width of bracket (銷(xiāo)售, 會（huì）計). */
const GLOSS_AFTER_HAN = /(?<=\p{Script=Han})[(（](?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*|[a-zü]{1,6}[1-5])[)）]/gu;

/** A text without the pronunciation glosses a mirror site put after its characters: they are no part of what it says. */
export function withoutGlosses(text: string): string {
  return text.replace(GLOSS_AFTER_HAN, '');
}

/** The key two unit names are compared by: normalised, glosses, spaces and quotes removed. */
export function unitNameKey(name: string): string {
  return normalizeText(name)
    .replace(PINYIN_GLOSS, '')
    .replace(/[\s“”"「」‘’'《》]/gu, '')
    .toLowerCase();
}

function isSubsequence(short: string, long: string): boolean {
  let k = 0;
  for (const ch of long) if (k < short.length && ch === short[k]) k++;
  return k === short.length;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * Whether `short` is a contracted form of `full` as Chinese writes them
 * (号百运营中心 for 号码百事通运营中心): its characters in order, the same first
 * character, at least two more characters, and the same last two characters
 * (so 市场部 is no short form of 市场经营部).
 */
export function abbreviates(short: string, full: string): boolean {
  const s = unitNameKey(short);
  const f = unitNameKey(full);
  // Contraction is a Chinese way of writing names; English short names are not subsequences.
  if (!/\p{Script=Han}/u.test(s)) return false;
  return s.length >= 2 && f.length >= s.length + 2 && s[0] === f[0] && commonSuffix(s, f) >= 2 && isSubsequence(s, f);
}

/**
 * Whether `long` is `short` with a place written before it (白城市自然资源局 for 市自然资源局, 中国退役军人事务部 for
 * 退役军人事务部), compared by key: what comes before names a place (…市, …县, 中国) or the short name starts
 * with a level (市…, 县…). 前瞻技术研究部 is another unit than 技术研究部.
 */
export function hasPlaceBefore(long: string, short: string): boolean {
  const l = unitNameKey(long);
  const s = unitNameKey(short);
  if (l.length <= s.length || !l.endsWith(s)) return false;
  const before = l.slice(0, l.length - s.length);
  // English names keep the plain rule (a longer name ending in the short one): their places are not written as suffixes.
  return /[省市县区州旗盟镇乡村]$/u.test(before) || /^[省市县区州旗镇乡]/u.test(s) || /^(?:中国|中华人民共和国|全国|国家|中共|中央)$/u.test(before) || /\p{Script=Latin}/u.test(s);
}

/** The one name among `names` that `name` equals (by key) or, failing that, contracts; null when none or several. */
export function resolveUnitName(name: string, names: readonly string[]): string | null {
  const key = unitNameKey(name);
  const same = names.find((n) => unitNameKey(n) === key);
  if (same !== undefined) return same;
  return fullNameOf(name, names);
}

/** The one name among `names` that `name` contracts (号百运营中心 → 号码百事通运营中心); null when none or several. */
export function fullNameOf(name: string, names: readonly string[]): string | null {
  const longer = [...new Set(names.filter((n) => abbreviates(name, n)))];
  return longer.length === 1 ? longer[0] : null;
}

/** Unit names as one list, written the way their script lists them: 、 between Chinese names, ", " between English ones. */
export function joinNames(names: readonly string[]): string {
  return names.join(names.some((n) => /\p{Script=Han}/u.test(n)) ? '、' : ', ');
}
