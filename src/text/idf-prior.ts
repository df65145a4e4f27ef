import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { featureFamily } from './feature-family.ts';

/**
 * Where prior inverse document frequencies come from: 'general' is jieba's
 * idf table of a large general Chinese corpus (shipped with @node-rs/jieba);
 * 'none' uses the analysed corpus alone.
 */
export type IdfPriorSource = 'general' | 'none';

/** A prior table: idf by word (words and bigrams) and by character. */
export interface IdfTable {
  /** Word → idf. */
  words: ReadonlyMap<string, number>;
  /** Character → idf on the scale of the word table. */
  chars: ReadonlyMap<string, number>;
}

/** Parses an idf table: "word idf" a line. Lines without a numeric idf are skipped. */
export function parseIdfTable(text: string): Map<string, number> {
  const table = new Map<string, number>();
  for (const line of text.split('\n')) {
    const space = line.lastIndexOf(' ');
    const idf = Number(line.slice(space + 1));
    if (space > 0 && Number.isFinite(idf)) table.set(line.slice(0, space), idf);
  }
  return table;
}

/**
 * Character idf from a jieba dictionary ("word freq tag" lines): a character's
 * frequency is the summed frequency of the words it occurs in, and
 * 0.76 × ln(total / frequency) puts it on the scale of jieba's idf table
 * (on the words both files hold, idf ≈ 0.76 × ln(total / freq) − 0.07).
 * Per character rather than per word, because the word table's single
 * characters are standalone uses only: 营 as a word is rare, as a character not.
 */
export function charIdfFromDict(text: string): Map<string, number> {
  const freq = new Map<string, number>();
  let total = 0;
  for (const line of text.split('\n')) {
    const [word, count] = line.split(' ');
    const f = Number(count);
    if (!word || !Number.isFinite(f) || f <= 0) continue;
    total += f;
    for (const c of word) freq.set(c, (freq.get(c) ?? 0) + f);
  }
  const idf = new Map<string, number>();
  for (const [c, f] of freq) idf.set(c, Math.max(0, 0.76 * Math.log(total / f)));
  return idf;
}

/** jieba's general-corpus tables (~0.4 s to read), read once on first use. */
let generalTable: IdfTable | null = null;

/** The prior table of a source, or null for 'none'. */
export function idfTable(source: IdfPriorSource): IdfTable | null {
  switch (source) {
    case 'general':
      if (!generalTable) {
        const resolve = createRequire(import.meta.url).resolve;
        generalTable = {
          words: parseIdfTable(readFileSync(resolve('@node-rs/jieba/idf.txt'), 'utf8')),
          chars: charIdfFromDict(readFileSync(resolve('@node-rs/jieba/dict.txt'), 'utf8')),
        };
      }
      return generalTable;
    case 'none':
      return null;
  }
}

/**
 * The prior idf of a feature string, or undefined when the table has none.
 * Only Chinese families are looked up (words, characters, character bigrams:
 * a bigram that is no dictionary word has no prior); English stems and
 * n-grams are not words of a Chinese table.
 */
export function priorIdfOf(feature: string, table: IdfTable): number | undefined {
  switch (featureFamily(feature)) {
    case 'word':
    case 'bigram':
      return table.words.get(feature.slice(2));
    case 'char':
      return table.chars.get(feature.slice(2));
    case 'stem':
    case 'ngram':
    case 'phrase':
    case 'sense':
    case 'hypernym':
    case null:
      return undefined;
  }
}
