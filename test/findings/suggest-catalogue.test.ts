import { describe, expect, it } from 'vitest';
import type { OrgDocument, ResultDuty, Unit } from '../../src/model.ts';
import { CatalogueSchema, parseCatalogue } from '../../src/findings/catalogue.ts';
import { flattenCatalogue } from '../../src/findings/catalogue-flatten.ts';
import { catalogueToYaml } from '../../src/findings/catalogue-yaml.ts';
import { computeCoverage } from '../../src/findings/coverage.ts';
import { matchFunctions } from '../../src/findings/coverage-match.ts';
import { suggestCatalogue, type SuggestDuty } from '../../src/findings/suggest-catalogue.ts';
import { clusterDuties } from '../../src/findings/suggest-catalogue-clusters.ts';
import { isNamingWord, topTerms } from '../../src/findings/suggest-catalogue-name.ts';
import { sparseFromMap, type SparseVector } from '../../src/similarity/sparse.ts';
import { InputError } from '../../src/util/errors.ts';

/** A tiny vectoriser for the tests: counts of the given words, one shared vocabulary. */
function vectoriser(): (words: readonly string[]) => SparseVector {
  const vocabulary = new Map<string, number>();
  return (words) => {
    const counts = new Map<number, number>();
    for (const w of words) {
      if (!vocabulary.has(w)) vocabulary.set(w, vocabulary.size);
      const t = vocabulary.get(w) ?? 0;
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    return sparseFromMap(counts);
  };
}

const WORDS: string[][] = [
  ['负责', '市场', '调研'],
  ['组织', '市场', '调研', '报告'],
  ['开展', '市场', '调研'],
  ['负责', '产品', '定价'],
  ['制定', '产品', '定价'],
  ['参与', '产品', '定价', '方案'],
  ['负责', '车辆', '管理'],
];
const DUTIES: SuggestDuty[] = WORDS.map((words, i) => ({
  id: `d${i}`,
  text: words.join(''),
  normalized: words.join(''),
  words,
}));

function fixture(): { duties: SuggestDuty[]; vectors: SparseVector[]; vec: (w: readonly string[]) => SparseVector } {
  const vec = vectoriser();
  return { duties: DUTIES, vectors: WORDS.map(vec), vec };
}

describe('clusterDuties', () => {
  it('clusterDuties(vectors, threshold, minSize) groups neighbours around the best-connected duty and drops small clusters', () => {
    const { vectors } = fixture();
    const clusters = clusterDuties(vectors, 0.5, 2);
    expect(clusters.map((c) => [...c.members].sort())).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    expect(clusters[0].scores[0]).toBe(1);
    expect(clusterDuties(vectors, 0.5, 1)).toHaveLength(3);
  });
});

describe('topTerms', () => {
  it('topTerms(...) prefers words that mark the cluster over words every duty uses', () => {
    // 市场 is in every duty of the corpus, 调研 only in this cluster's three.
    const df = new Map([['市场', 7], ['调研', 3], ['组织', 1], ['报告', 1], ['开展', 1], ['负责', 3]]);
    expect(topTerms(WORDS.slice(0, 3), df, 7, 1)).toEqual(['调研']);
    expect(topTerms(WORDS.slice(0, 3), df, 7, 6).at(-1)).toBe('负责');
  });

  it('isNamingWord(word) rejects punctuation, numbers and single Han characters', () => {
    expect(['市场', 'pricing', '的', '12', '、', 'of'].map(isNamingWord)).toEqual([true, true, false, false, false, false]);
  });
});

describe('suggestCatalogue', () => {
  it('suggestCatalogue(duties, vectors, options) makes one named function per cluster with member duties as examples', () => {
    const { duties, vectors } = fixture();
    const c = suggestCatalogue(duties, vectors, { threshold: 0.5, minSize: 2 });
    expect(CatalogueSchema.safeParse(c).success).toBe(true);
    expect(c.functions.map((f) => f.id)).toEqual(['draft-001', 'draft-002']);
    // 市场 and 调研 tie (same counts) and go in code-point order; 开展 wins the tie of the one-off words the same way.
    expect(c.functions[0].name.zh).toBe('市场、调研、开展');
    expect(c.functions[1].name.zh).toBe('产品、定价、制定');
    expect(c.functions[0].examples).toHaveLength(3);
    expect(c.description).toContain('1 duties fit no cluster');
  });

  it('suggestCatalogue(duties, vectors, options) keeps at most maxExamples examples and skips repeated texts', () => {
    const vec = vectoriser();
    const words = Array.from({ length: 8 }, (_, i) => ['市场', '调研', i < 4 ? '报告' : `地区${i}`]);
    // The first four are one duty copied with different numbering and punctuation.
    const copies = ['市场调研报告', '2)市场调研报告;', '市场调研报告。', '(3) 市场调研报告'];
    const duties = words.map((w, i) => ({ id: `d${i}`, text: i < 4 ? copies[i] : w.join(''), normalized: i < 4 ? copies[i] : w.join(''), words: w }));
    const [f] = suggestCatalogue(duties, words.map(vec), { threshold: 0.3, minSize: 2, maxExamples: 3 }).functions;
    expect(f.examples).toHaveLength(3);
    expect(f.examples.filter((e) => e.includes('报告'))).toHaveLength(1);
  });

  it('suggestCatalogue(duties, vectors, options) is deterministic', () => {
    const a = fixture();
    const b = fixture();
    expect(suggestCatalogue(a.duties, a.vectors, { threshold: 0.5, minSize: 2 })).toEqual(
      suggestCatalogue(b.duties, b.vectors, { threshold: 0.5, minSize: 2 }),
    );
  });

  it('suggestCatalogue(duties, vectors, options) throws an InputError when no cluster reaches minSize', () => {
    const { duties, vectors } = fixture();
    expect(() => suggestCatalogue(duties, vectors, { threshold: 0.99, minSize: 2 })).toThrow(InputError);
  });

  it('catalogueToYaml(c) round-trips a suggested catalogue through YAML, under a draft header', () => {
    const { duties, vectors } = fixture();
    const c = suggestCatalogue(duties, vectors, { threshold: 0.5, minSize: 2 });
    const yaml = catalogueToYaml(c);
    expect(yaml.startsWith('# DRAFT function catalogue')).toBe(true);
    expect(parseCatalogue(yaml, 'draft.yaml')).toEqual(c);
  });

  it('suggestCatalogue(...) output works with computeCoverage: every clustered duty covers its own function', () => {
    const { duties, vectors, vec } = fixture();
    const functions = flattenCatalogue(suggestCatalogue(duties, vectors, { threshold: 0.5, minSize: 2 }));
    const byText = new Map(duties.map((d) => [d.text, d.words]));
    const functionVectors = functions.map((f) => f.examples.map((e) => vec(byText.get(e) ?? [])));
    const document: OrgDocument = { id: 'doc', title: 'doc', source: { file: 'doc.txt', line: 1 }, language: 'zh', script: 'simplified' };
    const units: Unit[] = duties.map((_, i) => ({
      id: `u${i}`, documentId: 'doc', name: `部门${i}`, kind: 'department', parentId: null, path: [`部门${i}`], attributes: {}, source: document.source,
    }));
    const resultDuties: ResultDuty[] = duties.map((d, i) => ({
      id: d.id, unitId: `u${i}`, parentId: null, level: 0, number: null, text: d.text, normalized: d.normalized,
      role: 'lead', proposed: false, note: null, links: [], source: document.source, category: 'business',
    }));
    const coverage = computeCoverage({
      documents: [document], units, duties: resultDuties, functions,
      matches: matchFunctions(functionVectors, vectors, 0.2), threshold: 0.99, level: 0,
    });
    // Each duty is its own function's example, so it matches at 1; three units lead each cluster.
    expect(coverage.map((c) => [c.functionId, c.outcome, c.units.length])).toEqual([
      ['draft-001', 'multi-lead', 3],
      ['draft-002', 'multi-lead', 3],
    ]);
  });
});
