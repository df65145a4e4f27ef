/**
 * The kinds of feature termsOf emits. Each feature string starts with its
 * family's prefix ("w|营业厅", "b|营业"), so the vectoriser can weight the
 * families differently without a second array beside every feature list.
 */
export type FeatureFamily = 'word' | 'bigram' | 'char' | 'stem' | 'ngram' | 'phrase' | 'sense' | 'hypernym';

/** The prefix that marks a family in a feature string. */
export function familyPrefix(family: FeatureFamily): string {
  switch (family) {
    case 'word':
      return 'w|';
    case 'bigram':
      return 'b|';
    case 'char':
      return 'c|';
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
