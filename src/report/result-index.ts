/**
 * Lookups over a Result, built once per render so renderers stay simple and
 * linear. Lists keep the order they have in the result (document order).
 */
import type { GenericGroup, OrgDocument, Pair, Result, ResultDuty, Unit, UnitMatrix } from '../model.ts';

/** Maps from ids to the result's documents, units, duties, pairs and matrices. */
export interface ResultIndex {
  /** The result the index was built from. */
  result: Result;
  /** Documents by id. */
  documentById: Map<string, OrgDocument>;
  /** Units by id. */
  unitById: Map<string, Unit>;
  /** Duties by id. */
  dutyById: Map<string, ResultDuty>;
  /** Units of each document, in result order. */
  unitsByDocument: Map<string, Unit[]>;
  /** Duties of each unit, in result order. */
  dutiesByUnit: Map<string, ResultDuty[]>;
  /** Pairs of each document, in result order. */
  pairsByDocument: Map<string, Pair[]>;
  /** Pairs each duty takes part in. */
  pairsByDuty: Map<string, Pair[]>;
  /** Generic groups of each document. */
  genericByDocument: Map<string, GenericGroup[]>;
  /** The matrix of each document. */
  matrixByDocument: Map<string, UnitMatrix>;
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
    documentById: new Map(result.documents.map((d) => [d.id, d])),
    unitById: new Map(result.units.map((u) => [u.id, u])),
    dutyById: new Map(result.duties.map((d) => [d.id, d])),
    unitsByDocument: new Map(result.documents.map((d) => [d.id, []])),
    dutiesByUnit: new Map(result.units.map((u) => [u.id, []])),
    pairsByDocument: new Map(result.documents.map((d) => [d.id, []])),
    pairsByDuty: new Map(),
    genericByDocument: new Map(result.documents.map((d) => [d.id, []])),
    matrixByDocument: new Map(result.matrix.map((m) => [m.documentId, m])),
  };
  for (const u of result.units) push(index.unitsByDocument, u.documentId, u);
  for (const d of result.duties) push(index.dutiesByUnit, d.unitId, d);
  for (const p of result.pairs) {
    push(index.pairsByDocument, p.documentId, p);
    push(index.pairsByDuty, p.a, p);
    push(index.pairsByDuty, p.b, p);
  }
  for (const g of result.genericGroups) push(index.genericByDocument, g.documentId, g);
  return index;
}

/** The unit of a duty id (throws on a dangling id: the result is inconsistent). */
export function unitOfDuty(index: ResultIndex, dutyId: string): Unit {
  const duty = index.dutyById.get(dutyId);
  const unit = duty && index.unitById.get(duty.unitId);
  if (!unit) throw new Error(`result names duty ${dutyId} that has no unit`);
  return unit;
}
