import type { ChangeEvent, DutyRef, Reorganisation, ReorgCoverage, ReorgPair, ReorgUnit, Result } from '../model.ts';
import { unitNameKey } from '../text/unit-names.ts';
import { byString } from './diff-keys.ts';

const sortedUnique = (xs: readonly number[]) => [...new Set(xs)].sort((a, b) => a - b);

/** The before/after unit list: before order, created units last. */
function unitList(before: Result, after: Result, events: readonly ChangeEvent[], eventsOf: ReadonlyMap<string, number[]>): ReorgUnit[] {
  const afterById = new Map(after.units.map((u) => [u.id, u]));
  const beforeIds = new Set(before.units.map((u) => u.id));
  const gaveOrGot = new Set(after.duties.flatMap((d) => (d.movedFrom ? [d.unitId, d.movedFrom.unitId ?? ''] : [])));
  const rows: ReorgUnit[] = before.units.map((u) => {
    const now = afterById.get(u.id);
    const evs = eventsOf.get(u.id) ?? [];
    const merged = evs.some((i) => events[i].kind === 'merge' && Array.isArray(events[i].from) && (events[i].from as string[]).some((n) => unitNameKey(n) === unitNameKey(u.name)));
    const change: ReorgUnit['change'] = !now ? (merged ? 'merged' : 'abolished') : now.name !== u.name ? 'renamed' : gaveOrGot.has(u.id) || evs.length > 0 ? 'changed' : 'kept';
    return { before: u.name, after: now?.name ?? null, change, events: evs };
  });
  const created = after.units.filter((u) => !beforeIds.has(u.id));
  return [...rows, ...created.map((u) => ({ before: null, after: u.name, change: 'created' as const, events: eventsOf.get(u.id) ?? [] }))];
}

/** Conflicts keyed by their two duty ids (a moved duty keeps its id, so a conflict that moves with it stays). */
function conflictsOf(result: Result): Map<string, Result['pairs'][number]> {
  return new Map(result.pairs.filter((p) => p.conflict).map((p) => [[p.a, p.b].sort().join('\u0000'), p]));
}

/** Conflicts that appear, disappear, or stay while the change touches them; caused ones first. */
function pairList(before: Result, after: Result, eventsOf: ReadonlyMap<string, number[]>): ReorgPair[] {
  const refOf = (result: Result) => {
    const unitOf = new Map(result.units.map((u) => [u.id, u]));
    const duties = new Map(result.duties.map((d) => [d.id, d]));
    return (id: string): { ref: DutyRef; unitId: string; moved: number | null } => {
      const d = duties.get(id)!;
      const u = unitOf.get(d.unitId);
      return { ref: { id, documentId: u?.documentId ?? '', unitPath: u?.path ?? [], text: d.text }, unitId: d.unitId, moved: d.movedFrom?.event ?? null };
    };
  };
  // A conflict is caused by the events that moved one of its duties, or that changed one of its units.
  const causes = (...sides: { unitId: string; moved: number | null }[]) =>
    sortedUnique(sides.flatMap((s) => [...(s.moved === null ? [] : [s.moved]), ...(eventsOf.get(s.unitId) ?? [])]));
  const was = conflictsOf(before);
  const now = conflictsOf(after);
  const beforeRef = refOf(before);
  const afterRef = refOf(after);
  const out: ReorgPair[] = [];
  for (const [key, p] of now) {
    const a = afterRef(p.a);
    const b = afterRef(p.b);
    const old = was.get(key);
    const evs = causes(a, b, ...(old ? [beforeRef(p.a), beforeRef(p.b)] : []));
    if (old && evs.length === 0) continue;
    out.push({ status: old ? 'stayed' : 'appeared', a: a.ref, b: b.ref, before: old?.relation ?? null, after: p.relation, score: p.score, events: evs });
  }
  for (const [key, p] of was) {
    if (now.has(key)) continue;
    const a = beforeRef(p.a);
    const b = beforeRef(p.b);
    const movedNow = [p.a, p.b].flatMap((id) => after.duties.find((d) => d.id === id)?.movedFrom?.event ?? []);
    out.push({ status: 'disappeared', a: a.ref, b: b.ref, before: p.relation, after: null, score: p.score, events: sortedUnique([...causes(a, b), ...movedNow]) });
  }
  const rank = { appeared: 0, disappeared: 1, stayed: 2 } as const;
  return out.sort((x, y) => Number(x.events.length === 0) - Number(y.events.length === 0) || rank[x.status] - rank[y.status] || byString(x.a.id, y.a.id) || byString(x.b.id, y.b.id));
}

/** Catalogue functions whose outcome differs before and after. */
function coverageList(before: Result, after: Result): ReorgCoverage[] {
  const key = (c: Result['coverage'][number]) => `${c.organisation}\u0000${c.functionId}`;
  const was = new Map(before.coverage.map((c) => [key(c), c]));
  const out: ReorgCoverage[] = [];
  for (const c of after.coverage) {
    const old = was.get(key(c));
    const b = old?.outcome ?? null;
    const a = c.outcome;
    if (b === a) continue;
    const unowned = (o: string | null) => o === 'gap' || o === 'no-lead';
    const change: ReorgCoverage['change'] =
      a === 'multi-lead' ? 'newly-multi-lead' : unowned(a) && !unowned(b) ? 'newly-unowned' : a === 'ok' ? 'resolved' : 'changed';
    out.push({ organisation: c.organisation, functionId: c.functionId, functionName: c.functionName, before: b, after: a, change });
  }
  return out.sort((x, y) => byString(x.organisation, y.organisation) || byString(x.functionId, y.functionId));
}

/**
 * What a reorganisation does, from the results of the organisation before
 * and after it (pure, deterministic): the unit list, the conflicts it makes,
 * ends or carries along (each with the events that caused it), and the
 * catalogue functions that become multi-lead or unowned.
 */
export function compareReorganisation(
  before: Result,
  after: Result,
  applied: { events: readonly ChangeEvent[]; warnings: readonly string[]; touched: readonly (readonly string[])[] },
): Reorganisation {
  const eventsOf = new Map<string, number[]>();
  applied.touched.forEach((ids, i) => ids.forEach((id) => eventsOf.set(id, [...(eventsOf.get(id) ?? []), i])));
  const units = unitList(before, after, applied.events, eventsOf);
  return {
    events: [...applied.events],
    warnings: [...applied.warnings],
    units,
    pairs: pairList(before, after, eventsOf),
    coverage: coverageList(before, after),
    before: before.summary,
  };
}
