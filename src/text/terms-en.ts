import { natural, naturalStopwords } from './natural-lazy.ts';
import type { Lexicon } from './lexicon.ts';
import { charNgrams } from './char-ngrams.ts';
import { familyPrefix } from './feature-family.ts';
import { conceptLookup, type ConceptOptions } from './concepts-en.ts';

/** What English terms to emit. */
export interface EnTermsOptions {
  /** Lengths [min, max] of character n-grams of each content word padded with spaces (family ngram), or null for none. */
  ngrams: readonly [number, number] | null;
  /** Pairs of adjacent content stems (family phrase): "customer complaint" beside its two stems. */
  stemPairs: boolean;
  /** WordNet synsets (and hypernyms) of each content word (families sense, hypernym), or null for none. */
  concepts: ConceptOptions | null;
}

/** natural's tokenizer keeps letters and digits and splits on everything else (it drops CJK). Built on first use. */
let tokenizer: InstanceType<ReturnType<typeof natural>['WordTokenizer']> | null = null;

/**
 * The lexicon's synonyms keyed by Porter stem, so inflected forms map too
 * ("clients" → customer). Built once per lexicon.
 */
const stemSynonymCache = new WeakMap<Lexicon, Map<string, string>>();

/** Variant stem → canonical word, for the English (Latin-letter) synonyms of a lexicon. */
export function stemSynonyms(lexicon: Lexicon): Map<string, string> {
  let map = stemSynonymCache.get(lexicon);
  if (!map) {
    map = new Map();
    for (const [variant, canonical] of lexicon.synonyms) {
      if (/^[a-z]/.test(variant)) map.set(natural().PorterStemmer.stem(variant), canonical);
    }
    stemSynonymCache.set(lexicon, map);
  }
  return map;
}

/**
 * Words and features of normalised English text. Words are lower-cased
 * tokens mapped to their canonical synonym, without stopwords; features are
 * their Porter stems, optionally with character n-grams of each word (they
 * catch stems Porter misses: "analyse"/"analysis") and adjacent stem pairs.
 */
export function termsOfEn(text: string, lexicon: Lexicon, options: EnTermsOptions): { words: string[]; features: string[] } {
  const words: string[] = [];
  const features: string[] = [];
  const byStem = stemSynonyms(lexicon);
  const concepts = options.concepts && lexicon.wordnet ? conceptLookup(lexicon.wordnet, options.concepts) : null;
  let previous: string | null = null;
  tokenizer ??= new (natural().WordTokenizer)();
  const stop = naturalStopwords();
  for (const raw of tokenizer.tokenize(text) ?? []) {
    const token = raw.toLowerCase();
    const canonical = lexicon.synonyms.get(token) ?? byStem.get(natural().PorterStemmer.stem(token)) ?? token;
    if (token.length < 2 || stop.has(token) || stop.has(canonical) || lexicon.stopwordsEn.has(token) || lexicon.stopwordsEn.has(canonical)) {
      previous = null;
      continue;
    }
    const stem = natural().PorterStemmer.stem(canonical);
    words.push(canonical);
    features.push(familyPrefix('stem') + stem);
    if (options.ngrams) {
      for (const g of charNgrams(` ${canonical} `, options.ngrams[0], options.ngrams[1])) features.push(familyPrefix('ngram') + g);
    }
    if (concepts) for (const c of concepts(canonical)) features.push(c);
    if (options.stemPairs && previous) features.push(`${familyPrefix('phrase')}${previous} ${stem}`);
    previous = stem;
  }
  return { words, features };
}
