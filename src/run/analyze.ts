import type {
  AnalysisOptions,
  Coverage,
  CoverageSkip,
  Gap,
  InputReading,
  Language,
  Organisation,
  OrgModel,
  OwnerSuggestion,
  Pair,
  Relation,
  Result,
  ResultDuty,
  ResultParts,
  SemanticRun,
  Unit,
} from '../model.ts';
import { RESULT_SCHEMA_VERSION, isConflict, organisationOf, wholeResult } from '../model.ts';
import { DEFAULT_OPTIONS } from './defaults.ts';
import { categoryOf } from '../findings/category.ts';
import { groupBoilerplate } from '../findings/generic-groups.ts';
import { unitMatrix } from '../findings/matrix.ts';
import { classifyPair, type DutyFacts, type PairFacts } from '../findings/relation.ts';
import type { RelationRules } from '../findings/rules.ts';
import { segmentsOf } from '../findings/segments.ts';
import type { ScopeInput } from '../findings/coverage-scope.ts';
import { unitDomain, unitLink } from '../findings/unit-links.ts';
import { sameUnits } from '../findings/unit-identity.ts';
import { mandateFit, profileFit, suggestOwner, unitProfiles, type UnitProfile } from '../findings/owners.ts';
import { normalizeText } from '../text/normalize.ts';
import { summarize } from '../findings/summary.ts';
import { compareRanked, rankWords, type RankedWords } from '../findings/terms-rank.ts';
import { addPair, createPairTable, firstDuty, pairAtIndex, pairOrder, type PairTable } from '../findings/pair-table.ts';
import { allPairsStream } from '../similarity/all-pairs-parallel.ts';
import { csrRow, sparseDot, type CsrMatrix, type SparseVector } from '../similarity/sparse.ts';
import { dot, mutualNeighbours, SEMANTIC_CANDIDATES, semanticFloor } from '../similarity/semantic-candidates.ts';
import { DEFAULT_UNIT_SCORE_OPTIONS, unitScoreMatrix } from '../similarity/unit-similarity.ts';
import { buildVectorSpaceOf, vectorize, vectorizeAll, withoutTemplate, type VectorizeOptions, type VectorSpace } from '../similarity/vectorize.ts';
import type { Lexicon } from '../text/lexicon.ts';
import { termsOf, type TextTerms } from '../text/terms.ts';
import { buildTermTable, featuresAt, termsAt, type TermTable } from '../text/term-table.ts';
import { TOOL } from '../util/version.ts';
import { round } from '../util/round.ts';

export { DEFAULT_OPTIONS };


/** Everything the analysis reads besides the org model: lexicons and rules, loaded once by the caller. */
export interface AnalysisResources {
  lexicon: Lexicon;
  rules: RelationRules;
  /**
   * Gap finding, when a catalogue is used: given the analysed duties, their vectors and the vector
   * space. `texts`: the catalogue's phrasings the semantic tier embeds for it (catalogueCoverage).
   */
  coverage?: {
    (input: CoverageContext): { coverage: Coverage[]; gaps: Gap[]; skipped?: CoverageSkip[] };
    readonly texts?: readonly string[];
    /** The organisations it will check (its scope test), so the semantic tier embeds only their duties. */
    readonly checked?: (input: ScopeInput) => ReadonlySet<string>;
  };
  /** Called between stages, for progress display. */
  progress?: (stage: string, done: number, total: number) => void;
  /**
   * Threads for the all-pairs search (main thread + workers − 1), used from
   * `parallelFrom` duties on; below that a worker's start-up (~0.3 s) costs
   * more than it saves. Defaults: 2 threads from 10,000 duties.
   */
  workers?: number;
  parallelFrom?: number;
  /** The semantic tier's embedder (with its cache), when options.semantic asks for it; loaded by the caller. */
  embedder?: { model: string; embed(texts: readonly string[]): Promise<Float32Array[]> };
}

/** What gap finding gets from the analysis. */
export interface CoverageContext {
  model: OrgModel;
  duties: ResultDuty[];
  terms: TextTerms[];
  vectors: SparseVector[];
  space: VectorSpace;
  languageOf: (documentId: string) => Language;
  /** With the semantic tier on: the embedding of a Chinese business duty's normalized text or of one of the coverage step's `texts`; undefined for any other text. */
  embedding?: (text: string) => Float32Array | undefined;
}

