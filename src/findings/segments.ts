/**
 * The scope terms a text names, per group: longest alternatives first, and a
 * matched span is not matched again by a shorter term ("个人客户" is not also "个人").
 */
export function segmentsOf(text: string, groups: ReadonlyMap<string, readonly string[]>): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const lowerText = text.toLowerCase();
  for (const [group, terms] of groups) {
    let rest = text;
    let lower = lowerText;
    for (const term of terms) {
      const { lowered, pattern } = termPattern(term);
      if (!lower.includes(lowered)) continue;
      const set = found.get(group) ?? new Set<string>();
      set.add(term);
      found.set(group, set);
      rest = rest.split(pattern).join('\u0000');
      lower = rest.toLowerCase();
    }
  }
  return found;
}

/**
 * Each scope term lower-cased and as a pattern, made once: segmentsOf runs
 * for every duty of every pair, and lower-casing and compiling again each time
 * cost more than the search. (split does not use a pattern's lastIndex, so one
 * pattern serves every call.)
 */
const termPatterns = new Map<string, { lowered: string; pattern: RegExp }>();

function termPattern(term: string): { lowered: string; pattern: RegExp } {
  let found = termPatterns.get(term);
  if (!found) {
    found = { lowered: term.toLowerCase(), pattern: new RegExp(escapeRegExp(term), 'giu') };
    termPatterns.set(term, found);
  }
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Evidence that two duties cover different scopes of one function. */
export interface ScopeSplit {
  group: string;
  a: string[];
  b: string[];
}

/**
 * The first group in which the two texts name different scopes and share
 * none (政企客户 vs 家庭客户), or null. A text naming both scopes covers them
 * both, so it does not split.
 */
export function scopeSplit(
  a: ReadonlyMap<string, ReadonlySet<string>>,
  b: ReadonlyMap<string, ReadonlySet<string>>,
): ScopeSplit | null {
  for (const [group, termsA] of a) {
    const termsB = b.get(group);
    if (!termsB) continue;
    const shared = [...termsA].some((t) => termsB.has(t));
    if (shared) continue;
    return { group, a: [...termsA].sort(), b: [...termsB].sort() };
  }
  return null;
}

/** Words that join two items: a middle holding one lists more work, not another scope. */
const JOINER = /[和及与并、,;，；。或]|以及|\band\b|\bor\b|\bas well as\b/u;

/**
 * One duty is the other with one short slot replaced (车籍资料之管理 ↔
 * 驾籍资料之管理, 负责进口商品的监管 ↔ 负责出口商品的监管): the same template
 * of work for another object or scope, so a parallel split. Found from the
 * texts alone, with no list of scope words, so that it holds for any
 * organisation's vocabulary: a common prefix and suffix cover most of both
 * texts, and what is left on each side is a short run that shares no
 * character with the other's and joins no second item: one Chinese
 * character, or up to three English words. `same` may say two slots mean
 * one thing (synonyms are not scopes).
 */
export function substitutionSplit(
  a: string,
  b: string,
  same: (x: string, y: string) => boolean = () => false,
  /** How much the two must share: tokens, and the share of the shorter text. */
  least: { tokens: number; share: number } = { tokens: 4, share: 0.6 },
  /** The longest Chinese slot, in characters. */
  hanSlot = 1,
): ScopeSplit | null {
  const x = slotTokens(a);
  const y = slotTokens(b);
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  let s = 0;
  while (s < x.length - p && s < y.length - p && x[x.length - 1 - s] === y[y.length - 1 - s]) s++;
  const midA = x.slice(p, x.length - s);
  const midB = y.slice(p, y.length - s);
  const shorter = Math.min(x.length, y.length);
  // A Chinese slot is one character inside a compound (车籍/驾籍, 进口/出口, 正职/副职): the compound's object
  // changes. A whole word swapped (市场/营销, 制定/拟订) is as often a synonym; scope words of that kind are the
  // scope groups' business. An English slot is up to three words (cosmetics / medical device).
  const most = (mid: readonly string[]) => (mid.some((t) => /\p{Script=Latin}/u.test(t)) ? 3 : hanSlot);
  if (midA.length === 0 || midB.length === 0 || midA.length > most(midA) || midB.length > most(midB)) return null;
  if (p + s < least.tokens || (p + s) / shorter < least.share) return null;
  const textA = midA.join(' ');
  const textB = midB.join(' ');
  if (JOINER.test(textA) || JOINER.test(textB) || !/\p{L}/u.test(textA) || !/\p{L}/u.test(textB)) return null;
  const shared = new Set(midB);
  if (midA.some((t) => shared.has(t))) return null;
  if (same(textA, textB)) return null;
  return { group: 'substitution', a: [textA], b: [textB] };
}

/** The tokens a slot is counted in: Han characters one by one, Latin words whole (lower case), punctuation as itself. */
function slotTokens(text: string): string[] {
  return text.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

/**
 * One duty excludes what the other does (负责除危险化学品以外的…安全监管 ↔
 * 负责危险化学品安全监管): complementary scopes of one function.
 */
export function exclusionSplit(a: string, b: string): ScopeSplit | null {
  // Nearly every pair names no exclusion at all: then there is nothing to match.
  if (!a.includes('除') && !b.includes('除')) return null;
  const excluded = (text: string) => [...text.matchAll(/除([^,;。,;]{2,16}?)(?:以外|之外|外)/gu)].map((m) => m[1].replace(/^(了|对|在)/u, ''));
  for (const [one, other, flip] of [[a, b, false], [b, a, true]] as const) {
    for (const term of excluded(one)) {
      if (term.length >= 2 && other.includes(term) && !other.includes(`除${term}`)) {
        return flip ? { group: 'exclusion', a: [term], b: [`除${term}以外`] } : { group: 'exclusion', a: [`除${term}以外`], b: [term] };
      }
    }
  }
  return null;
}
