import type { AnalysisOptions } from '../model.ts';
import { InputError } from '../util/errors.ts';

/** The defaults of every analysis option (a job file and flags override them, in that order). */
export const DEFAULT_OPTIONS: AnalysisOptions = {
  candidateThreshold: 0.25,
  overlapThreshold: 0.28,
  duplicateThreshold: 0.85,
  genericMinUnits: 4,
  language: 'auto',
  catalogue: null,
  coverageThreshold: 0.35,
  coverageMinDuties: 5,
  level: 0,
};

/**
 * English duty text scores higher than Chinese for the same shared work: its
 * vectors add stems and WordNet concepts (both sides of "clients"/"customers"
 * meet), where Chinese vectors are mostly characters. The Chinese thresholds
 * were chosen on the labelled set (test/labelled); these were set so that
 * O*NET's 18,796 tasks give about 10,000 conflict candidates among 923
 * occupations, for want of an English labelled set.
 */
export const ENGLISH_THRESHOLDS: Pick<AnalysisOptions, 'candidateThreshold' | 'overlapThreshold'> = {
  candidateThreshold: 0.4,
  overlapThreshold: 0.5,
};

/** The defaults for documents in one language (`auto` documents are treated as Chinese unless all are English). */
export function defaultOptionsFor(language: 'zh' | 'en'): AnalysisOptions {
  return language === 'en' ? { ...DEFAULT_OPTIONS, ...ENGLISH_THRESHOLDS } : DEFAULT_OPTIONS;
}

/** The language whose defaults apply: the one asked for, else English when every document is English. */
export function effectiveLanguage(asked: 'auto' | 'zh' | 'en', documents: readonly { language: 'zh' | 'en' }[]): 'zh' | 'en' {
  if (asked !== 'auto') return asked;
  return documents.length > 0 && documents.every((d) => d.language === 'en') ? 'en' : 'zh';
}

/**
 * Checks settled options, the same way for flags and job files: thresholds in
 * [0, 1] (named as their flag), and candidate ≤ overlap (reported against
 * `orderingAt`: the flag, or the job file that set them).
 */
export function checkOptions(options: AnalysisOptions, orderingAt: string): void {
  for (const key of ['candidateThreshold', 'overlapThreshold', 'duplicateThreshold', 'coverageThreshold'] as const) {
    if (options[key] < 0 || options[key] > 1) {
      throw new InputError(`--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, 'must be between 0 and 1');
    }
  }
  if (options.candidateThreshold > options.overlapThreshold) {
    throw new InputError(orderingAt, 'the candidate threshold must not exceed the overlap threshold');
  }
}