/**
 * The semantic tier's embeddings for gap finding (options.semantic or semanticGaps with a
 * catalogue): every Chinese business duty and the catalogue's phrasings,
 * by text. Undefined when the tier is off or there is nothing to compare.
 */
async function coverageEmbeddings(frame: Frame, categories: readonly string[]): Promise<Map<string, Float32Array> | undefined> {
  const { resources, options, duties, languageOf, documentOf, scopeOf, model } = frame;
  const texts = resources.coverage?.texts ?? [];
  if (!(options.semantic || options.semanticGaps) || !resources.embedder || texts.length === 0) return undefined;
  const checked = resources.coverage?.checked?.({ documents: model.documents, units: model.units, duties });
  const wanted = [
    ...new Set([
      ...texts,
      ...duties.filter((_, i) => categories[i] === 'business' && languageOf(documentOf[i]) === 'zh' && (checked?.has(scopeOf[i]) ?? true)).map((d) => d.normalized),
    ]),
  ];
  resources.progress?.('semantic', 0, wanted.length);
  const vectors = await resources.embedder.embed(wanted);
  return new Map(wanted.map((t, i) => [t, vectors[i]]));
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
 * The most units an organisation's matrix shows one by one (O*NET's 923
 * occupations fit); larger ones are shown through their top-level units (matrixUnits).
 */
const MATRIX_UNITS = 1000;

/**
 * The organisations of a model, in the order of their first document: the
 * scope of comparison. Units of one organisation are compared whatever
 * documents they come from; units of different organisations never are.
 */
export function organisationsOf(model: OrgModel): Organisation[] {
  const byId = new Map<string, Organisation>();
  for (const d of model.documents) {
    const id = organisationOf(d);
    const found = byId.get(id);
    if (found) found.documentIds.push(d.id);
    else byId.set(id, { id, name: id, documentIds: [d.id] });
  }
  const titles = new Map(model.documents.map((d) => [d.id, d.title]));
  // A one-document organisation named after its document reads as that document.
  for (const o of byId.values()) if (o.documentIds.length === 1 && o.documentIds[0] === o.id) o.name = titles.get(o.id) ?? o.id;
  return [...byId.values()];
}

/** Each organisation's units and duty positions, in model order, found in one pass. */
function organisationParts(model: OrgModel, organisations: readonly Organisation[], scopeOf: readonly string[]) {
  const parts = new Map(organisations.map((o) => [o.id, { units: [] as Unit[], duties: [] as number[] }]));
  const ofDocument = new Map(model.documents.map((d) => [d.id, organisationOf(d)]));
  for (const u of model.units) parts.get(ofDocument.get(u.documentId) ?? '')?.units.push(u);
  scopeOf.forEach((organisation, i) => parts.get(organisation)?.duties.push(i));
  return parts;
}

/**
 * How alike each two units of an organisation read (unitScoreMatrix: duty
 * profiles and pooled text), in its unit order; undefined above `maxUnits`,
 * where a dense matrix would not fit and the matrix falls back to coverage.
 */
function scopeUnitScores(
  docUnits: readonly Unit[],
  members: readonly number[],
  unitOf: (i: number) => string,
  table: TermTable,
  vectors: CsrMatrix,
  vectorOptions: VectorizeOptions,
  maxUnits = 3000,
): Float64Array | undefined {
  if (docUnits.length < 2 || docUnits.length > maxUnits) return undefined;
  const local = new Map(docUnits.map((u, i) => [u.id, i]));
  // Every duty counts here, boilerplate too: a task many units share says the units are related.
  return unitScoreMatrix(
    members.map((i) => featuresAt(table, i)),
    members.map((i) => csrRow(vectors, i)),
    Int32Array.from(members, (i) => local.get(unitOf(i))!),
    docUnits.length,
    DEFAULT_UNIT_SCORE_OPTIONS,
    vectorOptions,
  );
}

/** Each duty's place in result order: by organisation id, then duty id. */
function resultOrder(duties: readonly ResultDuty[], scopeOf: readonly string[]): Uint32Array {
  const order = Array.from(duties.keys()).sort((x, y) => byString(scopeOf[x], scopeOf[y]) || byString(duties[x].id, duties[y].id));
  const rank = new Uint32Array(duties.length);
  order.forEach((i, r) => (rank[i] = r));
  return rank;
}

