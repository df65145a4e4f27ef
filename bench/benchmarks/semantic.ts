import type { OrgModel } from '../../src/model.ts';
import { analyzeModel } from '../../src/run/analyze.ts';
import { DEFAULT_OPTIONS } from '../../src/run/defaults.ts';
import { openEmbedder } from '../../src/run/semantic-cache.ts';
import { semanticUnavailable } from '../../src/run/semantic.ts';
import { readPairCorpus } from '../../test/corpus/pair-corpus.ts';
import type { Benchmark } from '../lib/benchmark.ts';
import { loadLexicon, loadRelationRules } from '../../src/run/resources.ts';

/**
 * The semantic tier at size: N Chinese duties (default 10,000; --size 100000
 * for 100k) built from the pair corpus's Chinese duty texts, each made
 * distinct by a unit-specific object, in organisations of 5,000 duties; the
 * analysis with and without the tier. Embedding dominates (one CPU thread).
 */
export const semanticBenchmark: Benchmark = {
  name: 'semantic',
  description: 'analysis of N Chinese duties with and without the semantic tier (default 10k; --size 100000)',
  async run(options, print) {
    const missing = await semanticUnavailable();
    if (missing) {
      print(`semantic: skipped, ${missing}`);
      return;
    }
    const texts = readPairCorpus().filter((o) => o.org.language !== 'en').flatMap((o) => o.duties.map((d) => d.duty));
    const n = options.size ?? 10_000;
    const perOrg = 5000;
    const model: OrgModel = { orgModelVersion: 2, tool: { name: 'dutylens', version: 'bench' }, documents: [], units: [], duties: [] };
    for (let k = 0; k < n; k++) {
      const doc = `org${Math.floor(k / perOrg)}`;
      const unit = `${doc}-u${Math.floor((k % perOrg) / 25)}`;
      if (k % perOrg === 0) model.documents.push({ id: doc, title: doc, source: { file: `${doc}.txt`, line: 1 }, language: 'zh', script: 'simplified' });
      if (k % 25 === 0) model.units.push({ id: unit, documentId: doc, name: `第${Math.floor((k % perOrg) / 25)}处`, kind: 'department', parentId: null, path: [unit], attributes: {}, source: { file: `${doc}.txt`, line: 1 } });
      const text = `${texts[k % texts.length]}(第${k}项)`;
      model.duties.push({ id: `d${k}`, unitId: unit, parentId: null, level: 0, number: null, text, normalized: text, role: 'lead', proposed: false, note: null, links: [], source: { file: `${doc}.txt`, line: 1 } });
    }
    const resources = { lexicon: loadLexicon(), rules: loadRelationRules() };
    for (const semantic of [false, true]) {
      const start = process.hrtime.bigint();
      const embedder = semantic ? await openEmbedder(null) : undefined;
      const result = await analyzeModel(model, { ...DEFAULT_OPTIONS, ...(semantic ? { semantic: true } : {}) }, { ...resources, embedder });
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const added = result.semantic?.organisations.reduce((s, o) => s + o.added, 0) ?? 0;
      print(`semantic (${n} duties, tier ${semantic ? 'on' : 'off'}): ${seconds.toFixed(1)} s, ${result.pairs.length} pairs${semantic ? `, ${added} added by the tier` : ''}`);
    }
  },
};
