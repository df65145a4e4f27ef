import { describe, expect, it } from 'vitest';
import { gapDecisionRight, gapFigures } from '../../bench/eval-gaps.ts';
import type { Coverage } from '../../src/model.ts';

const check = (organisation: string, functionId: string, outcome: Coverage['outcome']): Coverage => ({ organisation, functionId, functionName: functionId, outcome, units: [] });

describe('gap precision against blind labels', () => {
  it('a gap is right when nobody leads, a multi-lead when several do', () => {
    expect(gapDecisionRight('gap', 'none')).toBe(true);
    expect(gapDecisionRight('no-lead', 'support-only')).toBe(true);
    expect(gapDecisionRight('gap', 'led')).toBe(false);
    expect(gapDecisionRight('multi-lead', 'several-lead')).toBe(true);
    expect(gapDecisionRight('multi-lead', 'led')).toBe(false);
  });

  it('counts decisions and owned checks of the labelled items only', () => {
    const items = [
      { id: 'a', document: 'd', functionId: 'f1' },
      { id: 'b', document: 'd', functionId: 'f2' },
      { id: 'c', document: 'd', functionId: 'f3' },
      { id: 'e', document: 'd', functionId: 'f4' },
    ];
    const labels = [
      { id: 'a', answer: 'none' as const },
      { id: 'b', answer: 'led' as const },
      { id: 'c', answer: 'none' as const },
    ];
    const coverage = [check('d', 'f1', 'gap'), check('d', 'f2', 'gap'), check('d', 'f3', 'ok'), check('d', 'f4', 'gap')];
    expect(gapFigures(items, labels, coverage)).toEqual({ decisions: 2, right: 1, owned: 1, missed: 1, weak: 0, weakOwned: 0 });
  });

  it('counts a weak check apart: no decision, and owned when the label says a unit leads', () => {
    const items = [{ id: 'a', document: 'd', functionId: 'f1' }, { id: 'b', document: 'd', functionId: 'f2' }];
    const labels = [{ id: 'a', answer: 'led' as const }, { id: 'b', answer: 'none' as const }];
    const coverage = [check('d', 'f1', 'weak'), check('d', 'f2', 'weak')];
    expect(gapFigures(items, labels, coverage)).toEqual({ decisions: 0, right: 0, owned: 0, missed: 0, weak: 2, weakOwned: 1 });
  });
});
