import { organisationOf, type AnalysisOptions, type Coverage, type Gap } from '../model.ts';
import { flattenCatalogue, functionMatchTexts } from '../findings/catalogue-flatten.ts';
import { computeCoverage, type CoverageInput } from '../findings/coverage.ts';
import { matchFunctions } from '../findings/coverage-match.ts';
import { gapsFrom } from '../findings/gaps.ts';
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

/**
 * The documents of organisations big enough to check against a catalogue
 * (counting the business duties of all their documents): a two-line
 * fragment of a scraped compilation would otherwise report every function
 * as a gap.
 */
export function checkedDocuments(context: CoverageContext, minDuties: number): CoverageContext['model']['documents'] {
  const organisation = new Map(context.model.documents.map((d) => [d.id, organisationOf(d)]));
  const scopeOfUnit = new Map(context.model.units.map((u) => [u.id, organisation.get(u.documentId) ?? '']));
  const business = new Map<string, number>();
  for (const d of context.duties) {
    if (d.category !== 'business') continue;
    const scope = scopeOfUnit.get(d.unitId) ?? '';
    business.set(scope, (business.get(scope) ?? 0) + 1);
  }
  return context.model.documents.filter((d) => (business.get(organisationOf(d)) ?? 0) >= minDuties);
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
): (context: CoverageContext) => { coverage: Coverage[]; gaps: Gap[] } {
  const functions = flattenCatalogue(loadCatalogue(file));
  return (context) => {
    const functionVectors = functions.map((fn) =>
      functionMatchTexts(fn).map((text) => {
        const normalized = normalizeText(text);
        const language = /\p{Script=Han}/u.test(normalized) ? 'zh' : 'en';
        return vectorize(context.space, termsOf(normalized, language, lexicon).features);
      }),
    );
    const { vectors, owner } = sentenceVectors(context, lexicon);
    const input: CoverageInput = {
      documents: checkedDocuments(context, options.coverageMinDuties ?? 0),
      units: context.model.units,
      duties: context.duties,
      functions,
      matches: bestPerDuty(matchFunctions(functionVectors, vectors, options.coverageThreshold * 0.5), owner),
      threshold: options.coverageThreshold,
      level: options.level,
    };
    const coverage = computeCoverage(input);
    return { coverage, gaps: gapsFrom(coverage, input) };
  };
}
