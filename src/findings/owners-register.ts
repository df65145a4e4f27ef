import type { Gap, OwnerSuggestion, Pair, Result, ResultDuty } from '../model.ts';
import { dutyMatches, looseKey, unitMatches } from './acceptance.ts';

/** One decided owner, as the owners register in a job file names it. */
export interface OwnerEntry {
  /** The two units of a conflict (names, paths or ids); for a function, optionally the units it concerns. */
  units?: readonly string[];
  /** The two duties of a conflict, by text or id. */
  duties?: readonly [string, string];
  /** The catalogue function id of a multi-lead function. */
  function?: string;
  /** The unit that leads: one of the finding's units. */
  lead: string;
  /** The unit that supports, or none. */
  support?: string;
  /** Who decided. */
  by: string;
  /** Why. */
  reason: string;
}

/** The result with decided owners set, and how many findings each entry decided (0: the entry matches nothing). */
export interface OwnerOutcome {
  result: Result;
  matched: number[];
  /** Entries whose lead or support is not one of the finding's units, one line each. */
  problems: string[];
}

/**
 * Sets `owner.override` on the conflicts and multi-lead functions the owners
 * register decides, matched like the accepted-findings register (a conflict
 * by its two units and duties in either order, a function by its id). The
 * register lives in the job file, so every later run keeps the decision. The
 * first matching entry wins. Pure.
 */
export function applyOwnerRegister(result: Result, entries: readonly OwnerEntry[]): OwnerOutcome {
  const units = new Map(result.units.map((u) => [u.id, u]));
  const duties = new Map(result.duties.map((d) => [d.id, d]));
  const matched = entries.map(() => 0);
  const problems: string[] = [];
  const keys = entries.map((e) => e.duties?.map(looseKey));
  const decide = (owner: OwnerSuggestion, unitIds: readonly string[], test: (i: number) => boolean): OwnerSuggestion => {
    const i = entries.findIndex((_, k) => test(k));
    if (i < 0) return owner;
    matched[i]++;
    const entry = entries[i];
    const find = (name: string) => unitIds.find((id) => unitMatches(units.get(id), name));
    const lead = find(entry.lead);
    const support = entry.support === undefined ? null : (find(entry.support) ?? undefined);
    if (!lead || support === undefined) {
      problems.push(`owners[${i}]: ${!lead ? `lead "${entry.lead}"` : `support "${entry.support}"`} is not one of the finding's units`);
      return owner;
    }
    return { ...owner, override: { lead, support, by: entry.by, reason: entry.reason } };
  };
  const pairs = result.pairs.map((pair): Pair => {
    const a = duties.get(pair.a);
    const b = duties.get(pair.b);
    if (!pair.owner || !a || !b) return pair;
    const owner = decide(pair.owner, [a.unitId, b.unitId], (i) => {
      const entry = entries[i];
      const key = keys[i];
      if (!entry.duties || !key || entry.units?.length !== 2) return false;
      const side = (d: ResultDuty, k: number) => dutyMatches(d, entry.duties![k], key[k]) && unitMatches(units.get(d.unitId), entry.units![k]);
      return (side(a, 0) && side(b, 1)) || (side(a, 1) && side(b, 0));
    });
    return owner === pair.owner ? pair : { ...pair, owner };
  });
  const gaps = result.gaps.map((gap): Gap => {
    if (!gap.owner || gap.functionId === null) return gap;
    const owner = decide(gap.owner, gap.unitIds, (i) => {
      const entry = entries[i];
      return entry.function === gap.functionId && (entry.units ?? []).every((name) => gap.unitIds.some((id) => unitMatches(units.get(id), name)));
    });
    return owner === gap.owner ? gap : { ...gap, owner };
  });
  return { result: { ...result, pairs, gaps }, matched, problems };
}
