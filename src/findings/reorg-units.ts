import type { Unit } from '../model.ts';
import { fullNameOf, unitNameKey } from '../text/unit-names.ts';

/**
 * Finding the unit an event names among an organisation's units: by name,
 * by path written as one name (分局市场部 for 分局 / 市场部), with or without a
 * bracketed second name, or by the short form of one name (号百运营中心). Only units still standing are searched.
 */
export function findUnit(name: string, units: readonly Unit[]): Unit | null {
  const key = unitNameKey(name);
  const byName = units.filter((u) => unitNameKey(u.name) === key);
  if (byName.length > 0) return shallowest(byName);
  const byPath = units.filter((u) => u.path.length > 1 && unitNameKey(u.path.join('')) === key);
  if (byPath.length > 0) return shallowest(byPath);
  // A notice names a unit with its second name (县委政法委(县司法局)) or without it, and a heading the other way.
  const bare = unitNameKey(withoutSecondName(name));
  const bySecond = units.filter((u) => unitNameKey(withoutSecondName(u.name)) === bare);
  if (bySecond.length > 0) return shallowest(bySecond);
  const full = fullNameOf(name, units.map((u) => u.name));
  return full === null ? null : shallowest(units.filter((u) => u.name === full));
}

/** A name without a bracketed second name at its end (县规划和自然资源局(县林业局) → 县规划和自然资源局). */
function withoutSecondName(name: string): string {
  return name.replace(/\s*[(（][^()（）]{2,20}[)）]\s*$/u, '');
}

/** Of units of one name, the one nearest the top (the first at that depth). */
function shallowest(units: readonly Unit[]): Unit {
  return units.reduce((best, u) => (u.path.length < best.path.length ? u : best));
}

/** A unit and every unit below it, by id. */
export function subtreeIds(unitId: string, units: readonly Unit[]): Set<string> {
  const ids = new Set([unitId]);
  let grown = true;
  while (grown) {
    grown = false;
    for (const u of units) {
      if (u.parentId !== null && ids.has(u.parentId) && !ids.has(u.id)) {
        ids.add(u.id);
        grown = true;
      }
    }
  }
  return ids;
}

/** Units with a unit's path prefix replaced (after a rename or a move under another parent). */
export function withPathPrefix(units: readonly Unit[], ids: ReadonlySet<string>, oldPrefix: readonly string[], newPrefix: readonly string[]): Unit[] {
  return units.map((u) => (ids.has(u.id) ? { ...u, path: [...newPrefix, ...u.path.slice(oldPrefix.length)] } : u));
}
