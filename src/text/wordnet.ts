/** The WordNet parts of speech dutylens reads (adverbs carry little duty meaning). */
export type WordNetPos = 'noun' | 'verb' | 'adj';

/** Every part of speech WordNet is read for, in lookup order. */
export const WORDNET_POS: readonly WordNetPos[] = ['noun', 'verb', 'adj'];

/**
 * Read access to the WordNet database files: a lemma's synsets in WordNet's
 * sense order (most frequent first) and a synset's hypernyms. Synsets are
 * named by their byte offset in the data file of their part of speech.
 */
export interface WordNet {
  /** Synset offsets of a lemma (lower-case, spaces as "_"), most frequent sense first; empty when unknown. */
  senses(lemma: string, pos: WordNetPos): readonly number[];
  /** Offsets of a synset's hypernyms (and instance hypernyms), same part of speech. */
  hypernyms(pos: WordNetPos, offset: number): readonly number[];
}

/** Reads one file of a WordNet dict folder by name ("index.noun", "data.verb"); run/resources.ts does the I/O. */
export type WordNetFileReader = (name: string) => Buffer;

/** The file suffix WordNet uses for a part of speech. */
function fileSuffix(pos: WordNetPos): string {
  switch (pos) {
    case 'noun':
      return 'noun';
    case 'verb':
      return 'verb';
    case 'adj':
      return 'adj';
  }
}

/**
 * Lemma → synset offsets of one index file. The format is
 * "lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…"; the
 * offsets are the last synset_cnt fields. License header lines start with a space.
 */
export function parseWordNetIndex(text: string): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.charCodeAt(0) === 32) continue;
    const fields = line.trimEnd().split(' ');
    const count = Number(fields[2]);
    map.set(fields[0], fields.slice(fields.length - count).map(Number));
  }
  return map;
}

/**
 * Hypernym offsets of the synset whose data line starts at `offset`: pointers
 * "@" (hypernym) and "@i" (instance hypernym). A data line is
 * "offset lex_filenum ss_type w_cnt(hex) word lex_id … p_cnt ptr… | gloss".
 */
export function hypernymsAt(data: Buffer, offset: number): number[] {
  const end = data.indexOf(10, offset);
  const fields = data.toString('latin1', offset, end < 0 ? data.length : end).split(' ');
  const words = parseInt(fields[3], 16);
  let k = 4 + 2 * words;
  const pointers = Number(fields[k++]);
  const out: number[] = [];
  for (let p = 0; p < pointers; p++, k += 4) if (fields[k] === '@' || fields[k] === '@i') out.push(Number(fields[k + 1]));
  return out;
}

/**
 * A WordNet over the files of a dict folder, read through `read`. Index
 * files are read and parsed on first use of their part of speech (~0.1 s
 * each) and data files read once and kept as bytes; hypernyms are parsed
 * from the line at the synset's offset when asked and cached, so nothing is
 * paid for synsets no text mentions.
 */
export function openWordNet(read: WordNetFileReader): WordNet {
  const indexes = new Map<WordNetPos, Map<string, number[]>>();
  const data = new Map<WordNetPos, Buffer>();
  const hypernymCache = new Map<string, readonly number[]>();
  const index = (pos: WordNetPos) => {
    let map = indexes.get(pos);
    if (!map) {
      map = parseWordNetIndex(read(`index.${fileSuffix(pos)}`).toString('latin1'));
      indexes.set(pos, map);
    }
    return map;
  };
  return {
    senses: (lemma, pos) => index(pos).get(lemma) ?? [],
    hypernyms: (pos, offset) => {
      const key = `${pos}${offset}`;
      let found = hypernymCache.get(key);
      if (!found) {
        let bytes = data.get(pos);
        if (!bytes) {
          bytes = read(`data.${fileSuffix(pos)}`);
          data.set(pos, bytes);
        }
        found = hypernymsAt(bytes, offset);
        hypernymCache.set(key, found);
      }
      return found;
    },
  };
}
