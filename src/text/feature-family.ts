/**
 * The kinds of feature termsOf emits. Each feature string starts with its
 * family's prefix ("w|营业厅", "b|营业"), so the vectoriser can weight the
 * families differently without a second array beside every feature list.
 * A filler feature ("f|责") is a character of a Chinese stopword (负责): see
 * vocabularyKey.
 */
export type FeatureFamily = 'word' | 'bigram' | 'char' | 'filler' | 'stem' | 'ngram' | 'phrase' | 'sense' | 'hypernym';

/** The prefix that marks a family in a feature string. */
export function familyPrefix(family: FeatureFamily): string {
  switch (family) {
    case 'word':
      return 'w|';
    case 'bigram':
      return 'b|';
    case 'char':
      return 'c|';
    case 'filler':
      return 'f|';
    case 'stem':
      return 's|';
    case 'ngram':
      return 'g|';
    case 'phrase':
      return 'p|';
    case 'sense':
      return 'k|';
    case 'hypernym':
      return 'h|';
  }
}

const FAMILY_BY_LETTER: Readonly<Record<string, FeatureFamily>> = {
  w: 'word',
  b: 'bigram',
  c: 'char',
  f: 'filler',
  s: 'stem',
  g: 'ngram',
  p: 'phrase',
  k: 'sense',
  h: 'hypernym',
};

/** The family of a feature string, or null when it carries no known prefix. */
export function featureFamily(feature: string): FeatureFamily | null {
  return feature.charCodeAt(1) === 124 /* | */ ? (FAMILY_BY_LETTER[feature[0]] ?? null) : null;
}

/**
 * The vocabulary entry a feature counts toward in a vector space. A filler
 * character ("f|的" of a stopword) is the same character as in a content
 * word ("c|的" of 目的), so it shares that entry: it counts toward the
 * character's document frequency, and a text that has the character only in
 * stopwords meets a text that has it in content at the filler weight.
 * Every other feature is its own entry.
 */
export function vocabularyKey(feature: string): string {
  return featureFamily(feature) === 'filler' ? familyPrefix('char') + feature.slice(2) : feature;
}
