import { describe, expect, it } from 'vitest';
import { analyzeModel, DEFAULT_OPTIONS } from '../../src/run/analyze.ts';
import { loadModel } from '../../src/run/load.ts';
import { loadLexicon, loadRelationRules } from '../../src/run/resources.ts';

describe('analyzeModel on worker threads', () => {
  it('analyzeModel(model) gives the same result with the all-pairs search on two threads as on one', async () => {
    const { model } = await loadModel(['seeds/001_94b0fa48ae8414f2.txt', 'seeds/003_805e8c79604db5b9.txt'], {});
    const resources = { lexicon: loadLexicon(), rules: loadRelationRules() };
    const one = await analyzeModel(model, DEFAULT_OPTIONS, { ...resources, workers: 1 });
    const two = await analyzeModel(model, DEFAULT_OPTIONS, { ...resources, workers: 2, parallelFrom: 0 });
    expect(one.pairs.length).toBeGreaterThan(0);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});
