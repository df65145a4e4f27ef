import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../src/run/analyze.ts';
import { DEFAULT_OPTIONS } from '../../src/run/defaults.ts';
import { cachedEmbedder } from '../../src/run/semantic-cache.ts';
import { loadEmbedder, SEMANTIC_MODEL_DIR, semanticUnavailable, type Embedder } from '../../src/run/semantic.ts';
import { InputError } from '../../src/util/errors.ts';
import { doc, duty, unit } from '../findings/org-fixtures.ts';
import { loadLexicon, loadRelationRules } from '../../src/run/resources.ts';
import { pairReasonText } from '../../src/report/i18n.ts';
import { catalogueCoverage, SEMANTIC_COVERAGE } from '../../src/run/coverage.ts';
import { embedderFor } from '../../src/run/pipeline.ts';

// The semantic tier's runtime packages are optional dependencies; CI installs them and must test them.
const missing = await semanticUnavailable();
if (missing && process.env.CI) throw new Error(`CI must run the semantic tier: ${missing}`);
if (missing) console.warn(`semantic tier tests skipped: ${missing}`);

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((s, x, k) => s + x * b[k], 0);

describe.skipIf(missing !== null)('the semantic tier (bundled bge-small-zh, onnxruntime-node)', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await loadEmbedder();
  });

  it('embeds to unit vectors, and a paraphrase sits closer than other work', async () => {
    const [a, b, c] = await embedder.embed(['收集竞争对手的动态信息', '跟踪同行业竞争情况并进行分析', '负责办公用品的采购与发放']);
    expect(a).toHaveLength(512);
    expect(Math.hypot(...a)).toBeCloseTo(1, 4);
    expect(cosine(a, b)).toBeGreaterThan(cosine(a, c) + 0.05);
  });

  it('gives a text the same vector whatever else is embedded with it', async () => {
    const [alone] = await embedder.embed(['负责公司年度预算的编制']);
    const mixed = await embedder.embed(['负责办公用品的采购', '负责公司年度预算的编制', '组织开展安全生产检查并督促整改落实到位']);
    expect(Array.from(mixed[1])).toEqual(Array.from(alone));
  });

  it('the cache embeds a text once and keeps it between runs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dutylens-emb-'));
    try {
      const first = await cachedEmbedder(embedder, dir);
      const [v] = await first.embed(['负责合同的法律审核']);
      await first.save();
      const second = await cachedEmbedder(embedder, dir);
      const [w] = await second.embed(['负责合同的法律审核']);
      expect(second.counts).toEqual({ embedded: 0, cached: 1 });
      expect(Array.from(w)).toEqual(Array.from(v));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the cache is not read when its vectors were made another way (an older recipe)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dutylens-emb-'));
    try {
      const first = await cachedEmbedder(embedder, dir);
      await first.embed(['负责合同的法律审核']);
      await first.save();
      const other = await cachedEmbedder({ ...embedder, recipe: 'batched', embed: (texts) => embedder.embed(texts) }, dir);
      await other.embed(['负责合同的法律审核']);
      expect(other.counts).toEqual({ embedded: 1, cached: 0 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('finds a paraphrase the words miss, and marks it as found by the semantic tier', async () => {
    const model = {
      orgModelVersion: 2 as const,
      tool: { name: 'dutylens' as const, version: 'test' },
      documents: [doc('d')],
      units: [unit('u1', 'd', '市场部'), unit('u2', 'd', '战略发展部'), unit('u3', 'd', '行政部')],
      duties: [
        duty('a1', 'u1', '收集和分析竞争对手的经营动态'),
        duty('a2', 'u1', '负责客户档案的建立与管理'),
        duty('b1', 'u2', '跟踪同业竞争者的发展情况并形成分析报告'),
        duty('b2', 'u2', '负责公司发展战略的研究与规划'),
        duty('c1', 'u3', '负责办公用品的采购与发放'),
        duty('c2', 'u3', '负责公司车辆的调度与维护'),
      ].map(({ category: _, ...d }) => d),
    };
    const resources = { lexicon: loadLexicon(), rules: loadRelationRules() };
    const lexical = await analyzeModel(model, DEFAULT_OPTIONS, resources);
    expect(lexical.pairs.some((p) => p.a === 'a1' && p.b === 'b1')).toBe(false);
    const semantic = await analyzeModel(model, { ...DEFAULT_OPTIONS, semantic: true }, { ...resources, embedder });
    const pair = semantic.pairs.find((p) => p.a === 'a1' && p.b === 'b1');
    expect(pair?.relation).toBe('overlap');
    expect(pair?.semantic).toBeGreaterThan(0.7);
    expect(pair?.reason.rule).toBe('semantic');
    expect(pairReasonText('zh', pair!.reason)).toContain('语义层');
    expect(semantic.semantic?.model).toBe('bge-small-zh-v1.5-int8');
    // semanticGaps alone leaves pairs to the words, and without a catalogue the tier does nothing.
    const gapsOnly = await analyzeModel(model, { ...DEFAULT_OPTIONS, semanticGaps: true }, { ...resources, embedder });
    expect(gapsOnly.pairs.some((p) => p.a === 'a1' && p.b === 'b1')).toBe(false);
    expect(gapsOnly.semantic).toBeUndefined();
  });

  it('matches a duty to a catalogue function in other words: owned with the semantic tier, a gap without it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dutylens-cat-'));
    try {
      const file = join(dir, 'hr.yaml');
      await writeFile(file, [
        'catalogueVersion: 1', 'id: hr', 'name: { zh: 人事职能, en: HR functions }', 'description: test',
        'unit: { kind: department, names: [人力资源], minDuties: 1, minShare: 0 }',
        'functions:',
        '  - id: recruitment', '    name: { zh: 招聘管理, en: Recruitment }', '    description: 制定招聘计划，组织人员招聘。', '    examples: [负责员工招聘工作]',
        '  - id: safety', '    name: { zh: 安全生产, en: Work safety }', '    description: 组织安全生产检查。', '    examples: [组织开展安全生产检查]',
      ].join('\n'));
      const model = {
        orgModelVersion: 2 as const,
        tool: { name: 'dutylens' as const, version: 'test' },
        documents: [doc('d')],
        units: [unit('u1', 'd', '人力资源部')],
        duties: [duty('a1', 'u1', '负责人才引进工作')].map(({ category: _, ...d }) => d),
      };
      const lexicon = loadLexicon();
      const resources = { lexicon, rules: loadRelationRules(), coverage: catalogueCoverage(file, { ...DEFAULT_OPTIONS, coverageMinDuties: 1 }, lexicon) };
      const options = { ...DEFAULT_OPTIONS, catalogue: file };
      const recruitment = (r: Awaited<ReturnType<typeof analyzeModel>>) => r.coverage.find((c) => c.functionId === 'recruitment');
      expect(recruitment(await analyzeModel(model, options, resources))?.outcome).toBe('gap');
      const found = recruitment(await analyzeModel(model, { ...options, semantic: true }, { ...resources, embedder }));
      expect(found?.outcome).toBe('ok');
      expect(found?.units[0].dutyIds).toEqual(['a1']);
      expect(found?.units[0].semantic).toBeGreaterThanOrEqual(SEMANTIC_COVERAGE.threshold);
      // semanticGaps: the same match, and the run's record says the tier served the catalogue only.
      const gapsOnly = await analyzeModel(model, { ...options, semanticGaps: true }, { ...resources, embedder });
      expect(recruitment(gapsOnly)?.outcome).toBe('ok');
      expect(gapsOnly.semantic).toEqual({ model: 'bge-small-zh-v1.5-int8', gapsOnly: true, organisations: [] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the semantic tier asked for gaps only (semanticGaps)', () => {
  it('without its runtime, the analysis goes on by words and says why; semantic itself is refused', async () => {
    const unavailable = async () => 'onnxruntime-node is not installed';
    const options = { ...DEFAULT_OPTIONS, catalogue: 'x.yaml', semanticGaps: true };
    const outcome = await embedderFor(options, true, null, unavailable);
    expect(outcome.embedder).toBeUndefined();
    expect(outcome.warnings).toEqual(['semanticGaps: catalogue functions are matched by words only, as the semantic tier cannot run: onnxruntime-node is not installed']);
    // Without a catalogue there is nothing to match, so nothing to load or warn of.
    expect(await embedderFor({ ...options, catalogue: null }, false, null, unavailable)).toEqual({ warnings: [] });
  });
});

describe.skipIf(missing !== null)('a damaged model file', () => {
  let dir: string;
  afterAll(() => rm(dir, { recursive: true, force: true }));
  it('is refused, naming the file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dutylens-model-'));
    await cp(SEMANTIC_MODEL_DIR, dir, { recursive: true });
    await writeFile(join(dir, 'tokenizer_config.json'), '{}');
    const error = await loadEmbedder(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).toLine()).toMatch(/tokenizer_config\.json: .*SHA256SUMS/u);
  });
});
