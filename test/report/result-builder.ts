/**
 * Test helper: builds a consistent Result from hand-written documents, units,
 * duties and pairs, computing the matrix, summary and ids the way the engine
 * promises to (coverage from conflict pairs, symmetric counts, a greedy
 * seriation). It is a stand-in for the engine so the report can be tested
 * from the contract alone; it is not analysis code and never ships.
 */
import { RESULT_SCHEMA_VERSION, isConflict } from '../../src/model.ts';
import { summarize } from '../../src/findings/summary.ts';
import type {
  Acceptance,
  GapNote,
  GenericReason,
  PairReason,
  AnalysisOptions,
  Coverage,
  Gap,
  GenericGroup,
  OrgDocument,
  Pair,
  Relation,
  Result,
  ResultDuty,
  Role,
  Unit,
  UnitMatrix,
} from '../../src/model.ts';
import { dutyId, unitId } from '../../src/util/ids.ts';

/** A hand-written coverage unit: the unit by name and its duties by key. */
export interface CoverageUnitSpec {
  unit: string;
  role: Role;
  keys: string[];
  score: number;
  terms?: string[];
}

/** A hand-written duty: a local key for pairing, and its fields. */
export interface DutySpec {
  key: string;
  text: string;
  role: Role;
  level?: number;
  parentKey?: string;
  number?: string | null;
  category?: ResultDuty['category'];
  proposed?: boolean;
  note?: string | null;
  links?: string[];
  line: number;
}

/** A hand-written unit with its duties. `parent` is the parent's name. */
export interface UnitSpec {
  name: string;
  kind: Unit['kind'];
  parent?: string;
  line: number;
  attributes?: Record<string, string>;
  duties: DutySpec[];
}

/** A hand-written pair between two duty keys. */
export interface PairSpec {
  a: string;
  b: string;
  score: number;
  relation: Relation;
  sharedTerms: string[];
  differingTerms?: [string[], string[]];
  /** Why: for same-wording, same-work and semantic, score and bothLead are taken from the pair. */
  reason: PairReason;
  acceptance?: Acceptance;
}

/** A hand-written document. */
export interface DocumentSpec {
  id: string;
  title: string;
  file: string;
  language: OrgDocument['language'];
  script: OrgDocument['script'];
  units: UnitSpec[];
  pairs: PairSpec[];
  genericGroups?: { label: string; keys: string[]; reason: GenericReason }[];
  coverage?: { functionId: string; functionName: string; outcome: Coverage['outcome']; units: CoverageUnitSpec[]; near?: CoverageUnitSpec[] }[];
  gaps?: { kind: Gap['kind']; functionId: string | null; functionName: string | null; units: string[]; keys: string[]; note: GapNote; acceptance?: Acceptance }[];
}

const round4 = (x: number): number => Math.round(x * 10000) / 10000;

