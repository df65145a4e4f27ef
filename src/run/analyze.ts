import type {
  AnalysisOptions,
  Coverage,
  Gap,
  Language,
  OrgModel,
  Pair,
  Result,
  ResultDuty,
  Unit,
} from '../model.ts';
import { RESULT_SCHEMA_VERSION, isConflict } from '../model.ts';
import { DEFAULT_OPTIONS } from './defaults.ts';
import { categoryOf } from '../findings/category.ts';
import { groupBoilerplate } from '../findings/generic-groups.ts';
import { unitMatrix } from '../findings/matrix.ts';
import { classifyPair, type DutyFacts } from '../findings/relation.ts';
import type { RelationRules } from '../findings/rules.ts';
import { segmentsOf } from '../findings/segments.ts';
import { unitDomain, unitLink } from '../findings/unit-links.ts';
import { summarize } from '../findings/summary.ts';
import { compareTerms, wordFrequencies } from '../findings/terms-rank.ts';
import { allPairs } from '../similarity/all-pairs.ts';
import { allPairsParallel } from '../similarity/all-pairs-parallel.ts';
import type { SparseVector } from '../similarity/sparse.ts';
import { unitScoreMatrix } from '../similarity/unit-similarity.ts';
import { buildVectorSpace, vectorize, type VectorSpace } from '../similarity/vectorize.ts';
import type { Lexicon } from '../text/lexicon.ts';
import { termsOf, type TextTerms } from '../text/terms.ts';
import { TOOL } from '../util/version.ts';
import { round } from '../util/round.ts';

export { DEFAULT_OPTIONS };


/** Everything the analysis reads besides the org model: lexicons and rules, loaded once by the caller. */
export interface AnalysisResources {
  lexicon: Lexicon;
  rules: RelationRules;
  /** Gap finding, when a catalogue is used: given the analysed duties, their vectors and the vector space. */
  coverage?: (input: CoverageContext) => { coverage: Coverage[]; gaps: Gap[] };
  /** Called between stages, for progress display. */
  progress?: (stage: string, done: number, total: number) => void;
  /**
   * Threads for the all-pairs search (main thread + workers − 1), used from
   * `parallelFrom` duties on; below that a worker's start-up (~0.3 s) costs
   * more than it saves. Defaults: 2 threads from 10,000 duties.
   */
  workers?: number;
  parallelFrom?: number;
}

/** What gap finding gets from the analysis. */
export interface CoverageContext {
  model: OrgModel;
  duties: ResultDuty[];
  terms: TextTerms[];
  vectors: SparseVector[];
  space: VectorSpace;
  languageOf: (documentId: string) => Language;
}

function findAll(text: string, words: readonly string[]): string[] {
  const found: string[] = [];
  let rest = text;
  for (const w of words) {
    if (rest.includes(w)) {
      found.push(w);
      rest = rest.split(w).join('\u0000');
    }
  }
  return found;
}

const byString = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The most units a document's matrix shows one by one (O*NET's 923 occupations
 * fit); larger documents are shown through their top-level units (matrixUnits).
 */
const MATRIX_UNITS = 1000;

/** Each document's own units, duties and pairs, found in one pass. */
function groupByDocument(model: OrgModel, duties: readonly ResultDuty[], pairs: readonly Pair[]) {
  const parts = new Map(model.documents.map((d) => [d.id, { units: [] as Unit[], duties: [] as ResultDuty[], pairs: [] as Pair[] }]));
  const docOfUnit = new Map(model.units.map((u) => [u.id, u.documentId]));
  for (const u of model.units) parts.get(u.documentId)?.units.push(u);
  for (const d of duties) parts.get(docOfUnit.get(d.unitId) ?? '')?.duties.push(d);
  for (const p of pairs) parts.get(p.documentId)?.pairs.push(p);
  return parts;
}

/**
 * How alike each two units of a document read (unitScoreMatrix: duty profiles
 * and pooled text), in the document's unit order; undefined above `maxUnits`,
 * where a dense matrix would not fit and the matrix falls back to coverage.
 */
function documentUnitScores(
  documentId: string,
  units: readonly Unit[],
  duties: readonly ResultDuty[],
  terms: readonly TextTerms[],
  vectors: readonly SparseVector[],
  maxUnits = 3000,
): Float64Array | undefined {
  const docUnits = units.filter((u) => u.documentId === documentId);
  if (docUnits.length < 2 || docUnits.length > maxUnits) return undefined;
  const local = new Map(docUnits.map((u, i) => [u.id, i]));
  // Every duty counts here, boilerplate too: a task many units share says the units are related.
  const members = duties.flatMap((d, i) => (local.has(d.unitId) ? [i] : []));
  return unitScoreMatrix(
    members.map((i) => terms[i].features),
    members.map((i) => vectors[i]),
    Int32Array.from(members, (i) => local.get(duties[i].unitId)!),
    docUnits.length,
  );
}

/**
 * The analysis pipeline, top to bottom: categorise → group boilerplate →
 * terms → vectors → all pairs → classify → matrix → coverage → summary.
 * Pure: the same model, options and resources give the same result (the
 * all-pairs search may run on worker threads; its output does not depend on it).
 */
