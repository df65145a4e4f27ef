import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { charIdfFromDict, generalIdfFileText, GENERAL_IDF_FILE, idfTable, parseIdfTable, priorIdfOf } from '../../src/text/idf-prior.ts';

describe('idf prior', () => {
  it('charIdfFromDict(text) gives a character inside frequent words a lower idf than a rare one', () => {
    const idf = charIdfFromDict('管理 1000 v\n经营管理 100 n\n营业厅 10 n\n');
    expect(idf.get('管')!).toBeLessThan(idf.get('营')!);
    expect(idf.get('营')!).toBeLessThan(idf.get('厅')!);
  });

  it('parseIdfTable(text) skips comments and malformed lines', () => {
    expect([...parseIdfTable('# note\n的 0.5\n坏\n管 4.2\n')]).toEqual([['的', 0.5], ['管', 4.2]]);
  });

  it('idfTable("general") orders characters by how common they are in Chinese (的 < 管 < 熵)', () => {
    const table = idfTable('general')!;
    expect(table.get('的')!).toBeLessThan(table.get('管')!);
    expect(table.get('管')!).toBeLessThan(table.get('熵')!);
    expect(idfTable('none')).toBeNull();
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
