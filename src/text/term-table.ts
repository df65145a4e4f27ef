import type { TextTerms } from './terms.ts';

/**
 * Every analysed text's terms, held compactly: each distinct word and feature
 * string once, and per text only integer ids in two CSR tables. A million
 * duties hold ~50 features each; as string arrays that is about 2 GB, as ids
 * about 0.3 GB. Ids are given in order of first appearance, so the table is
 * deterministic.
 */
export interface TermTable {
  /** Number of texts. */
  count: number;
  /** Distinct display words, id → word. */
  wordOf: string[];
  /** Row offsets into wordIds, length count + 1. */
  wordStart: Uint32Array;
  /** Each text's display words (once each, in order of appearance), as ids. */
  wordIds: Uint32Array;
  /** Distinct features, id → feature. */
  featureOf: string[];
  /** Row offsets into featureIds, length count + 1. */
  featureStart: Uint32Array;
  /** Each text's features (with repeats, in order), as ids. */
  featureIds: Uint32Array;
}

/**
 * A Uint32 list filled in fixed-size blocks and copied once into an array of
 * the exact size at the end: growing by doubling would hold up to three
 * times the final size at once (old and new buffer, then the trimmed copy),
 * which at a million texts is most of a gigabyte.
 */
class BlockList {
  private static readonly BLOCK = 1 << 20;
  private blocks: Uint32Array[] = [];
  private last = new Uint32Array(BlockList.BLOCK);
  private fill = 0;
  length = 0;
  push(value: number): void {
    if (this.fill === this.last.length) {
      this.blocks.push(this.last);
      this.last = new Uint32Array(BlockList.BLOCK);
      this.fill = 0;
    }
    this.last[this.fill++] = value;
    this.length++;
  }
  done(): Uint32Array {
    const out = new Uint32Array(this.length);
    this.blocks.forEach((block, k) => out.set(block, k * BlockList.BLOCK));
    out.set(this.last.subarray(0, this.fill), this.blocks.length * BlockList.BLOCK);
    this.blocks = [];
    return out;
  }
}

function interner(): { of: string[]; id: (s: string) => number } {
  const ids = new Map<string, number>();
  const of: string[] = [];
  return {
    of,
    id(s) {
      let id = ids.get(s);
      if (id === undefined) {
        id = of.length;
        ids.set(s, id);
        of.push(s);
      }
      return id;
    },
  };
}

/** Builds the table from each text's terms, computed one at a time (`termsAt(i)`), so no text's strings outlive its row. */
export function buildTermTable(count: number, termsAt: (i: number) => TextTerms): TermTable {
  const words = interner();
  const features = interner();
  const wordStart = new Uint32Array(count + 1);
  const featureStart = new Uint32Array(count + 1);
  const wordIds = new BlockList();
  const featureIds = new BlockList();
  for (let i = 0; i < count; i++) {
    const terms = termsAt(i);
    for (const w of terms.words) wordIds.push(words.id(w));
    for (const f of terms.features) featureIds.push(features.id(f));
    wordStart[i + 1] = wordIds.length;
    featureStart[i + 1] = featureIds.length;
  }
  return { count, wordOf: words.of, wordStart, wordIds: wordIds.done(), featureOf: features.of, featureStart, featureIds: featureIds.done() };
}

/** Text i's features as strings (the interned instances). */
export function featuresAt(table: TermTable, i: number): string[] {
  const out: string[] = [];
  for (let k = table.featureStart[i]; k < table.featureStart[i + 1]; k++) out.push(table.featureOf[table.featureIds[k]]);
  return out;
}

/** Text i's display words as strings. */
export function wordsAt(table: TermTable, i: number): string[] {
  const out: string[] = [];
  for (let k = table.wordStart[i]; k < table.wordStart[i + 1]; k++) out.push(table.wordOf[table.wordIds[k]]);
  return out;
}

/** Text i's terms, as termsOf gave them. */
export function termsAt(table: TermTable, i: number): TextTerms {
  return { words: wordsAt(table, i), features: featuresAt(table, i) };
}
