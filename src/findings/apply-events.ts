import type { ChangeEvent, Duty, Language, OrgModel, Unit } from '../model.ts';
import { ORG_MODEL_VERSION } from '../model.ts';
import { roleOf } from '../parse/role.ts';
import { unitKindOf } from '../parse/unit-kind.ts';
import { normalizeText } from '../text/normalize.ts';
import { joinNames } from '../text/unit-names.ts';
import { dutyId, unitId } from '../util/ids.ts';
import { findUnit, subtreeIds, withPathPrefix } from './reorg-units.ts';

/** Scores a moved function's text against candidate duty texts (normalised), each in [0, 1]. */
export type FunctionScorer = (functionText: string, dutyTexts: readonly string[]) => number[];

/** Options of applyEvents. */
export interface ApplyOptions {
  /** A donor duty scoring at least this against the moved function is one of its matching duties. */
  matchThreshold: number;
}

/** Default: a donor duty must share about a third of its weighted terms with the function. */
export const DEFAULT_APPLY_OPTIONS: ApplyOptions = { matchThreshold: 0.3 };

/** The organisation after the change, and one line per event that could not be applied as written. */
export interface ApplyOutcome {
  model: OrgModel;
  warnings: string[];
  /** For each event (in event order), the ids of the units it created, renamed, merged, gave to, received in or abolished. */
  touched: string[][];
}

/** An event as a warning names it: number, kind, from → to, and where it was read. */
export function eventLabel(e: ChangeEvent, index: number): string {
  const from = Array.isArray(e.from) ? joinNames(e.from) : (e.from ?? '—');
  return `event ${index + 1} (${e.kind} ${from} → ${e.to ?? '—'}, ${e.source.file}:${e.source.line})`;
}

/** The order events are applied in: names first (create, rename), then merges, then work (move, assign), abolitions last, so an abolished unit gives its work away first. */
const PHASE: Readonly<Record<ChangeEvent['kind'], number>> = { create: 0, rename: 0, merge: 1, move: 2, assign: 2, abolish: 3 };

/**
 * Applies a notice's events to a base organisation (pure). A renamed unit
 * keeps its id and its duties theirs; a merged unit's duties and sub-units go
 * to the unit formed; a move takes the donor's duties that match the moved
 * function (score ≥ matchThreshold) to the receiver, keeping their ids, and
 * adds the function as a new duty of the receiver when no donor is named or
 * none of its duties matches; every moved or added duty records `movedFrom`.
 * An abolished unit goes with whatever work no event moved. An event naming
 * a unit that does not exist is applied as far as it can be, and named in
 * a warning; never dropped in silence.
 */
