import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { UserWord } from './lexicon.ts';

/**
 * Segmenters by user dictionary. Loading jieba's dictionary takes ~180 ms,
 * so each distinct user dictionary gets one instance, built on first use and
 * reused; loading words into a shared instance would leak one lexicon's
 * words into another's segmentation.
 */
const segmenters = new Map<string, Jieba>();

/** The jieba user-dictionary text ("word freq tag" lines) of a word list. */
export function userDictText(words: readonly UserWord[]): string {
  return words.map((w) => `${w.word} ${w.freq} ${w.tag}\n`).join('');
}

/**
 * The segmenter of each word list already seen: segmentation asks once per
 * text, and writing out the dictionary text to look it up each time cost more
 * than a short text's segmentation.
 */
const byList = new WeakMap<readonly UserWord[], Jieba>();

/** The segmenter for a user dictionary, built once. */
function segmenterFor(words: readonly UserWord[]): Jieba {
  const known = byList.get(words);
  if (known) return known;
  const key = userDictText(words);
  let jieba = segmenters.get(key);
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    if (key.length > 0) jieba.loadDict(Buffer.from(key));
    segmenters.set(key, jieba);
  }
  byList.set(words, jieba);
  return jieba;
}

/**
 * Splits Chinese text into words with jieba (HMM on, so unknown names are
 * grouped), keeping the user dictionary's words whole. Whitespace tokens are
 * dropped; punctuation tokens are kept so callers can split runs there.
 */
export function segmentZh(text: string, userDict: readonly UserWord[]): string[] {
  return segmenterFor(userDict)
    .cut(text, true)
    .filter((token) => token.trim().length > 0);
}

/** A word and its part-of-speech tag (jieba's: n noun, ns place, nr person, nt organisation, v verb …). */
export interface TaggedWord {
  word: string;
  tag: string;
}

/** Words of a Chinese text with their part-of-speech tags (jieba, HMM on), whitespace dropped. */
export function tagZh(text: string, userDict: readonly UserWord[] = []): TaggedWord[] {
  return segmenterFor(userDict)
    .tag(text, true)
    .filter((t) => t.word.trim().length > 0);
}
