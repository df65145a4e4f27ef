import type { Gap, Pair, Relation, Result, ResultDuty, Unit } from '../../src/model.ts';
import { RESULT_SCHEMA_VERSION, isConflict } from '../../src/model.ts';
import { summarize } from '../../src/findings/summary.ts';
import { DEFAULT_OPTIONS } from '../../src/run/analyze.ts';
import { dutyId, uniqueIds, unitId } from '../../src/util/ids.ts';

/** A small result for diff and acceptance tests, written for the case: units by path, duties by unit path and text. */
export interface ResultSpec {
  /** Document id (one document). */
  doc?: string;
  /** Each duty: [unit path "A/B", text]. Units are created as needed, in order. */
  duties: [string, string][];
  /** Pairs: [index of duty a, index of duty b, relation, score]. */
  pairs?: [number, number, Relation, number][];
  /** Gaps: function id and unit paths. */
  gaps?: { functionId: string; units?: string[]; kind?: Gap['kind'] }[];
}

/** Builds a schema-valid Result with ids computed the way the parser computes them. */
export function buildResult(spec: ResultSpec): Result {
  const doc = spec.doc ?? 'doc';
  const units: Unit[] = [];
  const unitByPath = new Map<string, Unit>();
  const unitOf = (path: string): Unit => {
    let u = unitByPath.get(path);
    if (!u) {
      const names = path.split('/');
      const parent = names.length > 1 ? unitOf(names.slice(0, -1).join('/')) : null;
      u = {
        id: unitId(doc, names),
        documentId: doc,
        name: names.at(-1)!,
        kind: 'unit',
        parentId: parent?.id ?? null,
        path: names,
        attributes: {},
        source: { file: `${doc}.txt`, line: 0 },
      };
      unitByPath.set(path, u);
      units.push(u);
    }
    return u;
  };
  const duties: ResultDuty[] = spec.duties.map(([path, text], i) => {
    const u = unitOf(path);
    return {
      id: dutyId(u.id, text),
      unitId: u.id,
      parentId: null,
      level: 0,
      number: `${i + 1}.`,
      text,
      normalized: text,
      role: 'lead',
      proposed: false,
      note: null,
      links: [],
      source: { file: `${doc}.txt`, line: i + 1 },
      category: 'business',
    };
  });
  // Repeated duties of one unit get suffixed ids, as the parser gives them.
  const ids = uniqueIds(duties.map((d) => d.id));
  duties.forEach((d, i) => (d.id = ids[i]));
  const pairs: Pair[] = (spec.pairs ?? []).map(([i, j, relation, score]) => {
    const [a, b] = duties[i].id < duties[j].id ? [duties[i], duties[j]] : [duties[j], duties[i]];
    return {
      a: a.id,
      b: b.id,
      organisation: doc,
      score,
      relation,
      conflict: isConflict(relation),
      bothLead: isConflict(relation),
      roles: ['lead', 'lead'],
      sharedTerms: [],
      differingTerms: [[], []],
      reason: { rule: 'text', params: { text: 'test' }, terms: [] },
    };
  });
  const gaps: Gap[] = (spec.gaps ?? []).map((g) => ({
    kind: g.kind ?? 'gap',
    organisation: doc,
    functionId: g.functionId,
    functionName: g.functionId,
    unitIds: (g.units ?? []).map((p) => unitOf(p).id),
    dutyIds: [],
    note: { rule: 'text', text: 'test' },
  }));
  const organisations = [{ id: doc, name: doc, documentIds: [doc] }];
  const documents = [{ id: doc, title: doc, source: { file: `${doc}.txt`, line: 0 }, language: 'zh' as const, script: 'simplified' as const, organisation: doc }];
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { name: 'dutylens', version: 'test' },
    generatedAt: null,
    options: DEFAULT_OPTIONS,
    organisations,
    documents,
    copies: [],
    units,
    duties,
    pairs,
    genericGroups: [],
    matrix: [],
    coverage: [],
    gaps,
    ...summarize({ organisations, documents, copies: [], units, duties, genericGroups: [], gaps }, pairs),
  };
}
