import { organisationOf, type Category, type Coverage, type CoverageOutcome, type CoverageUnit, type Language, type OrgDocument, type ResultDuty, type Role, type Unit } from '../model.ts';
import { functionLabel, type CatalogueFunction } from './catalogue-flatten.ts';
import { sameUnits } from './unit-identity.ts';
import { ownersAtLevel } from './coverage-level.ts';
import { coverageRole, roleStrength, strongestRole } from './coverage-role.ts';

/** Everything coverage needs: the org model, the flattened catalogue and the precomputed similarities. */
export interface CoverageInput {
  /** The documents to check; the units of one organisation (organisationOf) are checked together. */
  documents: OrgDocument[];
  units: Unit[];
  duties: ResultDuty[];
  /** The flattened catalogue (flattenCatalogue); functions without examples are headings and are not checked. */
  functions: CatalogueFunction[];
  /** Per function (index into functions): sparse [dutyIndex, score] pairs above some floor (matchFunctions). */
  matches: Array<Array<[number, number]>>;
  /** The match's evidence: the function's own terms duty `di` shares with function `fi` (none when absent). */
  terms?: (fi: number, di: number) => string[];
  /** A duty covers a function when its score is at least this. */
  threshold: number;
  /**
   * The semantic tier's matches, when it is on: per function, [dutyIndex, cosine] pairs at or above
   * `near`, by duty index. A duty also covers a function at `threshold` cosine, and comes near it at `near`.
   */
  semantic?: { matches: Array<Array<[number, number]>>; threshold: number; near: number };
  /** Unit depth coverage is reported at: 0 = the top units of each organisation's documents. */
  level: number;
  /** Role a duty with no role verb counts as (default `lead`: a bare business verb states the unit's own work). */
  unspecifiedAs?: Role;
  /** Duty categories that can own a function (default business only: a unit managing itself owns no company function). */
  categories?: readonly Category[];
}

