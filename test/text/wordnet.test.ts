import { describe, expect, it } from 'vitest';
import { hypernymsAt, parseWordNetIndex } from '../../src/text/wordnet.ts';
import { morphy } from '../../src/text/wordnet-morphy.ts';
import { conceptLookup } from '../../src/text/concepts-en.ts';
import { termsOf, DEFAULT_TERMS_OPTIONS } from '../../src/text/terms.ts';
import { loadLexicon, sharedWordNet } from '../../src/run/resources.ts';

const wordnet = sharedWordNet();
const senses = conceptLookup(wordnet, { pos: ['noun', 'verb'], senses: 2, hypernymLevels: 0 });
const withHypernyms = conceptLookup(wordnet, { pos: ['noun'], senses: 1, hypernymLevels: 2 });
const shared = (a: readonly string[], b: readonly string[]) => a.filter((f) => b.includes(f));

describe('WordNet reader', () => {
  it('parseWordNetIndex(text) maps a lemma to its synset offsets in sense order, skipping the licence header', () => {
    const map = parseWordNetIndex('  1 This software and database\nclient n 3 5 @ ~ #m #p ; 3 2 10004605 10004189 03832647  \n');
    expect(map.get('client')).toEqual([10004605, 10004189, 3832647]);
    expect(map.size).toBe(1);
  });

  it('hypernymsAt(data, offset) reads @ and @i pointers of the line at the offset', () => {
    const line = '00000007 18 n 02 customer 0 client 1 003 @ 09635878 n 0000 #m 13859040 n 0000 @i 00000042 n 0000 | someone who pays';
    expect(hypernymsAt(Buffer.from(`xxxxxxx\n${line}\n`, 'latin1'), 8)).toEqual([9635878, 42]);
  });

  it('morphy(word, pos, wordnet) undoes regular inflection and rejects unknown words', () => {
    expect(morphy('customers', 'noun', wordnet)).toBe('customer');
    expect(morphy('inspecting', 'verb', wordnet)).toBe('inspect');
    expect(morphy('xyzzyqq', 'noun', wordnet)).toBeNull();
  });
});

describe('conceptLookup (English WordNet concepts)', () => {
  it('conceptLookup(...)(word) lets "clients" and "customers" share a synset', () => {
    expect(shared(senses('clients'), senses('customers')).length).toBeGreaterThan(0);
  });

  it('conceptLookup(...)(word) gives synonyms a shared sense (purchase/buy) and unrelated words none (purchase/weld)', () => {
    expect(shared(senses('purchase'), senses('buy')).length).toBeGreaterThan(0);
    expect(shared(senses('purchase'), senses('weld'))).toEqual([]);
  });

  it('conceptLookup(...)(word) lets kinds of one thing meet on a hypernym (truck/car), marked as the hypernym family', () => {
    const common = shared(withHypernyms('truck'), withHypernyms('car'));
    expect(common.length).toBeGreaterThan(0);
    expect(common.every((f) => f.startsWith('h|'))).toBe(true);
  });

  it('conceptLookup(...)(word) is empty for words WordNet does not know', () => {
    expect(senses('qqzzyx')).toEqual([]);
  });
});

describe('termsOf (English) with default concepts', () => {
  it('termsOf(text, "en") appends sense and hypernym features, so "Assist shoppers" and "Assist buyers" share a concept', () => {
    const lexicon = loadLexicon();
    const a = termsOf('Assist shoppers', 'en', lexicon).features;
    const b = termsOf('Assist buyers', 'en', lexicon).features;
    expect(a.some((f) => f.startsWith('k|'))).toBe(true);
    expect(shared(a, b).some((f) => f.startsWith('k|') || f.startsWith('h|'))).toBe(true);
    expect(DEFAULT_TERMS_OPTIONS.en.concepts).not.toBeNull();
  });
});