/** The few fields of a pair the matrix and the summary count. */
interface PairFlags {
  a: string;
  b: string;
  organisation: string;
  relation: Relation;
  conflict: boolean;
  bothLead: boolean;
}

/** What the analysis works from: the model, the duties as categorised, and where each lies. */
interface Frame {
  model: OrgModel;
  options: AnalysisOptions;
  resources: AnalysisResources;
  duties: ResultDuty[];
  /** Each duty's document, and its organisation (the scope it is compared in). */
  documentOf: string[];
  scopeOf: string[];
  organisations: Organisation[];
  unitById: Map<string, Unit>;
  languageOf: (documentId: string) => Language;
  byOrganisation: ReturnType<typeof organisationParts>;
  /** Each unit's index for comparison: units that are one unit in two files (sameUnits) share it, and their duties are never paired. */
  unitGroup: Map<string, number>;
}

/** What the text stages leave for the rest: the vectors (for the pair search), ranked words, per-organisation unit scores and coverage. */
interface TextFindings {
  vectors: CsrMatrix;
  ranked: RankedWords;
  similarity: Map<string, Float64Array | undefined>;
  covered: { coverage: Coverage[]; gaps: Gap[]; skipped?: CoverageSkip[] };
  /** Each duty's fit with its own unit (name and other duties), for the owner suggestions. */
  fits: DutyFits;
}

/**
 * Terms → vectors → everything that needs the features: unit × unit scores
 * of each organisation and gap finding. The feature table is dropped when this
 * returns (only display-word ranks go on), so it never sits in memory beside
 * the pair search at scale.
 */
function textStages(frame: Frame, embedded?: ReadonlyMap<string, Float32Array>): TextFindings {
  const { duties, documentOf, languageOf, model, resources } = frame;
  const n = duties.length;
  resources.progress?.('terms', 0, n);
  const table = buildTermTable(n, (i) => termsOf(duties[i].normalized, languageOf(documentOf[i]), resources.lexicon));
  resources.progress?.('vectors', 0, n);
  const vectorOptions = { idfPrior: resources.lexicon.idfPrior };
  const space = buildVectorSpaceOf(n, (i) => featuresAt(table, i), vectorOptions);
  const plain = vectorizeAll(space, n, (i) => featuresAt(table, i), table.featureIds.length);
  // Duties are compared with each other without the documents' template; with a catalogue, as written.
  const vectors = withoutTemplate(space, plain);
  const similarity = new Map(
    frame.organisations.map((o) => {
      const part = frame.byOrganisation.get(o.id)!;
      const scores = part.units.length <= MATRIX_UNITS ? scopeUnitScores(part.units, part.duties, (i) => duties[i].unitId, table, vectors, vectorOptions) : undefined;
      return [o.id, scores] as const;
    }),
  );
  const covered = resources.coverage?.({
    model,
    duties,
    terms: Array.from({ length: n }, (_, i) => termsAt(table, i)),
    vectors: Array.from({ length: n }, (_, i) => csrRow(plain, i)),
    space,
    languageOf,
    ...(embedded ? { embedding: (text: string) => embedded.get(text) } : {}),
  }) ?? { coverage: [], gaps: [] };
  const owned = ownerStage(frame, space, (i) => csrRow(plain, i), covered.gaps);
  const gaps = covered.gaps.map((g) => (g.kind === 'multi-lead' ? { ...g, owner: owned.forFunction(g) } : g));
  return { vectors, ranked: rankWords(table), similarity, covered: { ...covered, gaps }, fits: owned.fits };
}

/** Per duty: the cosine of its work with its own unit's name and with the unit's other duties. */
export interface DutyFits {
  name: Float32Array;
  mandate: Float32Array;
}

/**
 * The owner stage's inputs, worked out while the vectors exist: each unit's
 * duty profile and name vector, each duty's fit with its own unit, and the
 * suggestion for a multi-lead catalogue function (its name's fit with each
 * leading unit). A conflict's suggestion is then a function of its two
 * duties' fits (ownerOfPair), so it needs no vectors when a pair is read.
 */