export async function analyzeModel(model: OrgModel, options: AnalysisOptions, resources: AnalysisResources): Promise<Result> {
  const { lexicon, rules, progress } = resources;
  const unitById = new Map(model.units.map((u) => [u.id, u]));
  const docLanguage = new Map(model.documents.map((d) => [d.id, d.language]));
  const languageOf = (documentId: string): Language =>
    options.language === 'auto' ? (docLanguage.get(documentId) ?? 'zh') : options.language;
  const docOfDuty = (unitId: string) => unitById.get(unitId)?.documentId ?? '';

  progress?.('categorise', 0, model.duties.length);
  const initial = model.duties.map((d) => ({
    id: d.id,
    unitId: d.unitId,
    documentId: docOfDuty(d.unitId),
    normalized: d.normalized,
    category: categoryOf(d.normalized, rules),
  }));
  const { groups, categories } = groupBoilerplate(initial, Math.max(2, options.genericMinUnits), languageOf);
  const duties: ResultDuty[] = model.duties.map((d, i) => ({ ...d, category: categories[i] }));

  progress?.('terms', 0, duties.length);
  const terms = duties.map((d, i) => termsOf(d.normalized, languageOf(initial[i].documentId), lexicon));
  progress?.('vectors', 0, duties.length);
  const space = buildVectorSpace(terms.map((t) => t.features));
  const vectors = terms.map((t) => vectorize(space, t.features));

  progress?.('pairs', 0, duties.length);
  const docIndex = new Map(model.documents.map((d, i) => [d.id, i]));
  const unitIndex = new Map(model.units.map((u, i) => [u.id, i]));
  const search = {
    vectors,
    threshold: options.candidateThreshold,
    block: Int32Array.from(initial, (d) => docIndex.get(d.documentId) ?? -1),
    group: Int32Array.from(duties, (d) => unitIndex.get(d.unitId) ?? -1),
    skip: Uint8Array.from(categories, (c) => (c === 'generic' ? 1 : 0)),
  };
  // Both give exactly the same pairs in the same order (test/similarity/all-pairs-parallel.test.ts).
  const hits =
    duties.length >= (resources.parallelFrom ?? 10_000) && (resources.workers ?? 2) > 1
      ? await allPairsParallel(search, { workers: resources.workers ?? 2 })
      : allPairs(search);

  progress?.('classify', 0, hits.length);
  const df = wordFrequencies(terms.map((t) => t.words));
  const domains = new Map(model.units.map((u) => [u.id, unitDomain(u)]));
  const unitSegments = new Map(model.units.map((u) => [u.id, segmentsOf(u.path.join(' '), rules.segments)]));
  const facts: DutyFacts[] = duties.map((d) => {
    const own = segmentsOf(d.normalized, rules.segments);
    for (const [group, set] of unitSegments.get(d.unitId) ?? []) if (!own.has(group)) own.set(group, set);
    return {
      role: d.role,
      category: d.category,
      segments: own,
      steer: findAll(d.normalized, rules.steer),
      execute: findAll(d.normalized, rules.execute),
      links: d.links,
      unitName: unitById.get(d.unitId)?.name ?? '',
      text: d.normalized,
      domain: domains.get(d.unitId) ?? null,
    };
  });
  const pairs: Pair[] = [];
  for (const hit of hits) {
    const [i, j] = duties[hit.i].id < duties[hit.j].id ? [hit.i, hit.j] : [hit.j, hit.i];
    const a = duties[i];
    const b = duties[j];
    const documentId = initial[i].documentId;
    const compared = compareTerms(terms[i].words, terms[j].words, df);
    const score = round(hit.score, 4);
    const link = unitLink(unitById.get(a.unitId)!, unitById.get(b.unitId)!, unitById);
    const decided = classifyPair(
      facts[i],
      facts[j],
      { score, link, sharedTerms: compared.shared, language: languageOf(documentId) },
      { overlap: options.overlapThreshold, duplicate: options.duplicateThreshold },
    );
    if (!decided) continue;
    const conflict = isConflict(decided.relation);
    pairs.push({
      a: a.id,
      b: b.id,
      documentId,
      score,
      relation: decided.relation,
      conflict,
      bothLead: conflict && a.role === 'lead' && b.role === 'lead',
      roles: [a.role, b.role],
      sharedTerms: compared.shared,
      differingTerms: [compared.onlyA, compared.onlyB],
      reason: decided.reason,
    });
  }
  pairs.sort((x, y) => byString(x.documentId, y.documentId) || byString(x.a, y.a) || byString(x.b, y.b));

  progress?.('matrix', 0, model.documents.length);
  const byDocument = groupByDocument(model, duties, pairs);
  const matrix = model.documents.map((d) => {
    const part = byDocument.get(d.id)!;
    const similarity = part.units.length <= MATRIX_UNITS ? documentUnitScores(d.id, model.units, duties, terms, vectors) : undefined;
    return unitMatrix(d.id, part.units, part.duties, part.pairs, similarity, MATRIX_UNITS);
  });
  const found = resources.coverage?.({ model, duties, terms, vectors, space, languageOf }) ?? { coverage: [], gaps: [] };

  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: TOOL,
    generatedAt: null,
    options,
    documents: model.documents,
    units: model.units,
    duties,
    pairs,
    genericGroups: groups,
    matrix,
    coverage: found.coverage,
    gaps: found.gaps,
    summary: summarize(model.documents, model.units, duties, pairs, groups, found.gaps),
  };
}
