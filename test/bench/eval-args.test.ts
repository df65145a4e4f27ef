import { describe, expect, it } from 'vitest';
import { parseEvalArgs } from '../../bench/lib/args.ts';

describe('parseEvalArgs(argv)', () => {
  it('takes --only and --detail, and runs every group without --only', () => {
    expect(parseEvalArgs(['--only', 'extract', '--detail'])).toEqual({ only: ['extract'], detail: true, extractCorpus: null });
    expect(parseEvalArgs(['--only', 'stsb,labelled']).only).toEqual(['labelled', 'stsb']);
    expect(parseEvalArgs([]).only).toEqual(['labelled', 'pairs', 'owners', 'gaps', 'onet', 'stsb', 'extract']);
  });
  it('refuses unknown groups and flags', () => {
    expect(() => parseEvalArgs(['--only', 'extraction'])).toThrow(/unknown figure group/);
    expect(() => parseEvalArgs(['--details'])).toThrow();
  });
});