function ownerStage(frame: Frame, space: VectorSpace, vectorAt: (i: number) => SparseVector, gaps: readonly Gap[]) {
  const { duties, unitById, languageOf, documentOf, resources } = frame;
  const n = duties.length;
  const nameVectors = new Map<string, SparseVector>();
  const nameOf = (unitId: string): SparseVector => {
    let v = nameVectors.get(unitId);
    if (!v) {
      const unit = unitById.get(unitId);
      const name = unit ? (unitDomain(unit) ?? unit.name) : '';
      const language = languageOf(unit?.documentId ?? '');
      nameVectors.set(unitId, (v = vectorize(space, termsOf(normalizeText(name), language, resources.lexicon).features)));
    }
    return v;
  };
  // One unit's profile at a time (a million duties' profiles together would hold every vector again);
  // only the profiles of units that lead a multi-lead function are kept, for its suggestion.
  const byUnit = new Map<string, number[]>();
  duties.forEach((d, i) => {
    const list = byUnit.get(d.unitId);
    if (list) list.push(i);
    else byUnit.set(d.unitId, [i]);
  });
  const wanted = new Set(gaps.flatMap((g) => (g.kind === 'multi-lead' ? g.unitIds : [])));
  const profiles = new Map<string, UnitProfile>();
  const fits: DutyFits = { name: new Float32Array(n), mandate: new Float32Array(n) };
  for (const [unitId, members] of byUnit) {
    const profile = unitProfiles(members.length, () => unitId, (k) => vectorAt(members[k])).get(unitId);
    if (wanted.has(unitId) && profile) profiles.set(unitId, profile);
    for (const i of members) {
      const v = vectorAt(i);
      fits.name[i] = Math.max(0, sparseDot(v, nameOf(unitId)));
      fits.mandate[i] = mandateFit(profile, v);
    }
  }
  const at = new Map(duties.map((d, i) => [d.id, i]));
  const forFunction = (gap: Gap): OwnerSuggestion => {
    const language = languageOf(unitById.get(gap.unitIds[0] ?? '')?.documentId ?? documentOf[at.get(gap.dutyIds[0] ?? '') ?? -1] ?? '');
    const work = vectorize(space, termsOf(normalizeText(gap.functionName ?? ''), language, resources.lexicon).features);
    return suggestOwner(
      gap.unitIds.map((unitId) => {
        const own = gap.dutyIds.map((id) => at.get(id)).filter((i): i is number => i !== undefined && duties[i].unitId === unitId);
        const role = own.some((i) => duties[i].role === 'lead') ? 'lead' : (own.map((i) => duties[i].role)[0] ?? 'unspecified');
        return { unitId, name: Math.max(0, sparseDot(work, nameOf(unitId))), mandate: profileFit(profiles.get(unitId), work), role };
      }),
    );
  };
  return { fits, forFunction };
}

/** The owner suggestion for a pair of duties i, j, from their fits with their own units. */
export function ownerOfPair(fits: DutyFits, duties: readonly ResultDuty[], i: number, j: number): OwnerSuggestion {
  return suggestOwner(
    [i, j].map((k) => ({ unitId: duties[k].unitId, name: fits.name[k], mandate: fits.mandate[k], role: duties[k].role })),
  );
}

/** Decides a pair's relation (and reason) from both duties' facts; facts are worked out once per duty, for duties in a pair only. */
function relationDecider(frame: Frame) {
  const { duties, documentOf, unitById, languageOf, model, options } = frame;
  const rules = frame.resources.rules;
  const domains = new Map(model.units.map((u) => [u.id, unitDomain(u)]));
  const unitSegments = new Map(model.units.map((u) => [u.id, segmentsOf(u.path.join(' '), rules.segments)]));
  const facts: DutyFacts[] = [];
  const factsOf = (i: number): DutyFacts => (facts[i] ??= dutyFacts(duties[i], rules, unitSegments, unitById, domains));
  const thresholds = { overlap: options.overlapThreshold, duplicate: options.duplicateThreshold };
  return (i: number, j: number, score: number, sharedTerms: readonly string[], semantic?: number) =>
    classifyPair(
      factsOf(i),
      factsOf(j),
      {
        score,
        link: unitLink(unitById.get(duties[i].unitId)!, unitById.get(duties[j].unitId)!, unitById),
        sharedTerms,
        language: languageOf(documentOf[i]),
        ...(semantic === undefined ? {} : { semantic }),
      },
      thresholds,
    );
}

