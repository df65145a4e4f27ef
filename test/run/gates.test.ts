import { describe, expect, it } from 'vitest';
import { evaluateGates, formatGate, parseGate, type Gate } from '../../src/run/gates.ts';

describe('parseGate(spec)', () => {
  it('reads new-conflicts, new-gaps, conflicts>N and gaps>N, and round-trips through formatGate', () => {
    for (const spec of ['new-conflicts', 'new-gaps', 'conflicts>3', 'gaps>0']) {
      const gate = parseGate(spec);
      expect('error' in gate).toBe(false);
      expect(formatGate(gate as Gate)).toBe(spec);
    }
    expect(parseGate('conflicts > 10')).toEqual({ kind: 'conflicts', max: 10 });
  });

  it('names the problem for anything else', () => {
    expect(parseGate('conflicts>=3')).toEqual({ error: expect.stringContaining('not a gate') });
    expect(parseGate('gaps>x')).toHaveProperty('error');
  });
});

describe('evaluateGates(gates, figures)', () => {
  it('fails a count gate above its limit and a new-findings gate on any new open finding', () => {
    const figures = { openConflicts: 4, openGaps: 2, newConflicts: 1, newGaps: 0 };
    const gates: Gate[] = [{ kind: 'conflicts', max: 4 }, { kind: 'gaps', max: 1 }, { kind: 'new-conflicts' }, { kind: 'new-gaps' }];
    expect(evaluateGates(gates, figures).map((g) => [g.gate, g.value, g.passed])).toEqual([
      ['conflicts>4', 4, true],
      ['gaps>1', 2, false],
      ['new-conflicts', 1, false],
      ['new-gaps', 0, true],
    ]);
  });
});
