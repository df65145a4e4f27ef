import type { Lexicon } from './lexicon.ts';
import { termsOfZh, type ZhTermsOptions } from './terms-zh.ts';
import { termsOfEn, type EnTermsOptions } from './terms-en.ts';

/** Display words (for shared/differing terms in reports: real words, canonical synonyms, no stopwords) and weighted features (words + bigrams / stems + n-grams) for vectors. */
export interface TextTerms {
  /** Content words in order of first appearance, each once: canonical synonyms, no stopwords, no single Han characters. */
  words: string[];
  /** Features with repeats (term frequency counts), each prefixed by its family (see feature-family.ts). */
  features: string[];
}

/** Which feature families termsOf emits per language. */
export interface TermsOptions {
  /** Chinese features beside words. */
  zh: ZhTermsOptions;
  /** English features beside stems. */
  en: EnTermsOptions;
}

/**
 * The defaults, chosen on ../shared/eval (bench/eval-stsb.ts, bench/eval-onet.ts):
 * Chinese words + characters + character bigrams (characters carry most of
 * the signal on Chinese STS-B; words and bigrams add phrase identity) +
 * filler characters of stopwords (see ZhTermsOptions.fillerChars);
 * English stems + word-bounded 3–5-grams (they catch what Porter misses).
 * Family weights are in DEFAULT_VECTORIZE_OPTIONS.
 */
export const DEFAULT_TERMS_OPTIONS: TermsOptions = {
  zh: { bigrams: true, chars: true, fillerChars: true },
  en: { ngrams: [3, 5], stemPairs: false, concepts: { pos: ['noun', 'verb'], senses: 2, hypernymLevels: 4 } },
};

/** Keeps the first occurrence of each word; single Han characters are too ambiguous to show as shared terms. */
function displayWords(words: readonly string[]): string[] {
  return [...new Set(words)].filter((w) => !/^\p{Script=Han}$/u.test(w));
}

/**
 * Terms of one normalised text (Simplified, width-folded: see normalize.ts):
 * display words and weighted features, in the given language, with the
 * lexicon's synonyms mapped to their canonical form and its stopwords dropped.
 */
export function termsOf(
  normalizedText: string,
  language: 'zh' | 'en',
  lexicon: Lexicon,
  options: TermsOptions = DEFAULT_TERMS_OPTIONS,
): TextTerms {
  let terms: { words: string[]; features: string[] };
  switch (language) {
    case 'zh':
      terms = termsOfZh(normalizedText, lexicon, options.zh);
      break;
    case 'en':
      terms = termsOfEn(normalizedText, lexicon, options.en);
      break;
  }
  return { words: displayWords(terms.words), features: terms.features };
}