/**
 * All candidate pairs (exact all-pairs search, on worker threads from
 * `parallelFrom` duties), classified as they stream in; only kept pairs are
 * stored, compactly. The relation does not depend on the listed terms, which
 * are worked out when a pair is read.
 */
async function pairStage(frame: Frame, vectors: CsrMatrix, categories: readonly string[], decide: ReturnType<typeof relationDecider>): Promise<PairTable> {
  const { duties, scopeOf, options, resources } = frame;
  resources.progress?.('pairs', 0, duties.length);
  const scopeIndex = new Map(frame.organisations.map((o, i) => [o.id, i]));
  const found = createPairTable();
  const search = {
    vectors,
    threshold: options.candidateThreshold,
    // Only duties of one organisation are compared.
    block: Int32Array.from(scopeOf, (o) => scopeIndex.get(o) ?? -1),
    group: Int32Array.from(duties, (d) => frame.unitGroup.get(d.unitId) ?? -1),
    skip: Uint8Array.from(categories, (c) => (c === 'generic' ? 1 : 0)),
  };
  const threads = duties.length >= (resources.parallelFrom ?? 10_000) ? (resources.workers ?? 2) : 1;
  await allPairsStream(search, { workers: threads }, (hits) => {
    for (let k = 0; k < hits.length; k++) {
      const [i, j] = duties[hits.i[k]].id < duties[hits.j[k]].id ? [hits.i[k], hits.j[k]] : [hits.j[k], hits.i[k]];
      const score = round(hits.score[k], 4);
      const decided = decide(i, j, score, []);
      if (decided) addPair(found, i, j, score, decided.relation);
    }
  });
  return found;
}

/** The most Chinese duties of one organisation the semantic tier compares: its search is exact and dense (n² / 2 dot products of 512). */
const SEMANTIC_MAX_DUTIES = 20_000;

/** What the semantic stage adds: each added pair's cosine by its place in the pair table, and the run's record. */
interface SemanticFindings {
  cosineAt: Map<number, number>;
  run: SemanticRun;
}

/**
 * The semantic tier (options.semantic, Chinese duties only: the model scores
 * below word TF-IDF on English): per organisation, embed its business
 * duties, propose mutual nearest cross-unit neighbours above the
 * organisation's own floor, and classify those the word search did not
 * keep. Each added pair records its cosine, and its reason says that only
 * the semantic tier found it.
 */
async function semanticStage(
  frame: Frame,
  vectors: CsrMatrix,
  categories: readonly string[],
  decide: ReturnType<typeof relationDecider>,
  found: PairTable,
): Promise<SemanticFindings | undefined> {
  const embedder = frame.resources.embedder;
  if (!frame.options.semantic || !embedder) return undefined;
  const { duties, documentOf, languageOf } = frame;
  const kept = new Set<string>();
  for (let k = 0; k < found.length; k++) {
    const { a, b } = pairAtIndex(found, k);
    kept.add(`${a}:${b}`);
  }
  const cosineAt = new Map<number, number>();
  const run: SemanticRun = { model: embedder.model, organisations: [] };
  for (const o of frame.organisations) {
    const members = frame.byOrganisation.get(o.id)!.duties.filter((i) => categories[i] !== 'generic' && languageOf(documentOf[i]) === 'zh');
    if (members.length < 2) continue;
    if (members.length > SEMANTIC_MAX_DUTIES) {
      run.organisations.push({ id: o.id, duties: members.length, floor: 0, candidates: 0, added: 0, skipped: `more than ${SEMANTIC_MAX_DUTIES} duties in one organisation` });
      continue;
    }
    frame.resources.progress?.('semantic', 0, members.length);
    const embedded = await embedder.embed(members.map((i) => duties[i].normalized));
    const group = Int32Array.from(members, (i) => frame.unitGroup.get(duties[i].unitId) ?? -1);
    // The search uses the floor as computed; rounded (as the record shows it) it could rise above the very cosine it came from.
    const floor = semanticFloor(embedded, group, SEMANTIC_CANDIDATES);
    const candidates = mutualNeighbours(embedded, group, SEMANTIC_CANDIDATES.neighbours, floor);
    let added = 0;
    for (const c of candidates) {
      const [i, j] = duties[members[c.i]].id < duties[members[c.j]].id ? [members[c.i], members[c.j]] : [members[c.j], members[c.i]];
      if (kept.has(`${i}:${j}`)) continue;
      const score = round(sparseDot(csrRow(vectors, i), csrRow(vectors, j)), 4);
      const cosine = round(c.cosine, 4);
      const decided = decide(i, j, score, [], cosine);
      if (!decided) continue;
      cosineAt.set(found.length, cosine);
      addPair(found, i, j, score, decided.relation);
      added++;
    }
    run.organisations.push({ id: o.id, duties: members.length, floor: round(floor, 4), candidates: candidates.length, added });
  }
  return { cosineAt, run };
}

