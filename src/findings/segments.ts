/**
 * The scope terms a text names, per group: longest alternatives first, and a
 * matched span is not matched again by a shorter term ("个人客户" is not also "个人").
 */
export function segmentsOf(text: string, groups: ReadonlyMap<string, readonly string[]>): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const [group, terms] of groups) {
    let rest = text;
    for (const term of terms) {
      if (!rest.toLowerCase().includes(term.toLowerCase())) continue;
      const set = found.get(group) ?? new Set<string>();
      set.add(term);
      found.set(group, set);
      rest = rest.split(new RegExp(escapeRegExp(term), 'giu')).join('\u0000');
    }
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
