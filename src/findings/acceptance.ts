import { isAccepted, type Acceptance, type Gap, type Pair, type Result, type ResultDuty, type Unit } from '../model.ts';
import { summarize } from './summary.ts';
import { normalizeText } from '../text/normalize.ts';

/** One accepted finding, as the register in a job file names it. */
export interface AcceptanceEntry {
  /** Unit names, paths ("部门/岗位", "A › B") or ids. */
  units?: readonly string[];
  /** The two duties of an accepted conflict, by text or id. */
  duties?: readonly [string, string];
  /** The catalogue function id of an accepted gap. */
  function?: string;
  /** Limits the entry to one organisation, or to findings with a unit in one document (by id). */
  document?: string;
  owner: string;
  reason: string;
  /** YYYY-MM-DD: the last day the acceptance holds. */
  expires: string;
}

/** The result with acceptances set, and how many findings each register entry covered. */
export interface AcceptanceOutcome {
  result: Result;
  /** Findings matched per entry, in register order: 0 means the entry matches nothing (worth a warning). */
  matched: number[];
}

/**
 * Marks the findings the register covers. A conflict pair is covered by an
 * entry naming its two units and two duties (either order); a gap by an entry
 * naming its catalogue function (and, when given, units among the gap's
 * units). An acceptance past its expiry date (`today` > expires, dates as
 * YYYY-MM-DD from the injected clock) is kept but marked expired: the finding
 * counts as open again. When several entries cover a finding, the first
 * unexpired one wins. Pure.
 */
export function applyAcceptance(result: Result, entries: readonly AcceptanceEntry[], today: string): AcceptanceOutcome {
  const units = new Map(result.units.map((u) => [u.id, u]));
  const duties = new Map(result.duties.map((d) => [d.id, d]));
  const matched = entries.map(() => 0);
  // An organisation's findings may join units of several documents: the entry's document names either.
  const inDocument = (document: string | undefined, organisation: string, unitIds: readonly (string | undefined)[]) =>
    document === undefined || document === organisation || unitIds.some((id) => id !== undefined && units.get(id)?.documentId === document);
  const prepared = entries.map((e) => ({ entry: e, dutyKeys: e.duties?.map(looseKey) as [string, string] | undefined }));
  const choose = (test: (i: number) => boolean): Acceptance | undefined => {
    let found: Acceptance | undefined;
    for (const [i, { entry }] of prepared.entries()) {
      if (!test(i)) continue;
      matched[i]++;
      const acceptance = { owner: entry.owner, reason: entry.reason, expires: entry.expires, expired: today > entry.expires };
      if (!found || (found.expired && !acceptance.expired)) found = acceptance;
    }
    return found;
  };

  const pairs = result.pairs.map((pair): Pair => {
    if (!pair.conflict) return pair;
    const a = duties.get(pair.a);
    const b = duties.get(pair.b);
    if (!a || !b) return pair;
    const acceptance = choose((i) => {
      const { entry, dutyKeys } = prepared[i];
      if (!entry.duties || !dutyKeys || !entry.units || entry.units.length !== 2) return false;
      if (!inDocument(entry.document, pair.organisation, [a.unitId, b.unitId])) return false;
      const side = (d: ResultDuty, k: number) =>
        dutyMatches(d, entry.duties![k], dutyKeys[k]) && unitMatches(units.get(d.unitId), entry.units![k]);
      return (side(a, 0) && side(b, 1)) || (side(a, 1) && side(b, 0));
    });
    return acceptance ? { ...pair, acceptance } : pair;
  });

  const gaps = result.gaps.map((gap): Gap => {
    if (gap.functionId === null) return gap;
    const acceptance = choose((i) => {
      const { entry } = prepared[i];
      if (entry.function !== gap.functionId) return false;
      if (!inDocument(entry.document, gap.organisation, [...gap.unitIds, ...gap.dutyIds.map((id) => duties.get(id)?.unitId)])) return false;
      return (entry.units ?? []).every((name) => gap.unitIds.some((id) => unitMatches(units.get(id), name)));
    });
    return acceptance ? { ...gap, acceptance } : gap;
  });

  // The counts follow the acceptances: accepted findings are counted apart from the open ones.
  const counted = { ...result, pairs, gaps };
  return { result: { ...counted, ...summarize(counted, pairs) }, matched };
}

/** True for a finding that counts: not accepted, or accepted and expired. */
export function isOpen(finding: { acceptance?: Acceptance }): boolean {
  return !isAccepted(finding);
}

/** A unit named by id, name, or path (any of "/", "›", ">" between names; a path may be a tail of the full path). */
export function unitMatches(unit: Unit | undefined, name: string): boolean {
  if (!unit) return false;
  const wanted = name.trim();
  if (unit.id === wanted || unit.name === wanted) return true;
  const parts = wanted.split(/\s*[/›>]\s*/).filter(Boolean);
  if (parts.length < 2 || parts.length > unit.path.length) return false;
  const tail = unit.path.slice(unit.path.length - parts.length);
  return parts.every((p, i) => tail[i] === p);
}

/** A duty named by id or by its text (compared normalized, ignoring spaces and punctuation). */
export function dutyMatches(duty: ResultDuty, named: string, key: string): boolean {
  return duty.id === named.trim() || looseKey(duty.normalized) === key;
}

/** A duty text as the registers compare it: normalised, without spaces, punctuation or symbols. */
export function looseKey(text: string): string {
  return normalizeText(text).replace(/[\s\p{P}\p{S}]+/gu, '');
}