/** Each unit's comparison index: the model position of the unit it is (sameUnits). */
function unitGroups(model: OrgModel, same: ReadonlyMap<string, string>): Map<string, number> {
  const index = new Map(model.units.map((u, i) => [u.id, i]));
  return new Map(model.units.map((u) => [u.id, index.get(same.get(u.id) ?? u.id)!]));
}

/** The model as the analysis works from it: duties categorised (boilerplate grouped), each duty's document and organisation. */
function frameOf(model: OrgModel, options: AnalysisOptions, resources: AnalysisResources) {
  const unitById = new Map(model.units.map((u) => [u.id, u]));
  const docLanguage = new Map(model.documents.map((d) => [d.id, d.language]));
  const languageOf = (documentId: string): Language =>
    options.language === 'auto' ? (docLanguage.get(documentId) ?? 'zh') : options.language;
  const documentOf = model.duties.map((d) => unitById.get(d.unitId)?.documentId ?? '');
  const organisationOfDocument = new Map(model.documents.map((d) => [d.id, organisationOf(d)]));
  const scopeOf = documentOf.map((documentId) => organisationOfDocument.get(documentId) ?? '');
  const organisations = organisationsOf(model);
  const same = sameUnits(model.units, model.documents);
  resources.progress?.('categorise', 0, model.duties.length);
  const { groups, categories } = groupBoilerplate(
    model.duties.map((d, i) => ({ id: d.id, unitId: same.get(d.unitId) ?? d.unitId, organisation: scopeOf[i], normalized: d.normalized, category: categoryOf(d.normalized, resources.rules, unitById.get(d.unitId)?.path.join('/') ?? '') })),
    Math.max(2, options.genericMinUnits),
  );
  const duties: ResultDuty[] = model.duties.map((d, i) => ({ ...d, category: categories[i] }));
  const byOrganisation = organisationParts(model, organisations, scopeOf);
  const frame: Frame = { model, options, resources, duties, documentOf, scopeOf, organisations, unitById, languageOf, byOrganisation, unitGroup: unitGroups(model, same) };
  return { frame, groups, categories };
}

/** What the decision sees of one pair of duties: both duties' facts and the pair's. */
export interface PairEvidence {
  a: DutyFacts;
  b: DutyFacts;
  pair: PairFacts;
}

/**
 * The evidence the relation decision gets for given pairs of duty ids, as the
 * analysis would build it (lexical score from the same vectors; the semantic
 * cosine when resources carry an embedder), whether or not the pair search
 * would propose the pair. For evaluation and for fitting the decision; null
 * for an id the model lacks.
 */
