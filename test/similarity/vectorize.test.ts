import { describe, expect, it } from 'vitest';
import { buildVectorSpace, vectorize } from '../../src/similarity/vectorize.ts';
import { sparseDot } from '../../src/similarity/sparse.ts';
import { unitDocumentSimilarity, unitProfileSimilarity } from '../../src/similarity/unit-similarity.ts';
import { termsOf } from '../../src/text/terms.ts';
import { loadLexicon } from '../../src/run/resources.ts';

const corpus = [
  ['w|资费', 'w|管理', 'b|资费'],
  ['w|渠道', 'w|管理'],
  ['w|客户', 'w|管理', 'w|客户'],
];

const norm = (values: Float32Array) => Math.sqrt(values.reduce((s, v) => s + v * v, 0));

describe('buildVectorSpace / vectorize', () => {
  it('vectorize(space, features) returns an L2-normalised vector', () => {
    const space = buildVectorSpace(corpus);
    for (const features of corpus) expect(norm(vectorize(space, features).values)).toBeCloseTo(1, 5);
  });

  it('buildVectorSpace(lists) gives a rarer feature a higher idf', () => {
    const space = buildVectorSpace(corpus);
    expect(space.idf[space.vocab.get('w|资费')!]).toBeGreaterThan(space.idf[space.vocab.get('w|管理')!]);
  });

  it('vectorize(space, features) ignores features outside the corpus', () => {
    const space = buildVectorSpace(corpus);
    const v = vectorize(space, ['w|资费', 'w|从未见过']);
    expect(v.indices).toEqual(Uint32Array.from([space.vocab.get('w|资费')!]));
    expect(vectorize(space, ['w|从未见过']).indices.length).toBe(0);
  });

  it('vectorize(space, features) weights feature families by the options', () => {
    const plain = buildVectorSpace(corpus, { familyWeights: { word: 1, bigram: 1 } });
    const light = buildVectorSpace(corpus, { familyWeights: { word: 1, bigram: 0.1 } });
    const share = (space: typeof plain) => {
      const v = vectorize(space, corpus[0]);
      return v.values[Array.from(v.indices).indexOf(space.vocab.get('b|资费')!)];
    };
    expect(share(light)).toBeLessThan(share(plain));
  });

  it('vectorize(space, features) is deterministic and gives cosine 1 for the same text', () => {
    const a = vectorize(buildVectorSpace(corpus), corpus[2]);
    const b = vectorize(buildVectorSpace(corpus), corpus[2]);
    expect(a).toEqual(b);
    expect(sparseDot(a, b)).toBeCloseTo(1, 5);
  });
});

describe('unit similarity', () => {
  const unitOf = Int32Array.from([0, 1, 1]);

  it('unitProfileSimilarity(vectors, unitOf, n) is symmetric with a zero diagonal', () => {
    const space = buildVectorSpace(corpus);
    const m = unitProfileSimilarity(corpus.map((f) => vectorize(space, f)), unitOf, 2);
    expect(m[0]).toBe(0);
    expect(m[1]).toBeCloseTo(m[2], 10);
    expect(m[1]).toBeGreaterThan(0);
  });

  it('unitDocumentSimilarity(lists, unitOf, n) scores units that share a rare term higher', () => {
    const lists = [['w|资费'], ['w|资费', 'w|管理'], ['w|渠道']];
    const m = unitDocumentSimilarity(lists, Int32Array.from([0, 1, 2]), 3);
    expect(m[0 * 3 + 1]).toBeGreaterThan(m[0 * 3 + 2]);
  });
});

