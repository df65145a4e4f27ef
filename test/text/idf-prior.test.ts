import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { charIdfFromDict, generalIdfFileText, parseIdfTable, priorIdfOf } from '../../src/text/idf-prior.ts';
import { BUILTIN_LEXICON_FILES, lexiconFileKind, lexiconFromFiles } from '../../src/text/lexicon.ts';
import { loadLexicon } from '../../src/run/resources.ts';

const GENERAL_IDF_FILE = BUILTIN_LEXICON_FILES.find((f) => lexiconFileKind(f) === 'idf-prior')!;

describe('idf prior', () => {
  it('charIdfFromDict(text) gives a character inside frequent words a lower idf than a rare one', () => {
    const idf = charIdfFromDict('管理 1000 v\n经营管理 100 n\n营业厅 10 n\n');
    expect(idf.get('管')!).toBeLessThan(idf.get('营')!);
    expect(idf.get('营')!).toBeLessThan(idf.get('厅')!);
  });

  it('parseIdfTable(text) skips comments and malformed lines', () => {
    expect([...parseIdfTable('# note\n的 0.5\n坏\n管 4.2\n')]).toEqual([['的', 0.5], ['管', 4.2]]);
  });

  it('the loaded lexicon\'s idfPrior orders characters by how common they are in Chinese (的 < 管 < 熵)', () => {
    const table = loadLexicon().idfPrior!;
    expect(table.get('的')!).toBeLessThan(table.get('管')!);
    expect(table.get('管')!).toBeLessThan(table.get('熵')!);
  });

  it('a lexicon without an idf file has no prior; a later idf file overrides entries of an earlier one', () => {
    expect(lexiconFromFiles([{ file: 'synonyms.yaml', text: '[]' }]).idfPrior).toBeNull();
    const prior = lexiconFromFiles([
      { file: 'idf-prior-zh.txt', text: '管 4\n的 0.5\n' },
      { file: 'my-idf.txt', text: '管 2\n' },
    ]).idfPrior!;
    expect([...prior]).toEqual([['管', 2], ['的', 0.5]]);
  });

  it('priorIdfOf(feature, table) looks up characters only', () => {
    const table = new Map([['管', 4], ['管理', 3]]);
    expect(priorIdfOf('c|管', table)).toBe(4);
    expect(priorIdfOf('w|管理', table)).toBeUndefined();
    expect(priorIdfOf('s|manag', table)).toBeUndefined();
  });

  it('the shipped idf-prior-zh.txt is what generalIdfFileText makes of jieba\'s dictionary', () => {
    const dict = readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8');
    expect(readFileSync(GENERAL_IDF_FILE, 'utf8'), 'regenerate analysis/lexicon/idf-prior-zh.txt with generalIdfFileText').toBe(generalIdfFileText(dict));
  });
});