export async function pairEvidence(
  model: OrgModel,
  options: AnalysisOptions,
  resources: AnalysisResources,
  wanted: readonly (readonly [string, string])[],
): Promise<(PairEvidence | null)[]> {
  const { frame, categories } = frameOf(model, options, resources);
  const { duties, unitById, languageOf, documentOf } = frame;
  const text = textStages(frame);
  const at = new Map(duties.map((d, i) => [d.id, i]));
  const rules = resources.rules;
  const domains = new Map(model.units.map((u) => [u.id, unitDomain(u)]));
  const unitSegments = new Map(model.units.map((u) => [u.id, segmentsOf(u.path.join(' '), rules.segments)]));
  const embedded = new Map<number, Float32Array>();
  if (resources.embedder) {
    const members = duties.map((_, i) => i).filter((i) => categories[i] !== 'generic' && languageOf(documentOf[i]) === 'zh');
    const vectors = await resources.embedder.embed(members.map((i) => duties[i].normalized));
    members.forEach((i, k) => embedded.set(i, vectors[k]));
  }
  return wanted.map(([x, y]) => {
    const i = at.get(x);
    const j = at.get(y);
    if (i === undefined || j === undefined) return null;
    const ei = embedded.get(i);
    const ej = embedded.get(j);
    const semantic = ei && ej ? round(dot(ei, ej), 4) : undefined;
    return {
      a: dutyFacts(duties[i], rules, unitSegments, unitById, domains),
      b: dutyFacts(duties[j], rules, unitSegments, unitById, domains),
      pair: {
        score: round(sparseDot(csrRow(text.vectors, i), csrRow(text.vectors, j)), 4),
        link: unitLink(unitById.get(duties[i].unitId)!, unitById.get(duties[j].unitId)!, unitById),
        sharedTerms: [],
        language: languageOf(documentOf[i]),
        ...(semantic === undefined ? {} : { semantic }),
      },
    };
  });
}

/**
 * The owner suggestion for given pairs of duty ids, as the analysis would
 * make it for a conflict, whether or not the pair search flags the pair (for
 * evaluation against gold owners); null for an id the model lacks.
 */
export function ownerSuggestions(
  model: OrgModel,
  options: AnalysisOptions,
  resources: AnalysisResources,
  wanted: readonly (readonly [string, string])[],
): (OwnerSuggestion | null)[] {
  const { frame } = frameOf(model, options, { ...resources, coverage: undefined });
  const { fits } = textStages(frame);
  const at = new Map(frame.duties.map((d, i) => [d.id, i]));
  return wanted.map(([x, y]) => {
    const i = at.get(x);
    const j = at.get(y);
    return i === undefined || j === undefined ? null : ownerOfPair(fits, frame.duties, i, j);
  });
}

/**
 * The analysis pipeline, top to bottom: categorise → group boilerplate →
 * terms → vectors → unit scores and coverage → all pairs (classified as they
 * stream in) → matrix → summary. Pure: the same model, options and resources
 * give the same result (the all-pairs search may run on worker threads; its
 * output does not depend on it). Pairs are kept in a compact table and
 * expanded (terms, reason) when read, and each stage drops what the next
 * does not need, so this scales to a million duties; see analyzeModel for
 * the whole Result. `readings` (how each input file was read, from the
 * load) are recorded in the result as they are.
 */
