import type { Language } from '../model.ts';
import { sparseDot } from '../similarity/sparse.ts';
import { buildVectorSpace, vectorize } from '../similarity/vectorize.ts';
import type { Lexicon } from '../text/lexicon.ts';
import { termsOf } from '../text/terms.ts';
import type { FunctionScorer } from './apply-events.ts';

/**
 * The scorer `apply` matches a moved function against the donor's duties
 * with: the analysis's own terms and weighted vectors (cosine), fitted on the
 * organisation's duties and the function, so rare words weigh as they do in
 * the overlap analysis.
 */
export function functionScorer(corpus: readonly string[], language: Language, lexicon: Lexicon): FunctionScorer {
  const background = corpus.map((t) => termsOf(t, language, lexicon).features);
  return (functionText, dutyTexts) => {
    const texts = [functionText, ...dutyTexts];
    const features = texts.map((t) => termsOf(t, language, lexicon).features);
    const space = buildVectorSpace([...features, ...background], { idfPrior: lexicon.idfPrior });
    const query = vectorize(space, features[0]);
    return features.slice(1).map((f) => Math.max(0, Math.min(1, sparseDot(query, vectorize(space, f)))));
  };
}
