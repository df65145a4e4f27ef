import { describe, expect, it } from 'vitest';
import { corpusProblems, readPairCorpus } from './pair-corpus.ts';

const corpus = readPairCorpus();

describe('the labelled pair corpus', () => {
  it('has organisations in both splits', () => {
    expect(corpus.some((o) => o.org.split === 'tune')).toBe(true);
    expect(corpus.some((o) => o.org.split === 'test')).toBe(true);
  });

  it.each(corpus.map((o) => [o.id, o] as const))('%s: every pair is two rows of its table, of two units', (_, o) => {
    expect(corpusProblems(o)).toEqual([]);
    expect(new Set(o.duties.map((d) => d.unit)).size).toBeGreaterThanOrEqual(2);
  });
});
