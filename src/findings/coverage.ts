import type { Category, Coverage, CoverageOutcome, OrgDocument, ResultDuty, Role, Unit } from '../model.ts';
import { functionLabel, type CatalogueFunction } from './catalogue-flatten.ts';
import { ownersAtLevel } from './coverage-level.ts';
import { coverageRole, roleStrength, strongestRole } from './coverage-role.ts';

/** Everything coverage needs: the org model, the flattened catalogue and the precomputed similarities. */
export interface CoverageInput {
  documents: OrgDocument[];
  units: Unit[];
  duties: ResultDuty[];
  /** The flattened catalogue (flattenCatalogue); functions without examples are headings and are not checked. */
  functions: CatalogueFunction[];
  /** Per function (index into functions): sparse [dutyIndex, score] pairs above some floor (matchFunctions). */
  matches: Array<Array<[number, number]>>;
  /** A duty covers a function when its score is at least this. */
  threshold: number;
  /** Unit depth coverage is reported at: 0 = the top units of each document. */
  level: number;
  /** Role a duty with no role verb counts as (default `lead`: a bare business verb states the unit's own work). */
  unspecifiedAs?: Role;
  /** Duty categories that can own a function (default business only: a unit managing itself owns no company function). */
  categories?: readonly Category[];
}

/** The defaults of the optional CoverageInput fields, in one place for the lead to record. */
export const COVERAGE_DEFAULTS = {
  unspecifiedAs: 'lead' as Role,
  categories: ['business'] as readonly Category[],
};

/** A duty that can own functions in a coverage check, with the unit that answers for it at the chosen level. */
export interface CountedDuty {
  /** Index into input.duties. */
  index: number;
  /** Unit at the coverage level that answers for the duty. */
  ownerId: string;
  /** The duty's role as coverage counts it. */
  role: Role;
}

/**
 * Duties that can own functions, keyed by duty index: of a counted category,
 * not proposed (a proposed duty is work the document says nobody has yet;
 * gapsFrom reports it), and of a known unit.
 */
export function countedDuties(input: CoverageInput): Map<number, CountedDuty & { documentId: string }> {
  const owners = ownersAtLevel(input.units, input.level);
  const unitDoc = new Map(input.units.map((u) => [u.id, u.documentId]));
  const categories = new Set(input.categories ?? COVERAGE_DEFAULTS.categories);
  const unspecifiedAs = input.unspecifiedAs ?? COVERAGE_DEFAULTS.unspecifiedAs;
  const counted = new Map<number, CountedDuty & { documentId: string }>();
  input.duties.forEach((duty, index) => {
    const documentId = unitDoc.get(duty.unitId);
    const ownerId = owners.get(duty.unitId);
    if (documentId === undefined || ownerId === undefined) return;
    if (duty.proposed || !categories.has(duty.category)) return;
    counted.set(index, { index, ownerId, documentId, role: coverageRole(duty.role, unspecifiedAs) });
  });
  return counted;
}

/** The outcome from the roles of the units covering a function. */
export function coverageOutcome(roles: readonly Role[]): CoverageOutcome {
  if (roles.length === 0) return 'gap';
  const leads = roles.filter((r) => r === 'lead').length;
  if (leads === 0) return 'no-lead';
  return leads === 1 ? 'ok' : 'multi-lead';
}

/** Rounds a score to 4 decimals, as everywhere in the result. */
function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * Checks every catalogue function against the units of each document
 * separately (units of different documents are never pooled). A unit
 * covers a function when one of its counted duties (or a sub-unit's, rolled
 * up to `level`) scores at least `threshold`; its role is the strongest
 * among those duties. Documents without a counted duty are skipped: there is
 * nothing to check. Output: documents in input order, functions in catalogue
 * order; units by role strength, then score, then document order.
 */
export function computeCoverage(input: CoverageInput): Coverage[] {
  const counted = countedDuties(input);
  const unitOrder = new Map(input.units.map((u, i) => [u.id, i]));
  const languageOf = new Map(input.documents.map((d) => [d.id, d.language]));
  const activeDocs = new Set([...counted.values()].map((c) => c.documentId));
  const perDoc = new Map<string, Coverage[]>(input.documents.filter((d) => activeDocs.has(d.id)).map((d) => [d.id, []]));
  input.functions.forEach((fn, fi) => {
    if (fn.examples.length === 0) return; // a heading groups functions and is not itself checked
    const byDoc = new Map<string, Map<string, { roles: Role[]; dutyIds: string[]; score: number }>>();
    for (const [di, score] of [...(input.matches[fi] ?? [])].sort((a, b) => a[0] - b[0])) {
      const c = counted.get(di);
      if (c === undefined || score < input.threshold) continue;
      const byUnit = byDoc.get(c.documentId) ?? new Map();
      byDoc.set(c.documentId, byUnit);
      const entry = byUnit.get(c.ownerId) ?? { roles: [], dutyIds: [], score: 0 };
      byUnit.set(c.ownerId, entry);
      entry.roles.push(c.role);
      entry.dutyIds.push(input.duties[di].id);
      entry.score = Math.max(entry.score, score);
    }
    for (const [documentId, list] of perDoc) {
      const units = [...(byDoc.get(documentId) ?? new Map()).entries()]
        .map(([unitId, e]) => ({ unitId, role: strongestRole(e.roles), dutyIds: e.dutyIds, score: round4(e.score) }))
        .sort(
          (a, b) =>
            roleStrength(b.role) - roleStrength(a.role) ||
            b.score - a.score ||
            (unitOrder.get(a.unitId) ?? 0) - (unitOrder.get(b.unitId) ?? 0),
        );
      list.push({
        documentId,
        functionId: fn.id,
        functionName: functionLabel(fn.name, languageOf.get(documentId) ?? 'zh'),
        outcome: coverageOutcome(units.map((u) => u.role)),
        units,
      });
    }
  });
  return [...perDoc.values()].flat();
}
