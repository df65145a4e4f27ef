import { describe, expect, it } from 'vitest';
import { termsOf, DEFAULT_TERMS_OPTIONS } from '../../src/text/terms.ts';
import { featureFamily } from '../../src/text/feature-family.ts';
import { loadLexicon } from '../../src/run/resources.ts';

const lexicon = loadLexicon();

describe('termsOf (Chinese)', () => {
  it('termsOf(text, "zh") maps synonyms to their canonical form (制订→制定, 顾客→客户)', () => {
    const { words } = termsOf('负责制订顾客服务规范', 'zh', lexicon);
    expect(words).toContain('制定');
    expect(words).toContain('客户');
    expect(words).not.toContain('制订');
    expect(words).not.toContain('顾客');
  });

  it('termsOf(text, "zh") leaves role verbs and filler out of words and features', () => {
    const { words, features } = termsOf('负责牵头组织开展相关工作，积极配合做好资费管理', 'zh', lexicon);
    for (const filler of ['负责', '牵头', '组织', '开展', '相关', '工作', '积极', '配合', '做好']) {
      expect(words).not.toContain(filler);
      expect(features).not.toContain(`w|${filler}`);
    }
    expect(words).toEqual(['资费', '管理']);
  });

  it('termsOf(text, "zh") gives a stopword only filler characters (f|), never word, bigram or content-character features', () => {
    const { features } = termsOf('负责资费管理', 'zh', lexicon);
    expect(features).toEqual(expect.arrayContaining(['f|负', 'f|责', 'c|资', 'c|理']));
    expect(features).not.toContain('c|负');
    expect(features.filter((f) => featureFamily(f) === 'filler')).toEqual(['f|负', 'f|责']);
    const plain = termsOf('负责资费管理', 'zh', lexicon, { ...DEFAULT_TERMS_OPTIONS, zh: { ...DEFAULT_TERMS_OPTIONS.zh, fillerChars: false } });
    expect(plain.features.some((f) => featureFamily(f) === 'filler')).toBe(false);
  });

  it('termsOf(text, "zh") adds character bigrams of content runs, never across a stopword', () => {
    const { features } = termsOf('负责资费管理', 'zh', lexicon);
    expect(features).toEqual(expect.arrayContaining(['b|资费', 'b|费管', 'b|管理']));
    expect(features).not.toContain('b|责资');
    expect(features.filter((f) => featureFamily(f) === 'bigram')).toHaveLength(3);
  });

  it('termsOf(text, "zh") keeps user-dictionary words whole (营业厅, 政企客户)', () => {
    const { words } = termsOf('负责自有营业厅和政企客户的管理', 'zh', lexicon);
    expect(words).toContain('自有营业厅');
    expect(words).toContain('政企客户');
    expect(words).not.toContain('营业');
  });

  it('termsOf(text, "zh") keeps Latin and numeric tokens whole', () => {
    const { words, features } = termsOf('负责4G业务推广', 'zh', lexicon);
    expect(words).toContain('4g');
    expect(features).toContain('c|4g');
    expect(features).not.toContain('c|4');
  });

  it('termsOf(text, "zh") is deterministic', () => {
    const text = '负责市场调研，收集客户意见，拟订营销方案并组织实施';
    expect(termsOf(text, 'zh', lexicon)).toEqual(termsOf(text, 'zh', lexicon));
  });
});

describe('termsOf (English)', () => {
  it('termsOf(text, "en") stems words, drops stopwords and adds word-bounded n-grams', () => {
    const { words, features } = termsOf('Coordinate the scheduling of repairs with the customers', 'en', lexicon);
    expect(words).toEqual(['coordinate', 'scheduling', 'repair', 'customer']);
    expect(features).toEqual(expect.arrayContaining(['s|coordin', 's|schedul', 's|repair', 's|custom', 'g| rep', 'g|air ']));
    expect(features.some((f) => f.includes('the'))).toBe(false);
  });

  it('termsOf(text, "en") maps English synonyms before stemming (clients → customer)', () => {
    const { words } = termsOf('Advise clients', 'en', lexicon, { ...DEFAULT_TERMS_OPTIONS, en: { ngrams: null, stemPairs: false, concepts: null } });
    expect(words).toEqual(['advise', 'customer']);
  });
});

describe('English stopwords', () => {
  it("termsOf(text, 'en') drops natural's general stopwords as well as the lexicon's", async () => {
    const { loadLexicon } = await import('../../src/run/resources.ts');
    const { termsOf } = await import('../../src/text/terms.ts');
    const words = termsOf('the customers of the company', 'en', loadLexicon()).words;
    expect(words).not.toContain('the');
    expect(words).not.toContain('of');
  });
});