describe('filler characters', () => {
  it('buildVectorSpace(lists) counts a filler character toward its character entry (one entry, df over both)', () => {
    const space = buildVectorSpace([['f|的', 'c|甲'], ['c|的', 'c|乙'], ['c|丙']]);
    expect(space.vocab.has('f|的')).toBe(false);
    const idf = (f: string) => space.idf[space.vocab.get(f)!];
    expect(idf('c|的')).toBeLessThan(idf('c|甲'));
  });

  it('vectorize(space, features) weighs a character seen only in a stopword at the filler weight, and content wins over filler', () => {
    const lists = [['f|的', 'c|甲'], ['c|的', 'c|乙'], ['f|的', 'c|的', 'c|丙']];
    const weightOf = (filler: number) => {
      const space = buildVectorSpace(lists, { familyWeights: { filler } });
      const v = vectorize(space, lists[0]);
      return v.values[Array.from(v.indices).indexOf(space.vocab.get('c|的')!)];
    };
    expect(weightOf(0.1)).toBeGreaterThan(0);
    expect(weightOf(0.1)).toBeLessThan(weightOf(1) / 5);
    const space = buildVectorSpace(lists);
    expect(vectorize(space, lists[2])).toEqual(vectorize(space, ['c|的', 'c|丙']));
  });

  it('two Chinese duties that share only role verbs and filler stay near cosine 0', () => {
    const lexicon = loadLexicon();
    const texts = ['负责资费管理工作', '负责渠道建设工作', '积极配合做好客户服务相关工作', '协助开展市场调研工作'];
    const features = texts.map((t) => termsOf(t, 'zh', lexicon).features);
    const space = buildVectorSpace(features, { idfPrior: lexicon.idfPrior });
    const v = features.map((f) => vectorize(space, f));
    expect(sparseDot(v[1], v[3])).toBeLessThan(0.02);
    expect(sparseDot(v[2], v[3])).toBeLessThan(0.02);
  });
});

describe('vectorize defaults and the idf prior', () => {
  it('buildVectorSpace(lists, {idfPrior}) caps a character idf at its general-language prior (的 is common in Chinese, however rare in the corpus)', () => {
    // 200 texts: once-only features get a corpus idf (≈ 5.6) above 的's prior (≈ 3.9).
    const lists = [['c|的', 'c|熵'], ...Array.from({ length: 199 }, (_, k) => [`c|x${k}`])];
    const capped = buildVectorSpace(lists, { idfPrior: loadLexicon().idfPrior });
    const plain = buildVectorSpace(lists);
    const of = (space: ReturnType<typeof buildVectorSpace>, f: string) => space.idf[space.vocab.get(f)!];
    expect(of(plain, 'c|的')).toBeCloseTo(of(plain, 'c|熵'), 6);
    expect(of(capped, 'c|的')).toBeLessThan(of(capped, 'c|熵'));
    expect(of(capped, 'c|熵')).toBeCloseTo(of(plain, 'c|熵'), 6);
  });

  it('vectorize(space, features) counts a repeated Chinese character once but a repeated English stem sublinearly', () => {
    const space = buildVectorSpace([['c|管', 'c|理', 's|manag', 's|plan'], ['c|营'], ['s|sell']]);
    const weightOf = (v: ReturnType<typeof vectorize>, f: string) => v.values[v.indices.indexOf(space.vocab.get(f)!)];
    const zh = vectorize(space, ['c|管', 'c|管', 'c|理']);
    expect(weightOf(zh, 'c|管')).toBeCloseTo(weightOf(zh, 'c|理'), 6);
    const en = vectorize(space, ['s|manag', 's|manag', 's|plan']);
    expect(weightOf(en, 's|manag')).toBeGreaterThan(weightOf(en, 's|plan'));
  });
});

describe('withoutTemplate(space, vectors)', () => {
  it('plays down a feature in more than a quarter of the texts, and only in corpora of 20 texts or more', async () => {
    const { vectorizeAll, withoutTemplate } = await import('../../src/similarity/vectorize.ts');
    const { csrRow } = await import('../../src/similarity/sparse.ts');
    // Every text says 事项 (the template); two share 统计, the rest are each their own.
    const texts = [['c|事', 'c|统', 'c|计'], ['c|事', 'c|统', 'c|计', 'c|方'], ...Array.from({ length: 20 }, (_, k) => ['c|事', `c|x${k}`])];
    const space = buildVectorSpace(texts);
    expect(space.template[space.vocab.get('c|事')!]).toBe(1);
    expect(space.template[space.vocab.get('c|统')!]).toBe(0);
    const plain = vectorizeAll(space, texts.length, (i) => texts[i]);
    const played = withoutTemplate(space, plain);
    const cos = (m: typeof plain, i: number, j: number) => sparseDot(csrRow(m, i), csrRow(m, j));
    // Two texts alike only in the template grow apart; two that share the work stay alike.
    expect(cos(played, 2, 3)).toBeLessThan(cos(plain, 2, 3));
    expect(cos(played, 0, 1)).toBeGreaterThan(0.9 * cos(plain, 0, 1));
    for (let i = 0; i < texts.length; i++) expect(norm(csrRow(played, i).values)).toBeCloseTo(1, 5);
    // A small corpus has no template.
    expect(buildVectorSpace(texts.slice(0, 5)).template.every((x) => x === 0)).toBe(true);
  });
});
