import type { AnalysisOptions, Coverage, Gap } from '../model.ts';
import { loadCatalogue } from '../findings/catalogue.ts';
import { flattenCatalogue, functionMatchTexts } from '../findings/catalogue-flatten.ts';
import { computeCoverage, type CoverageInput } from '../findings/coverage.ts';
import { matchFunctions } from '../findings/coverage-match.ts';
import { gapsFrom } from '../findings/gaps.ts';
import { vectorize } from '../similarity/vectorize.ts';
import { normalizeText } from '../text/normalize.ts';
import { termsOf } from '../text/terms.ts';
import type { Lexicon } from '../text/lexicon.ts';
import type { CoverageContext } from './analyze.ts';

/**
 * Gap finding against a catalogue file, as a step of the analysis: the
 * catalogue's phrasings are vectorised in the duties' vector space, matched
 * against every duty, and turned into coverage entries and gaps.
 */
export function catalogueCoverage(
  file: string,
  options: Pick<AnalysisOptions, 'coverageThreshold' | 'level'>,
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
    const input: CoverageInput = {
      documents: context.model.documents,
      units: context.model.units,
      duties: context.duties,
      functions,
      matches: matchFunctions(functionVectors, context.vectors, options.coverageThreshold * 0.5),
      threshold: options.coverageThreshold,
      level: options.level,
    };
    const coverage = computeCoverage(input);
    return { coverage, gaps: gapsFrom(coverage, input) };
  };
}
