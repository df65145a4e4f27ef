import { organisationOf, type AnalysisOptions, type Coverage, type CoverageSkip, type Gap } from '../model.ts';
import { flattenCatalogue, functionMatchTexts, type CatalogueFunction } from '../findings/catalogue-flatten.ts';
import { dot } from '../similarity/semantic-candidates.ts';
import { computeCoverage, NEAR_SHARE, type CoverageInput } from '../findings/coverage.ts';
import { matchFunctions } from '../findings/coverage-match.ts';
import { gapsFrom } from '../findings/gaps.ts';
import { coverageScope, DEFAULT_MIN_SHARE, partialScopes, type ScopeInput } from '../findings/coverage-scope.ts';
import { ownTerms, sharedOwnTerms } from '../findings/function-terms.ts';
import { vectorize } from '../similarity/vectorize.ts';
import { normalizeText } from '../text/normalize.ts';
import { termsOf } from '../text/terms.ts';
import type { Lexicon } from '../text/lexicon.ts';
import type { CoverageContext } from './analyze.ts';
import type { SparseVector } from '../similarity/sparse.ts';
import { loadCatalogue } from './resources.ts';

/**
 * A long duty often does several functions' work in its sentences
 * ("负责市场调研,搜集市场信息。调查目标客户群体偏好…"): the whole duty's
 * cosine against a short catalogue phrasing is diluted. So each duty is
 * matched both whole and sentence by sentence; owner[k] is the duty of vector k.
 */
export function sentenceVectors(context: CoverageContext, lexicon: Lexicon): { vectors: SparseVector[]; owner: number[] } {
  const vectors: SparseVector[] = [];
  const owner: number[] = [];
  context.duties.forEach((duty, i) => {
    vectors.push(context.vectors[i]);
    owner.push(i);
    const sentences = duty.normalized.split(/[。;；!?！？]/u).map((s) => s.trim()).filter((s) => s.length >= 4);
    if (sentences.length < 2) return;
    const language = context.languageOf(context.model.units.find((u) => u.id === duty.unitId)?.documentId ?? '');
    for (const sentence of sentences) {
      vectors.push(vectorize(context.space, termsOf(sentence, language, lexicon).features));
      owner.push(i);
    }
  });
  return { vectors, owner };
}

/** Folds matches of sentence vectors back onto their duties, keeping each duty's best score. */
export function bestPerDuty(matches: Array<Array<[number, number]>>, owner: readonly number[]): Array<Array<[number, number]>> {
  return matches.map((list) => {
    const best = new Map<number, number>();
    for (const [k, score] of list) best.set(owner[k], Math.max(best.get(owner[k]) ?? 0, score));
    return [...best].sort((a, b) => a[0] - b[0]);
  });
}

/**
 * Gap finding against a catalogue file, as a step of the analysis: the
 * catalogue's phrasings are vectorised in the duties' vector space, matched
 * against every duty, and turned into coverage entries and gaps.
 */