/** Builds a schema-shaped Result from document specs. */
export function buildResult(docs: DocumentSpec[], options: AnalysisOptions): Result {
  const documents: OrgDocument[] = [];
  const units: Unit[] = [];
  const duties: ResultDuty[] = [];
  const pairs: Pair[] = [];
  const genericGroups: GenericGroup[] = [];
  const matrix: UnitMatrix[] = [];
  const coverage: Coverage[] = [];
  const gaps: Gap[] = [];

  for (const doc of docs) {
    documents.push({ id: doc.id, title: doc.title, source: { file: doc.file, line: 1 }, language: doc.language, script: doc.script });
    const unitIdByName = new Map<string, string>();
    const dutyByKey = new Map<string, ResultDuty>();
    const docUnits: Unit[] = [];
    for (const spec of doc.units) {
      const parent = spec.parent === undefined ? null : docUnits.find((u) => u.name === spec.parent)!;
      const path = parent ? [...parent.path, spec.name] : [spec.name];
      const unit: Unit = {
        id: unitId(doc.id, path),
        documentId: doc.id,
        name: spec.name,
        kind: spec.kind,
        parentId: parent ? parent.id : null,
        path,
        attributes: spec.attributes ?? {},
        source: { file: doc.file, line: spec.line },
      };
      unitIdByName.set(spec.name, unit.id);
      docUnits.push(unit);
      for (const d of spec.duties) {
        const normalized = d.text.normalize('NFKC');
        const duty: ResultDuty = {
          id: dutyId(unit.id, normalized),
          unitId: unit.id,
          parentId: d.parentKey ? dutyByKey.get(d.parentKey)!.id : null,
          level: d.level ?? 0,
          number: d.number ?? null,
          text: d.text,
          normalized,
          role: d.role,
          proposed: d.proposed ?? false,
          note: d.note ?? null,
          links: (d.links ?? []).map((name) => unitIdByName.get(name) ?? name),
          source: { file: doc.file, line: d.line },
          category: d.category ?? 'business',
        };
        dutyByKey.set(d.key, duty);
        duties.push(duty);
      }
    }
    units.push(...docUnits);
    const docPairs: Pair[] = doc.pairs.map((p) => {
      let da = dutyByKey.get(p.a)!;
      let db = dutyByKey.get(p.b)!;
      let differing = p.differingTerms ?? [[], []];
      if (da.id > db.id) {
        [da, db] = [db, da];
        differing = [differing[1], differing[0]];
      }
      const bothLead = isConflict(p.relation) && da.role === 'lead' && db.role === 'lead';
      const reason: PairReason =
        p.reason.rule === 'same-wording' || p.reason.rule === 'same-work' || p.reason.rule === 'semantic'
          ? ({ ...p.reason, params: { ...p.reason.params, score: round4(p.score), bothLead } } as PairReason)
          : p.reason;
      return {
        a: da.id,
        b: db.id,
        organisation: doc.id,
        score: round4(p.score),
        relation: p.relation,
        conflict: isConflict(p.relation),
        bothLead,
        roles: [da.role, db.role],
        sharedTerms: p.sharedTerms,
        differingTerms: differing,
        reason,
        ...(p.acceptance ? { acceptance: p.acceptance } : {}),
      };
    });
    docPairs.sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1));
    pairs.push(...docPairs);
    for (const [i, g] of (doc.genericGroups ?? []).entries()) {
      genericGroups.push({ id: `${doc.id}/g${i + 1}`, organisation: doc.id, label: g.label, dutyIds: g.keys.map((k) => dutyByKey.get(k)!.id), reason: g.reason });
    }
    matrix.push(buildMatrix(doc.id, docUnits, duties, docPairs));
    const coverageUnit = (u: CoverageUnitSpec) => ({ unitId: unitIdByName.get(u.unit)!, role: u.role, dutyIds: u.keys.map((k) => dutyByKey.get(k)!.id), score: u.score, ...(u.terms ? { terms: u.terms } : {}) });
    for (const c of doc.coverage ?? []) {
      coverage.push({
        organisation: doc.id,
        functionId: c.functionId,
        functionName: c.functionName,
        outcome: c.outcome,
        units: c.units.map(coverageUnit),
        ...(c.near ? { near: c.near.map(coverageUnit) } : {}),
      });
    }
    for (const g of doc.gaps ?? []) {
      gaps.push({
        kind: g.kind,
        organisation: doc.id,
        functionId: g.functionId,
        functionName: g.functionName,
        unitIds: g.units.map((n) => unitIdByName.get(n)!),
        dutyIds: g.keys.map((k) => dutyByKey.get(k)!.id),
        note: g.note,
        ...(g.acceptance ? { acceptance: g.acceptance } : {}),
      });
    }
  }

  const organisations = documents.map((d) => ({ id: d.id, name: d.title, documentIds: [d.id] }));
  const resultDocuments = documents.map((d) => ({ ...d, organisation: d.id }));
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { name: 'dutylens', version: '0.1.0' },
    generatedAt: null,
    options,
    organisations,
    documents: resultDocuments,
    copies: [],
    units,
    duties,
    pairs,
    genericGroups,
    matrix,
    coverage,
    gaps,
    ...summarize({ organisations, documents: resultDocuments, copies: [], units, duties, genericGroups, gaps }, pairs),
  };
}

/** Coverage from conflict pairs, symmetric counts and a greedy seriation, as the engine promises. */
export function buildMatrix(organisation: string, docUnits: Unit[], allDuties: ResultDuty[], docPairs: Pair[]): UnitMatrix {
  const n = docUnits.length;
  const index = new Map(docUnits.map((u, i) => [u.id, i]));
  const unitOfDuty = new Map<string, number>();
  const dutyCount = new Array<number>(n).fill(0);
  for (const d of allDuties) {
    const i = index.get(d.unitId);
    if (i === undefined) continue;
    unitOfDuty.set(d.id, i);
    dutyCount[i]++;
  }
  // Sparse per-cell state keyed by i * n + j, so a 923-unit synthetic result stays light.
  const conflicted = new Map<number, Set<string>>();
  const countsByCell = new Map<number, Record<string, number>>();
  const bump = (i: number, j: number, relation: string) => {
    const c = countsByCell.get(i * n + j) ?? {};
    c[relation] = (c[relation] ?? 0) + 1;
    countsByCell.set(i * n + j, c);
  };
  const mark = (i: number, j: number, duty: string) => {
    const s = conflicted.get(i * n + j) ?? new Set<string>();
    s.add(duty);
    conflicted.set(i * n + j, s);
  };
  for (const p of docPairs) {
    const i = unitOfDuty.get(p.a)!;
    const j = unitOfDuty.get(p.b)!;
    bump(i, j, p.relation);
    if (i !== j) bump(j, i, p.relation);
    if (p.conflict) {
      mark(i, j, p.a);
      mark(j, i, p.b);
    }
  }
  const coverage = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (dutyCount[i] === 0 ? 0 : round4((conflicted.get(i * n + j)?.size ?? 0) / dutyCount[i]))),
  );
  const score = coverage.map((row, i) => row.map((c, j) => round4((c + coverage[j][i]) / 2)));
  const sortedCounts = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => Object.fromEntries(Object.entries(countsByCell.get(i * n + j) ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)))),
  );
  return { organisation, unitIds: docUnits.map((u) => u.id), order: seriate(score), coverage, score, counts: sortedCounts };
}
/** Greedy nearest-neighbour ordering from the most entangled unit. */
function seriate(score: number[][]): number[] {
  const n = score.length;
  if (n === 0) return [];
  const total = score.map((row) => row.reduce((s, x) => s + x, 0));
  let current = total.indexOf(Math.max(...total));
  const order = [current];
  const used = new Set(order);
  while (order.length < n) {
    let best = -1;
    for (let j = 0; j < n; j++) if (!used.has(j) && (best === -1 || score[current][j] > score[current][best])) best = j;
    order.push(best);
    used.add(best);
    current = best;
  }
  return order;
}