export async function analyzeParts(
  model: OrgModel,
  options: AnalysisOptions,
  resources: AnalysisResources,
  readings: readonly InputReading[] = [],
): Promise<ResultParts> {
  const { frame, groups, categories } = frameOf(model, options, resources);
  const { duties, scopeOf, organisations, byOrganisation } = frame;

  const embedded = await coverageEmbeddings(frame, categories);
  const text: Partial<TextFindings> = textStages(frame, embedded);
  const decide = relationDecider(frame);
  const pairs = await pairStage(frame, text.vectors!, categories, decide);
  const semantic = await semanticStage(frame, text.vectors!, categories, decide, pairs);
  // With semanticGaps alone the tier only matched duties to the catalogue: the record says so.
  const semanticRun: SemanticRun | undefined = semantic?.run ?? (embedded && resources.embedder ? { model: resources.embedder.model, gapsOnly: true, organisations: [] } : undefined);
  delete text.vectors; // the vectors' only reader was the pair search
  const ranked = text.ranked!;
  const fits = text.fits!;
  const order = pairOrder(pairs, resultOrder(duties, scopeOf));
  const pairAt = (at: number): Pair => {
    const { a: i, b: j, score } = pairAtIndex(pairs, order[at]);
    const a = duties[i];
    const b = duties[j];
    const compared = compareRanked(ranked, i, j);
    const cosine = semantic?.cosineAt.get(order[at]);
    const decided = decide(i, j, score, compared.shared, cosine)!;
    const conflict = isConflict(decided.relation);
    return {
      a: a.id,
      b: b.id,
      organisation: scopeOf[i],
      score,
      relation: decided.relation,
      conflict,
      bothLead: conflict && a.role === 'lead' && b.role === 'lead',
      roles: [a.role, b.role],
      sharedTerms: compared.shared,
      differingTerms: [compared.onlyA, compared.onlyB],
      reason: decided.reason,
      ...(cosine === undefined ? {} : { semantic: cosine }),
      ...(conflict ? { owner: ownerOfPair(fits, duties, i, j) } : {}),
    };
  };
  const flagsAt = (at: number): PairFlags => {
    const { a: i, b: j, relation } = pairAtIndex(pairs, order[at]);
    const conflict = isConflict(relation);
    const a = duties[i];
    const b = duties[j];
    return { a: a.id, b: b.id, organisation: scopeOf[i], relation, conflict, bothLead: conflict && a.role === 'lead' && b.role === 'lead' };
  };

  resources.progress?.('matrix', 0, organisations.length);
  // Pairs are in organisation order, so each organisation's pairs are one run of the table.
  const pairRange = new Map<string, [number, number]>();
  for (let k = 0; k < pairs.length; k++) {
    const organisation = scopeOf[firstDuty(pairs, order[k])];
    const range = pairRange.get(organisation);
    if (range) range[1] = k + 1;
    else pairRange.set(organisation, [k, k + 1]);
  }
  const matrix = organisations.map((o) => {
    const part = byOrganisation.get(o.id)!;
    const [from, to] = pairRange.get(o.id) ?? [0, 0];
    const scopePairs = Array.from({ length: to - from }, (_, k) => flagsAt(from + k));
    return unitMatrix(o.id, part.units, part.duties.map((i) => duties[i]), scopePairs, text.similarity!.get(o.id), MATRIX_UNITS);
  });
  const covered = text.covered!;

  const flags = function* () {
    for (let k = 0; k < pairs.length; k++) yield flagsAt(k);
  };
  const documents = model.documents.map((d) => ({ ...d, organisation: organisationOf(d) }));
  const copies = model.copies ?? [];
  const counted = { organisations, documents, copies, units: model.units, duties, genericGroups: groups, gaps: covered.gaps };
  return {
    head: {
      schemaVersion: RESULT_SCHEMA_VERSION,
      tool: TOOL,
      generatedAt: null,
      options,
      organisations,
      documents,
      copies,
      units: model.units,
      duties,
      genericGroups: groups,
      matrix,
      coverage: covered.coverage,
      gaps: covered.gaps,
      ...(covered.skipped && covered.skipped.length > 0 ? { coverageSkipped: covered.skipped } : {}),
      ...summarize(counted, flags()),
      readings: [...readings],
      ...(model.events && model.events.length > 0 ? { events: model.events } : {}),
      ...(semanticRun ? { semantic: semanticRun } : {}),
    },
    pairCount: pairs.length,
    pairAt,
  };
}

const NONE: ReadonlyMap<string, Set<string>> = new Map();
const EMPTY: readonly string[] = [];
const orEmpty = (list: string[]): readonly string[] => (list.length > 0 ? list : EMPTY);

/** A duty's facts for the relation rules. */
function dutyFacts(
  d: ResultDuty,
  rules: RelationRules,
  unitSegments: ReadonlyMap<string, ReadonlyMap<string, Set<string>>>,
  unitById: ReadonlyMap<string, Unit>,
  domains: ReadonlyMap<string, string | null>,
): DutyFacts {
  const own = segmentsOf(d.normalized, rules.segments);
  const ofUnit = unitSegments.get(d.unitId) ?? NONE;
  for (const [group, set] of own.size > 0 ? ofUnit : []) if (!own.has(group)) own.set(group, set);
  // Shared empty values: at a million duties, one empty map and array per duty is ~0.2 GB.
  return {
    role: d.role,
    category: d.category,
    segments: own.size > 0 ? own : ofUnit,
    steer: orEmpty(findAll(d.normalized, rules.steer)),
    execute: orEmpty(findAll(d.normalized, rules.execute)),
    links: d.links,
    unitName: unitById.get(d.unitId)?.name ?? '',
    text: d.normalized,
    domain: domains.get(d.unitId) ?? null,
  };
}

/** The whole analysis as one Result, every pair an object (for reporters; see analyzeParts). */
export async function analyzeModel(
  model: OrgModel,
  options: AnalysisOptions,
  resources: AnalysisResources,
  readings: readonly InputReading[] = [],
): Promise<Result> {
  return wholeResult(await analyzeParts(model, options, resources, readings));
}
