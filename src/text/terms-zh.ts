import type { Lexicon } from './lexicon.ts';
import { segmentZh } from './segment-zh.ts';
import { charNgrams } from './char-ngrams.ts';
import { familyPrefix } from './feature-family.ts';
import { joinDigitGroups, splitCamelCase } from './latin-tokens.ts';

/** What Chinese terms to emit beside the words. */
export interface ZhTermsOptions {
  /** Character bigrams of each run of content characters (family bigram). */
  bigrams: boolean;
  /** Single characters of each run of content characters (family char). */
  chars: boolean;
  /**
   * Single characters of each Han stopword (family filler): the vectoriser
   * counts them as the same characters as in content words, at a low weight,
   * so 的 in a particle and in 目的 is one character with one idf.
   */
  fillerChars: boolean;
}

const HAN = /^\p{Script=Han}+$/u;
/** A token with a letter or digit is content ("11.13" and "0.5%" too); punctuation is not. */
const CONTENT = /[\p{L}\p{N}]/u;

/**
 * Words and features of normalised Chinese text. Words are jieba words mapped
 * to their canonical synonym, without stopwords and punctuation. Runs of
 * consecutive content words (split at stopwords and punctuation, so a bigram
 * never bridges filler) give the character bigrams and characters: they still
 * match when jieba cuts the same phrase differently in two duties. Stopwords
 * give only filler characters.
 */
export function termsOfZh(text: string, lexicon: Lexicon, options: ZhTermsOptions): { words: string[]; features: string[] } {
  const words: string[] = [];
  const features: string[] = [];
  const runs: string[] = [];
  let run = '';
  // Thousands separators dropped: STS-B (bench/eval-stsb.ts) 69.77 → 69.84;
  // glued Latin words split: 69.84 → 69.95.
  for (const raw of segmentZh(joinDigitGroups(text), lexicon.userDict).flatMap(splitCamelCase)) {
    const token = raw.toLowerCase();
    const canonical = lexicon.synonyms.get(token) ?? token;
    const content = CONTENT.test(token) && !lexicon.stopwordsZh.has(token) && !lexicon.stopwordsZh.has(canonical);
    if (!content) {
      if (options.fillerChars && HAN.test(token)) for (const c of charNgrams(token, 1, 1)) features.push(familyPrefix('filler') + c);
      if (run) runs.push(run);
      run = '';
      continue;
    }
    words.push(canonical);
    features.push(familyPrefix('word') + canonical);
    if (HAN.test(canonical)) run += canonical;
    else {
      // A Latin or numeric token (4G, 11.13) is an atom of its own, not part of a Han
      // run: its letters alone mean nothing, so it joins the characters whole.
      if (run) runs.push(run);
      run = '';
      if (options.chars) features.push(familyPrefix('char') + canonical);
    }
  }
  if (run) runs.push(run);
  for (const r of runs) {
    if (options.bigrams) for (const g of charNgrams(r, 2, 2)) features.push(familyPrefix('bigram') + g);
    if (options.chars) for (const c of charNgrams(r, 1, 1)) features.push(familyPrefix('char') + c);
  }
  return { words, features };
}
