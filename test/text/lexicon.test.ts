import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconFileKind, parseSynonymGroups, parseUserDict } from '../../src/text/lexicon.ts';
import { termsOf } from '../../src/text/terms.ts';
import { loadLexicon } from '../../src/run/resources.ts';

describe('loadLexicon', () => {
  it('loadLexicon() reads the built-in synonyms, stopwords and user dictionary', () => {
    const lexicon = loadLexicon();
    expect(lexicon.synonyms.get('拟订')).toBe('制定');
    expect(lexicon.stopwordsZh.has('负责')).toBe(true);
    expect(lexicon.stopwordsEn.size).toBeGreaterThan(0);
    expect(lexicon.userDict.map((w) => w.word)).toContain('营业厅');
  });

  it('loadLexicon(extraFiles) extends the built-in lexicons by file kind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dutylens-lexicon-'));
    const synonyms = join(dir, 'my-synonyms.yaml');
    const stopwords = join(dir, 'my-stopwords.txt');
    const dict = join(dir, 'my-dict.txt');
    writeFileSync(synonyms, '- [稽核, 稽查]\n');
    writeFileSync(stopwords, '# filler\n确保\n');
    writeFileSync(dict, '网格化管理 3000 n\n');
    const lexicon = loadLexicon([synonyms, stopwords, dict]);
    expect(lexicon.synonyms.get('稽查')).toBe('稽核');
    expect(lexicon.stopwordsZh.has('确保')).toBe(true);
    expect(termsOf('推进网格化管理', 'zh', lexicon).words).toContain('网格化管理');
  });

  it('lexiconFileKind(file) tells the kind by name and refuses other extensions', () => {
    expect(lexiconFileKind('a/synonyms.yml')).toBe('synonyms');
    expect(lexiconFileKind('stopwords-en.txt')).toBe('stopwords-en');
    expect(lexiconFileKind('stopwords-zh.txt')).toBe('stopwords-zh');
    expect(lexiconFileKind('user-dict.txt')).toBe('user-dict');
    expect(() => lexiconFileKind('words.csv')).toThrow(/expected/);
  });

  it('parseSynonymGroups(text) rejects a group that is not a list', () => {
    expect(() => parseSynonymGroups('- 制定\n')).toThrow(/group 1/);
  });

  it('parseUserDict(text) fills in frequency and tag', () => {
    expect(parseUserDict('营业厅\n渠道 500 n # comment\n')).toEqual([
      { word: '营业厅', freq: 2000, tag: 'n' },
      { word: '渠道', freq: 500, tag: 'n' },
    ]);
  });
});