export function catalogueCoverage(
  file: string,
  options: Pick<AnalysisOptions, 'coverageThreshold' | 'level' | 'coverageMinDuties'>,
  lexicon: Lexicon,
): ((context: CoverageContext) => { coverage: Coverage[]; gaps: Gap[]; skipped: CoverageSkip[] }) & { texts: readonly string[]; checked: (input: ScopeInput) => ReadonlySet<string> } {
  const catalogue = loadCatalogue(file);
  const functions = flattenCatalogue(catalogue);
  const checkedFunctions = functions.filter((fn) => fn.examples.length > 0).length;
  const minDuties = Math.max(options.coverageMinDuties ?? 0, catalogue.unit?.minDuties ?? Math.ceil(checkedFunctions / 3));
  const chinese = functions.map(chinesePhrasings);
  const step = (context: CoverageContext) => {
    const functionVectors = functions.map((fn) =>
      functionMatchTexts(fn).map((text) => {
        const normalized = normalizeText(text);
        const language = /\p{Script=Han}/u.test(normalized) ? 'zh' : 'en';
        return vectorize(context.space, termsOf(normalized, language, lexicon).features);
      }),
    );
    const { vectors, owner } = sentenceVectors(context, lexicon);
    const scope = coverageScope({ documents: context.model.documents, units: context.model.units, duties: context.duties }, catalogue.unit, minDuties);
    // A match needs one of the function's own terms (function-terms.ts); the terms are its evidence.
    const dutyWords = context.terms.map((t) => new Set(t.words));
    const own = ownTerms(functions.map((fn) => functionMatchTexts(fn).flatMap((text) => termsOf(normalizeText(text), /\p{Script=Han}/u.test(text) ? 'zh' : 'en', lexicon).words)));
    const evidence = new Map<string, string[]>();
    const matches = bestPerDuty(matchFunctions(functionVectors, vectors, options.coverageThreshold * NEAR_SHARE), owner).map((list, fi) =>
      list.filter(([di]) => {
        const shared = sharedOwnTerms(own[fi], dutyWords[di], context.duties[di].normalized);
        if (shared.length > 0) evidence.set(`${fi}:${di}`, shared);
        return shared.length > 0;
      }),
    );
    const input: CoverageInput = {
      documents: context.model.documents.filter((d) => scope.checked.has(organisationOf(d))),
      units: context.model.units,
      duties: context.duties,
      functions,
      matches,
      terms: (fi, di) => evidence.get(`${fi}:${di}`) ?? [],
      threshold: options.coverageThreshold,
      level: options.level,
      ...(context.embedding ? { semantic: { matches: semanticMatches(context, chinese, context.embedding), ...SEMANTIC_COVERAGE } } : {}),
    };
    const coverage = computeCoverage(input);
    const partial = partialScopes(coverage, catalogue.unit?.minShare ?? DEFAULT_MIN_SHARE);
    const dropped = new Set(partial.skipped.map((s) => s.organisation));
    // A partial description's own proposals (document-named gaps) still stand; its unowned functions do not.
    const gaps = gapsFrom(coverage, input).filter((g) => !dropped.has(g.organisation) || g.kind === 'document-named');
    const order = new Map<string, number>();
    context.model.documents.forEach((d, i) => order.has(organisationOf(d)) || order.set(organisationOf(d), i));
    const skipped = [...scope.skipped, ...partial.skipped].sort((x, y) => (order.get(x.organisation) ?? 0) - (order.get(y.organisation) ?? 0));
    return { coverage: partial.kept, gaps, skipped };
  };
  return Object.assign(step, { texts: [...new Set(chinese.flat())], checked: (input: ScopeInput) => coverageScope(input, catalogue.unit, minDuties).checked });
}

/**
 * The semantic tier's bars for gap finding (bge-small-zh cosines; Chinese
 * only, as for pairs): a duty covers a function at 0.75 and comes near it at
 * 0.72, with no own term needed, since the model reads other words for the
 * same work. Chosen on the tune part of the other-organisations gap corpus.
 */
export const SEMANTIC_COVERAGE = { threshold: 0.75, near: 0.72 } as const;

/** A function's Chinese phrasings (header and examples), normalized: what the semantic tier embeds. */
function chinesePhrasings(fn: CatalogueFunction): string[] {
  return functionMatchTexts(fn).filter((t) => /\p{Script=Han}/u.test(t)).map((t) => normalizeText(t));
}

/** Per function: [dutyIndex, cosine] of each embedded duty whose best cosine with the function's phrasings reaches the near bar, by duty index. */
function semanticMatches(context: CoverageContext, phrasings: readonly string[][], embedding: (text: string) => Float32Array | undefined): Array<Array<[number, number]>> {
  const duties = context.duties.map((d, i) => [i, embedding(d.normalized)] as const).filter((x): x is readonly [number, Float32Array] => x[1] !== undefined);
  return phrasings.map((texts) => {
    const vectors = texts.map(embedding).filter((v): v is Float32Array => v !== undefined);
    const hits: Array<[number, number]> = [];
    for (const [di, v] of duties) {
      let best = -1;
      for (const f of vectors) best = Math.max(best, dot(f, v));
      if (best >= SEMANTIC_COVERAGE.near) hits.push([di, best]);
    }
    return hits;
  });
}
