import { organisationOf, type Coverage, type CoverageSkip, type OrgDocument, type ResultDuty, type Unit } from '../model.ts';
import type { CatalogueUnit } from './catalogue.ts';
import { unitNameKey } from '../text/unit-names.ts';

/** What the scope check reads of the model. */
export interface ScopeInput {
  documents: readonly OrgDocument[];
  units: readonly Unit[];
  duties: readonly ResultDuty[];
}

/**
 * Which organisations a catalogue is checked against: those that describe a
 * whole unit of the catalogue's kind. A department catalogue needs a
 * document titled after the department, or a top unit (or its first level)
 * named so; an organisation catalogue needs at least two departments, and
 * when it lists names, an organisation that names itself must be named with
 * one of them (公司, 集团: a company catalogue does not check a 商务局). Either
 * needs `minDuties` business duties (a five-line post description cannot
 * show 30 functions owned). Without `unit`, only the size is checked. The
 * rest are returned with the reason, in the order of their first document. Pure.
 */
export function coverageScope(input: ScopeInput, unit: CatalogueUnit | undefined, minDuties: number): { checked: Set<string>; skipped: CoverageSkip[] } {
  const organisations: string[] = [];
  const titles = new Map<string, string[]>();
  for (const d of input.documents) {
    const o = organisationOf(d);
    if (!titles.has(o)) {
      organisations.push(o);
      titles.set(o, []);
    }
    titles.get(o)!.push(d.title);
  }
  const ofDocument = new Map(input.documents.map((d) => [d.id, organisationOf(d)]));
  const unitsOf = new Map<string, Unit[]>(organisations.map((o) => [o, []]));
  for (const u of input.units) unitsOf.get(ofDocument.get(u.documentId) ?? '')?.push(u);
  const scopeOfUnit = new Map(input.units.map((u) => [u.id, ofDocument.get(u.documentId) ?? '']));
  const business = new Map<string, number>();
  for (const d of input.duties) {
    if (d.category !== 'business' || d.proposed) continue;
    const o = scopeOfUnit.get(d.unitId) ?? '';
    business.set(o, (business.get(o) ?? 0) + 1);
  }
  const names = (unit?.names ?? []).map(unitNameKey).filter((n) => n.length > 0);
  const checked = new Set<string>();
  const skipped: CoverageSkip[] = [];
  for (const o of organisations) {
    const units = unitsOf.get(o) ?? [];
    const duties = business.get(o) ?? 0;
    if (unit?.kind === 'department') {
      const named = [...titles.get(o)!, ...units.filter((u) => u.path.length <= 2).map((u) => u.name)].map(unitNameKey);
      if (names.length > 0 && !named.some((n) => names.some((name) => n.includes(name)))) {
        skipped.push({ organisation: o, reason: 'other-unit', count: 0, limit: 0, names: unit.names, note: `neither its title nor a top unit names the catalogue's unit (${unit.names.join(', ')})` });
        continue;
      }
    } else if (unit?.kind === 'organisation') {
      const own = units.filter((u) => u.kind === 'organisation' && u.path.length === 1).map((u) => unitNameKey(u.name));
      const named = [...titles.get(o)!.map(unitNameKey), ...own];
      // An organisation whose own name is known and is of another kind (a 商务局 against a company catalogue) is not checked;
      // one that is not named at all (a title "各部门职责") may be of the kind, and is.
      if (names.length > 0 && own.length > 0 && !named.some((n) => names.some((name) => n.includes(name)))) {
        skipped.push({ organisation: o, reason: 'other-unit', count: 0, limit: 0, names: unit.names, note: `the organisation it describes (${own.join(', ')}) is not of the catalogue's kind (${unit.names.join(', ')})` });
        continue;
      }
      const departments = units.filter((u) => u.kind !== 'position' && u.kind !== 'organisation' && u.path.length <= 2).length;
      if (departments < 2) {
        skipped.push({ organisation: o, reason: 'not-whole', count: departments, limit: 2, note: `it describes ${departments} department${departments === 1 ? '' : 's'}, not a whole organisation` });
        continue;
      }
    }
    if (duties < minDuties) {
      skipped.push({ organisation: o, reason: 'too-small', count: duties, limit: minDuties, note: `${duties} business duties, fewer than the ${minDuties} that describe the unit whole` });
      continue;
    }
    checked.add(o);
  }
  return { checked, skipped };
}

/** The share of the checked functions an organisation must own to describe its unit whole, unless the catalogue says otherwise. */
export const DEFAULT_MIN_SHARE = 0.5;

/**
 * Drops the coverage of organisations that own less than `minShare` of the
 * functions (any role): their document describes part of the unit (a few
 * posts, one office), so the functions it does not mention are no gaps.
 * Returns the coverage kept and the organisations dropped, with the reason.
 */
export function partialScopes(coverage: readonly Coverage[], minShare: number): { kept: Coverage[]; skipped: CoverageSkip[] } {
  const owned = new Map<string, [number, number]>();
  for (const c of coverage) {
    const f = owned.get(c.organisation) ?? [0, 0];
    f[0] += c.outcome === 'gap' || c.outcome === 'weak' ? 0 : 1; // a near duty owns nothing yet
    f[1] += 1;
    owned.set(c.organisation, f);
  }
  const skipped: CoverageSkip[] = [];
  for (const [organisation, [n, total]] of owned) {
    if (total > 0 && n / total < minShare) {
      skipped.push({ organisation, reason: 'partial', count: n, limit: total, note: `it owns ${n} of the ${total} functions, under the ${Math.round(minShare * 100)}% a whole unit's description shows: it describes part of the unit` });
    }
  }
  const dropped = new Set(skipped.map((s) => s.organisation));
  return { kept: coverage.filter((c) => !dropped.has(c.organisation)), skipped };
}
