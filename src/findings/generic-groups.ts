import type { Category, GenericGroup } from '../model.ts';
import { shortHash } from '../util/ids.ts';

/** A duty as the grouping sees it. */
export interface GroupableDuty {
  id: string;
  unitId: string;
  /** The organisation: boilerplate is grouped across all its documents. */
  organisation: string;
  normalized: string;
  category: Category;
}

/** The key two boilerplate duties share when they say the same thing: text without punctuation and spaces. */
export function boilerplateKey(normalized: string): string {
  return normalized.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
}

/**
 * The member whose text labels a group, whatever order the rows came in:
 * the wording most members share, then the shortest (a boilerplate line
 * glued to a heading reads worse), then the first in code-unit order.
 */
function labelMember(duties: readonly GroupableDuty[], members: readonly number[]): number {
  const counts = new Map<string, number>();
  for (const i of members) counts.set(duties[i].normalized, (counts.get(duties[i].normalized) ?? 0) + 1);
  const better = (a: string, b: string): boolean => {
    const d = counts.get(a)! - counts.get(b)! || b.length - a.length;
    return d > 0 || (d === 0 && a < b);
  };
  let best = members[0];
  for (const i of members) if (better(duties[i].normalized, duties[best].normalized)) best = i;
  return best;
}

/**
 * Groups boilerplate once per organisation instead of expanding it into pairs:
 * all `generic` duties of an organisation form one group per text key, and any
 * text carried by at least `minUnits` units of an organisation becomes a group too
 * (its duties are re-categorised `generic`). Returns the groups and the
 * categories after grouping, in input order.
 */
export function groupBoilerplate(
  duties: readonly GroupableDuty[],
  minUnits: number,
): { groups: GenericGroup[]; categories: Category[] } {
  const byKey = new Map<string, number[]>();
  duties.forEach((d, i) => {
    const key = `${d.organisation}\u0000${boilerplateKey(d.normalized)}`;
    const list = byKey.get(key) ?? [];
    list.push(i);
    byKey.set(key, list);
  });
  const categories = duties.map((d) => d.category);
  for (const members of byKey.values()) {
    const units = new Set(members.map((i) => duties[i].unitId));
    if (units.size >= minUnits) for (const i of members) categories[i] = 'generic';
  }
  // One group per organisation for the built-in boilerplate (its wording varies:
  // 完成领导交办的其他工作 / 完成上级交给的其他工作), one per repeated text otherwise.
  const groups = new Map<string, number[]>();
  duties.forEach((d, i) => {
    if (categories[i] !== 'generic') return;
    const key = d.category === 'generic' ? `${d.organisation}\u0000*` : `${d.organisation}\u0000${boilerplateKey(d.normalized)}`;
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  });
  const out: GenericGroup[] = [];
  for (const [key, members] of groups) {
    const labelIndex = labelMember(duties, members);
    const first = duties[labelIndex];
    const units = new Set(members.map((i) => duties[i].unitId)).size;
    out.push({
      id: `g-${shortHash(key, 10)}`,
      organisation: first.organisation,
      label: first.normalized,
      dutyIds: members.map((i) => duties[i].id),
      reason: { rule: 'boilerplate', units },
    });
  }
  return { groups: out.sort((x, y) => (x.organisation < y.organisation ? -1 : x.organisation > y.organisation ? 1 : x.id < y.id ? -1 : 1)), categories };
}