/** The defaults of the optional CoverageInput fields, in one place for the lead to record. */
export const COVERAGE_DEFAULTS = {
  unspecifiedAs: 'unspecified' as Role,
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

/** The organisations of the checked documents (in the order of their first document, with its language) and each unit's organisation. */
export function coverageScopes(input: Pick<CoverageInput, 'documents' | 'units'>): { organisations: { id: string; language: Language }[]; ofUnit: Map<string, string> } {
  const ofDocument = new Map(input.documents.map((d) => [d.id, organisationOf(d)]));
  const organisations = new Map<string, Language>();
  for (const d of input.documents) if (!organisations.has(organisationOf(d))) organisations.set(organisationOf(d), d.language);
  const ofUnit = new Map<string, string>();
  for (const u of input.units) {
    const organisation = ofDocument.get(u.documentId);
    if (organisation !== undefined) ofUnit.set(u.id, organisation);
  }
  return { organisations: [...organisations].map(([id, language]) => ({ id, language })), ofUnit };
}

/**
 * Duties that can own functions, keyed by duty index: of a counted category,
 * not proposed (a proposed duty is work the document says nobody has yet;
 * gapsFrom reports it), and of a known unit of a checked document.
 */
export function countedDuties(input: CoverageInput): Map<number, CountedDuty & { organisation: string }> {
  const levelOwners = ownersAtLevel(input.units, input.level);
  // A unit described in two files of its organisation leads a function once, not twice (sameUnits).
  const same = sameUnits(input.units, input.documents);
  const owners = new Map([...levelOwners].map(([unitId, owner]) => [unitId, same.get(owner) ?? owner]));
  const nameOf = new Map(input.units.map((u) => [u.id, u.name]));
  const { ofUnit } = coverageScopes(input);
  const categories = new Set(input.categories ?? COVERAGE_DEFAULTS.categories);
  const unspecifiedAs = input.unspecifiedAs ?? COVERAGE_DEFAULTS.unspecifiedAs;
  const counted = new Map<number, CountedDuty & { organisation: string }>();
  input.duties.forEach((duty, index) => {
    const organisation = ofUnit.get(duty.unitId);
    const ownerId = owners.get(duty.unitId);
    if (organisation === undefined || ownerId === undefined) return;
    if (duty.proposed || !categories.has(duty.category)) return;
    const role = coverageRole(duty.role, unspecifiedAs);
    // A post helping its own head, rolled up into the head's unit, is that unit's own work.
    const ownHead = role === 'support' && ownerId !== duty.unitId && supportsOwnHead(duty.normalized, nameOf.get(ownerId) ?? '');
    counted.set(index, { index, ownerId, organisation, role: ownHead ? unspecifiedAs : role });
  });
  return counted;
}

/**
 * Whether a duty only helps the head of the unit it is counted for:
 * "协助部门经理制定营销政策", "协助市场部经理制定各项市场营销计划" in 市场部. The
 * post supports its manager, but at the unit's level the unit does the work.
 * Helping another unit's head (协助总经理, 配合财务部经理) is support. Pure.
 */
export function supportsOwnHead(text: string, ownerName: string): boolean {
  const m = /^(?:协助|配合)(\p{Script=Han}{0,12}?)(?:经理|主任|部长|总监|科长|处长|负责人)/u.exec(text.trim());
  if (!m) return false;
  const who = m[1].replace(/^(?:本|所在)/u, '');
  return ['', '部门', '部', '科', '处', '室', '中心'].includes(who) || (who.length >= 2 && ownerName !== '' && ownerName.endsWith(who));
}

/**
 * The outcome from the roles of the units covering a function. Only a
 * stated lead (负责, 牵头, 归口 …) counts as leading: several units that
 * merely list the work with a bare verb own it unclearly, not twice over, so
 * they are not multi-lead; a bare verb still states the unit's own work, so
 * such a function is owned (ok). So is a function a unit approves or
 * oversees (审核推广方案, 业务稽查, 监督执行调研计划): the unit is in charge
 * of that work, and for an inspection function the oversight is the work.
 * No-lead: units only support it (配合, 协助, 参与), so whoever owns it is
 * not in the document.
 */
export function coverageOutcome(roles: readonly Role[]): CoverageOutcome {
  if (roles.length === 0) return 'gap';
  const leads = roles.filter((r) => r === 'lead').length;
  if (leads >= 2) return 'multi-lead';
  if (roles.some((r) => r !== 'support')) return 'ok';
  return 'no-lead';
}

/** Rounds a score to 4 decimals, as everywhere in the result. */
function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** A duty comes near a function when it scores at least this share of the threshold (and shares one of its own terms): see `weak`. */
export const NEAR_SHARE = 0.5;

type UnitEntry = { roles: Role[]; dutyIds: string[]; score: number; terms: string[]; semantic?: number };

/** The units of one scope as coverage entries: by role strength, then score, then input order. */
function unitEntries(byUnit: ReadonlyMap<string, UnitEntry> | undefined, unitOrder: ReadonlyMap<string, number>): CoverageUnit[] {
  return [...(byUnit ?? new Map<string, UnitEntry>()).entries()]
    .map(([unitId, e]) => ({
      unitId,
      role: strongestRole(e.roles),
      dutyIds: e.dutyIds,
      score: round4(e.score),
      ...(e.terms.length > 0 ? { terms: e.terms } : {}),
      ...(e.semantic !== undefined ? { semantic: round4(e.semantic) } : {}),
    }))
    .sort(
      (a, b) =>
        roleStrength(b.role) - roleStrength(a.role) ||
        b.score - a.score ||
        (unitOrder.get(a.unitId) ?? 0) - (unitOrder.get(b.unitId) ?? 0),
    );
}

/**
 * Checks every catalogue function against the units of each organisation
 * separately (units of different organisations are never pooled; those of
 * one organisation's documents are). A unit
 * covers a function when one of its counted duties (or a sub-unit's, rolled
 * up to `level`) scores at least `threshold`; its role is the strongest
 * among those duties. A function no unit covers is a gap, unless a counted
 * duty comes near it (`NEAR_SHARE` of the threshold): then it is weak, with
 * those units as `near`, closest first. Organisations without a counted duty are skipped: there
 * is nothing to check. Output: organisations in the order of their first
 * document, functions in catalogue order; units by role strength, then
 * score, then input order.
 */
export function computeCoverage(input: CoverageInput): Coverage[] {
  const counted = countedDuties(input);
  const unitOrder = new Map(input.units.map((u, i) => [u.id, i]));
  const { organisations } = coverageScopes(input);
  const languageOf = new Map(organisations.map((o) => [o.id, o.language]));
  const active = new Set([...counted.values()].map((c) => c.organisation));
  const perScope = new Map<string, Coverage[]>(organisations.filter((o) => active.has(o.id)).map((o) => [o.id, []]));
  const near = input.threshold * NEAR_SHARE;
  input.functions.forEach((fn, fi) => {
    if (fn.examples.length === 0) return; // a heading groups functions and is not itself checked
    const covering = new Map<string, Map<string, UnitEntry>>();
    const nearing = new Map<string, Map<string, UnitEntry>>();
    const cosine = new Map(input.semantic?.matches[fi] ?? []);
    const lexical = new Map(input.matches[fi] ?? []);
    for (const di of [...new Set([...lexical.keys(), ...cosine.keys()])].sort((a, b) => a - b)) {
      const c = counted.get(di);
      const score = lexical.get(di) ?? 0;
      const cos = cosine.get(di);
      const covers = score >= input.threshold || (cos !== undefined && cos >= input.semantic!.threshold);
      const comesNear = score >= near || (cos !== undefined && cos >= input.semantic!.near);
      if (c === undefined || !(covers || comesNear)) continue;
      const byScope = covers ? covering : nearing;
      const byUnit = byScope.get(c.organisation) ?? new Map<string, UnitEntry>();
      byScope.set(c.organisation, byUnit);
      const entry = byUnit.get(c.ownerId) ?? { roles: [], dutyIds: [], score: 0, terms: [] };
      byUnit.set(c.ownerId, entry);
      entry.roles.push(c.role);
      entry.dutyIds.push(input.duties[di].id);
      if (score > entry.score) entry.terms = input.terms?.(fi, di) ?? [];
      entry.score = Math.max(entry.score, score);
      if (cos !== undefined) entry.semantic = Math.max(entry.semantic ?? 0, cos);
    }
    for (const [organisation, list] of perScope) {
      const units = unitEntries(covering.get(organisation), unitOrder);
      // Closest first: by word score, then by the semantic tier's cosine (a unit only the tier brings near scores 0 in words).
      const close = units.length === 0 ? unitEntries(nearing.get(organisation), unitOrder).sort((a, b) => b.score - a.score || (b.semantic ?? 0) - (a.semantic ?? 0)) : [];
      list.push({
        organisation,
        functionId: fn.id,
        functionName: functionLabel(fn.name, languageOf.get(organisation) ?? 'zh'),
        outcome: close.length > 0 ? 'weak' : coverageOutcome(units.map((u) => u.role)),
        units,
        ...(close.length > 0 ? { near: close } : {}),
      });
    }
  });
  return [...perScope.values()].flat();
}
