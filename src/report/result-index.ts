/**
 * Lookups over a Result, built once per render so renderers stay simple and
 * linear. Lists keep the order they have in the result (organisation order).
 */
import type { GenericGroup, Organisation, OrganisationSummary, OrgDocument, Pair, Result, ResultDuty, Unit, UnitMatrix } from '../model.ts';

/** Maps from ids to the result's organisations, documents, units, duties, pairs and matrices. */
export interface ResultIndex {
  /** The result the index was built from. */
  result: Result;
  /** Organisations by id. */
  organisationById: Map<string, Organisation>;
  /** Documents by id. */
  documentById: Map<string, OrgDocument>;
  /** Units by id. */
  unitById: Map<string, Unit>;
  /** Duties by id. */
  dutyById: Map<string, ResultDuty>;
  /** Each unit's position in the result's units. */
  unitPosition: Map<string, number>;
  /** Each duty's position in the result's duties. */
  dutyPosition: Map<string, number>;
  /** Units of each organisation (of all its documents), in result order. */
  unitsByOrganisation: Map<string, Unit[]>;
  /** Duties of each unit, in result order. */
  dutiesByUnit: Map<string, ResultDuty[]>;
  /** Pairs of each organisation, in result order. */
  pairsByOrganisation: Map<string, Pair[]>;
  /** Pairs each duty takes part in. */
  pairsByDuty: Map<string, Pair[]>;
  /** Generic groups of each organisation. */
  genericByOrganisation: Map<string, GenericGroup[]>;
  /** The matrix of each organisation. */
  matrixByOrganisation: Map<string, UnitMatrix>;
  /** The counts of each organisation, as the result states them. */
  summaryByOrganisation: Map<string, OrganisationSummary>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the lookups of a result. */
export function indexResult(result: Result): ResultIndex {
  const index: ResultIndex = {
    result,
    organisationById: new Map(result.organisations.map((o) => [o.id, o])),
    documentById: new Map(result.documents.map((d) => [d.id, d])),
    unitById: new Map(result.units.map((u) => [u.id, u])),
    dutyById: new Map(result.duties.map((d) => [d.id, d])),
    unitPosition: new Map(result.units.map((u, i) => [u.id, i])),
    dutyPosition: new Map(result.duties.map((d, i) => [d.id, i])),
    unitsByOrganisation: new Map(result.organisations.map((o) => [o.id, []])),
    dutiesByUnit: new Map(result.units.map((u) => [u.id, []])),
    pairsByOrganisation: new Map(result.organisations.map((o) => [o.id, []])),
    pairsByDuty: new Map(),
    genericByOrganisation: new Map(result.organisations.map((o) => [o.id, []])),
    matrixByOrganisation: new Map(result.matrix.map((m) => [m.organisation, m])),
    summaryByOrganisation: new Map(result.organisationSummaries.map((s) => [s.organisation, s])),
  };
  const organisationOfDocument = new Map(result.organisations.flatMap((o) => o.documentIds.map((d) => [d, o.id] as const)));
  for (const u of result.units) push(index.unitsByOrganisation, organisationOfDocument.get(u.documentId) ?? u.documentId, u);
  for (const d of result.duties) push(index.dutiesByUnit, d.unitId, d);
  for (const p of result.pairs) {
    push(index.pairsByOrganisation, p.organisation, p);
    push(index.pairsByDuty, p.a, p);
    push(index.pairsByDuty, p.b, p);
  }
  for (const g of result.genericGroups) push(index.genericByOrganisation, g.organisation, g);
  return index;
}

/** Whether a unit is `top` or sits under it (a coverage entry's unit answers for its sub-units' duties). Stops on a cycle. */
export function isWithin(index: ResultIndex, unitId: string, top: string): boolean {
  const seen = new Set<string>();
  for (let id: string | null | undefined = unitId; id && !seen.has(id); id = index.unitById.get(id)?.parentId) {
    if (id === top) return true;
    seen.add(id);
  }
  return false;
}

/** The unit of a duty id (throws on a dangling id: the result is inconsistent). */
export function unitOfDuty(index: ResultIndex, dutyId: string): Unit {
  const duty = index.dutyById.get(dutyId);
  const unit = duty && index.unitById.get(duty.unitId);
  if (!unit) throw new Error(`result names duty ${dutyId} that has no unit`);
  return unit;
}