export function applyEvents(base: OrgModel, events: readonly ChangeEvent[], score: FunctionScorer, options: ApplyOptions = DEFAULT_APPLY_OPTIONS): ApplyOutcome {
  let units = [...base.units];
  let duties = [...base.duties];
  const warnings: [number, string][] = [];
  const languageOf = new Map(base.documents.map((d) => [d.id, d.language]));
  const gone = new Set<string>();
  const standing = () => units.filter((u) => !gone.has(u.id));
  const find = (name: string) => findUnit(name, standing());
  const warn = (e: ChangeEvent, i: number, why: string) => warnings.push([i, `${eventLabel(e, i)}: ${why}`]);
  const touched: string[][] = events.map(() => []);
  const touch = (i: number, ...ids: (string | null | undefined)[]) => {
    for (const id of ids) if (id && !touched[i].includes(id)) touched[i].push(id);
  };
  const home = base.documents[0];

  const createUnit = (name: string): Unit => {
    const root = units.find((u) => u.documentId === home.id && u.parentId === null && u.kind === 'organisation') ?? null;
    const path = root ? [...root.path, name] : [name];
    const unit: Unit = { id: unitId(home.id, path), documentId: home.id, name, kind: unitKindOf(name, path.length - 1), parentId: root?.id ?? null, path, attributes: {}, source: home.source };
    units = [...units, unit];
    return unit;
  };
  const moveDuty = (duty: Duty, to: Unit, movedFrom: Duty['movedFrom']): Duty => ({ ...duty, unitId: to.id, parentId: null, level: 0, movedFrom });

  // Each donor duty goes to the one event (of those naming its unit as donor) it matches best:
  // worked out once the names are settled, before the first move.
  let claims: Map<string, { event: number; score: number }> | null = null;
  const claimsNow = () => {
    const out = new Map<string, { event: number; score: number }>();
    events.forEach((e, i) => {
      if ((e.kind !== 'move' && e.kind !== 'assign') || typeof e.from !== 'string') return;
      const donor = find(e.from);
      if (!donor) return;
      const own = subtreeIds(donor.id, units);
      const candidates = duties.filter((d) => own.has(d.unitId));
      if (candidates.length === 0) return;
      const scores = score(functionQuery(e), candidates.map((d) => d.normalized));
      candidates.forEach((d, k) => {
        const best = out.get(d.id);
        if (scores[k] >= options.matchThreshold && (!best || scores[k] > best.score)) out.set(d.id, { event: i, score: scores[k] });
      });
    });
    return out;
  };

  const order = events.map((e, i) => ({ e, i })).sort((x, y) => PHASE[x.e.kind] - PHASE[y.e.kind] || x.i - y.i);
  for (const { e, i } of order) {
    switch (e.kind) {
      case 'create': {
        if (e.to === null) break;
        const existing = find(e.to);
        if (existing) warn(e, i, `${e.to} already exists; kept as it is`);
        touch(i, (existing ?? createUnit(e.to)).id);
        break;
      }
      case 'rename': {
        if (e.from === null && e.to !== null) {
          // "更名为X" without the old name: X exists after the change, whatever it was called.
          const existing = find(e.to);
          if (!existing) warn(e, i, `the notice names no old unit for ${e.to}; ${e.to} added`);
          touch(i, (existing ?? createUnit(e.to)).id);
          break;
        }
        const unit = typeof e.from === 'string' ? find(e.from) : null;
        if (!unit || e.to === null) {
          warn(e, i, find(e.to ?? '') ? `no unit ${String(e.from)}, and ${e.to} exists already: the organisation may already be after the change` : `no unit ${String(e.from)} in the organisation; not renamed`);
          break;
        }
        touch(i, unit.id);
        const path = [...unit.path.slice(0, -1), e.to];
        units = withPathPrefix(units, subtreeIds(unit.id, units), unit.path, path).map((u) => (u.id === unit.id ? { ...u, name: e.to! } : u));
        break;
      }
      case 'merge': {
        if (e.to === null) break;
        const to = find(e.to) ?? createUnit(e.to);
        touch(i, to.id);
        for (const name of Array.isArray(e.from) ? e.from : e.from === null ? [] : [e.from]) {
          const from = find(name);
          if (!from) {
            warn(e, i, `no unit ${name} in the organisation; nothing of it merged into ${to.name}`);
            continue;
          }
          if (from.id === to.id) continue;
          touch(i, from.id);
          duties = duties.map((d) => (d.unitId === from.id ? { ...d, unitId: to.id, movedFrom: d.movedFrom ?? { unitId: from.id, unitName: name, event: i, score: null } } : d));
          const below = units.filter((u) => u.parentId === from.id).map((u) => u.id);
          for (const child of below) {
            const c = units.find((u) => u.id === child)!;
            units = withPathPrefix(units, subtreeIds(child, units), c.path.slice(0, -1), to.path).map((u) => (u.id === child ? { ...u, parentId: to.id } : u));
          }
          gone.add(from.id);
        }
        break;
      }
      case 'move':
      case 'assign': {
        const to = e.to === null ? null : find(e.to);
        if (!to) {
          warn(e, i, `no unit ${String(e.to)} in the organisation to receive it; not applied`);
          break;
        }
        const donorName = typeof e.from === 'string' ? e.from : null;
        const donor = donorName === null ? null : find(donorName);
        touch(i, to.id, donor?.id);
        if (donorName !== null && !donor) warn(e, i, `no unit ${donorName} in the organisation; the function is added to ${to.name} as a new duty`);
        const text = e.text ?? '';
        claims ??= claimsNow();
        const own = donor ? subtreeIds(donor.id, units) : new Set<string>();
        const matched = new Map(duties.flatMap((d) => {
          const claim = claims!.get(d.id);
          return own.has(d.unitId) && claim?.event === i ? [[d.id, claim.score] as const] : [];
        }));
        if (matched.size > 0) {
          duties = duties.map((d) => (matched.has(d.id) ? moveDuty(d, to, { unitId: donor!.id, unitName: donorName, event: i, score: round4(matched.get(d.id)!) }) : d));
        } else if (text.length > 0) {
          const language: Language = languageOf.get(to.documentId) ?? 'zh';
          const normalized = normalizeText(text);
          duties = [...duties, {
            id: dutyId(to.id, normalized), unitId: to.id, parentId: null, level: 0, number: null, text, normalized,
            role: roleOf(normalized, language), proposed: false, note: null, links: [], source: e.source,
            movedFrom: { unitId: donor?.id ?? null, unitName: donorName, event: i, score: null },
          }];
        }
        break;
      }
      case 'abolish': {
        const unit = typeof e.from === 'string' ? find(e.from) : null;
        // "撤销A,其职责并入B": A went into B by the merge; abolishing it as well is the same change, said twice.
        const went = !unit && typeof e.from === 'string' && findUnit(e.from, units.filter((u) => gone.has(u.id))) !== null;
        if (!unit && !went) warn(e, i, `no unit ${String(e.from)} in the organisation; nothing abolished`);
        if (!unit) break;
        const ids = subtreeIds(unit.id, units);
        touch(i, unit.id);
        const left = duties.filter((d) => ids.has(d.unitId)).length;
        if (left > 0) warn(e, i, `${left} ${left === 1 ? 'duty' : 'duties'} of ${unit.name} ${left === 1 ? 'goes' : 'go'} with it (no event moves ${left === 1 ? 'it' : 'them'})`);
        for (const id of ids) gone.add(id);
        break;
      }
    }
  }
  const kept = units.filter((u) => !gone.has(u.id));
  const keptIds = new Set(kept.map((u) => u.id));
  const unitOfDuty = new Map(duties.map((d) => [d.id, d.unitId]));
  const parentKept = (d: Duty) => d.parentId === null || keptIds.has(unitOfDuty.get(d.parentId) ?? '');
  const model: OrgModel = {
    ...base,
    orgModelVersion: ORG_MODEL_VERSION,
    units: kept,
    duties: duties.filter((d) => keptIds.has(d.unitId)).map((d) => (parentKept(d) ? d : { ...d, parentId: null })),
    events: [...events],
  };
  // In event order, whatever order they were applied in.
  return { model, warnings: warnings.sort((x, y) => x[0] - y[0]).map(([, line]) => line), touched };
}

/** The function an event moves, as matched against duties: without the donor's name written before it (科学技术部的…). */
function functionQuery(e: ChangeEvent): string {
  const text = e.text ?? '';
  const donor = typeof e.from === 'string' ? e.from : null;
  return normalizeText(donor !== null && text.startsWith(`${donor}的`) ? text.slice(donor.length + 1) : text);
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
