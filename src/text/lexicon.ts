import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { appendAll } from '../util/append.ts';
import { parseIdfTable, type IdfTable } from './idf-prior.ts';
import type { WordNet } from './wordnet.ts';

/** One entry of the jieba user dictionary: a word kept whole by segmentation. */
export interface UserWord {
  /** The word. */
  word: string;
  /** Frequency: the higher, the more jieba prefers the word over a split. */
  freq: number;
  /** Part-of-speech tag (jieba's tag set, e.g. n, v). */
  tag: string;
}

/** Loaded lexicons: synonyms, stopwords, user dictionary, idf prior, WordNet. */
export interface Lexicon {
  /** Variant → canonical form (the first word of its group). Canonical words map to themselves. */
  synonyms: ReadonlyMap<string, string>;
  /** Chinese words dropped from words and features (role verbs, filler, function words); their characters stay only as low-weight filler features. */
  stopwordsZh: ReadonlySet<string>;
  /** English words (lower-case, before stemming) dropped from words and features. */
  stopwordsEn: ReadonlySet<string>;
  /** Words the Chinese segmenter keeps whole, in file order. */
  userDict: readonly UserWord[];
  /**
   * Prior character idf that caps the corpus idf (see similarity/vectorize.ts):
   * the shipped general-Chinese table, a later idf file's entries over it; null without one.
   */
  idfPrior: IdfTable | null;
  /** The WordNet English concepts are read from (see concepts-en.ts), or null: then English gets no sense features. */
  wordnet: WordNet | null;
}

/** The kinds of lexicon file, told apart by file name (see lexiconFileKind). */
export type LexiconFileKind = 'synonyms' | 'stopwords-zh' | 'stopwords-en' | 'user-dict' | 'idf-prior';

/** The lexicons shipped with dutylens, in analysis/lexicon/ at the package root. */
export const BUILTIN_LEXICON_FILES: readonly string[] = [
  'synonyms.yaml',
  'stopwords-zh.txt',
  'stopwords-en.txt',
  'user-dict.txt',
  'idf-prior-zh.txt',
].map((name) => fileURLToPath(new URL(`../../analysis/lexicon/${name}`, import.meta.url)));

/**
 * What a lexicon file holds, from its name: *.yaml/*.yml synonym groups,
 * *stopwords*en*.txt English stopwords, other *stopwords*.txt Chinese
 * stopwords, *idf*.txt a prior idf table ("character idf" a line), other
 * *.txt a jieba user dictionary. Names rather than content
 * decide, so a user sees at a glance what an extra file does.
 */
export function lexiconFileKind(file: string): LexiconFileKind {
  const ext = extname(file).toLowerCase();
  const name = basename(file, ext).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return 'synonyms';
  if (ext !== '.txt') throw new Error(`Lexicon file ${file}: expected .yaml/.yml (synonyms) or .txt (stopwords, user dictionary)`);
  if (name.includes('stopwords')) return /(^|[-_.])en($|[-_.])/.test(name) ? 'stopwords-en' : 'stopwords-zh';
  if (/(^|[-_.])idf($|[-_.])/.test(name)) return 'idf-prior';
  return 'user-dict';
}

/** Lines of a text lexicon without comments (# …) and blank lines. */
function contentLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0);
}

/** Words of a stopword file: whitespace-separated, any number a line. */
export function parseStopwords(text: string): string[] {
  return contentLines(text).flatMap((line) => line.split(/\s+/));
}

/** Entries of a jieba user dictionary ("word [freq] [tag]" a line); freq defaults to 2000, tag to n. */
export function parseUserDict(text: string): UserWord[] {
  return contentLines(text).map((line) => {
    const [word, freq, tag] = line.split(/\s+/);
    const f = Number(freq);
    return { word, freq: Number.isFinite(f) && f > 0 ? f : 2000, tag: tag ?? 'n' };
  });
}

/** Synonym groups of a YAML file: a list of lists of words, the first canonical. */
export function parseSynonymGroups(text: string, file = 'synonyms'): string[][] {
  const data: unknown = parseYaml(text) ?? [];
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of synonym groups`);
  return data.map((group, k) => {
    if (!Array.isArray(group) || group.length === 0) throw new Error(`${file}: group ${k + 1} is not a non-empty list`);
    return group.map((word) => String(word).trim().toLowerCase());
  });
}

/**
 * Adds synonym groups to a variant → canonical map. A later group that names
 * a word again takes it over, so a user's extra file can regroup a word.
 */
export function addSynonymGroups(map: Map<string, string>, groups: readonly string[][]): void {
  for (const group of groups) for (const word of group) map.set(word, group[0]);
}

/**
 * The lexicon of the given files' texts, in order (the built-in ones first,
 * then the user's: users extend rather than replace them); each file's kind
 * is told by its name (lexiconFileKind). The files are read by the caller
 * (run/resources.ts), which also opens the WordNet. English stopwords add to
 * natural's general list (see terms-en.ts).
 */
export function lexiconFromFiles(files: readonly { file: string; text: string }[], wordnet: WordNet | null = null): Lexicon {
  const synonyms = new Map<string, string>();
  let idfPrior: Map<string, number> | null = null;
  const stopwordsZh = new Set<string>();
  const stopwordsEn = new Set<string>();
  const userDict: UserWord[] = [];
  for (const { file, text } of files) {
    const kind = lexiconFileKind(file);
    switch (kind) {
      case 'synonyms':
        addSynonymGroups(synonyms, parseSynonymGroups(text, file));
        break;
      case 'stopwords-zh':
        for (const word of parseStopwords(text)) stopwordsZh.add(word);
        break;
      case 'stopwords-en':
        for (const word of parseStopwords(text)) stopwordsEn.add(word.toLowerCase());
        break;
      case 'user-dict':
        appendAll(userDict, parseUserDict(text));
        break;
      case 'idf-prior':
        idfPrior ??= new Map();
        for (const [entry, idf] of parseIdfTable(text)) idfPrior.set(entry, idf);
        break;
      default: {
        const never: never = kind;
        throw new Error(`unknown lexicon kind ${String(never)}`);
      }
    }
  }
  return { synonyms, stopwordsZh, stopwordsEn, userDict, idfPrior, wordnet };
}
