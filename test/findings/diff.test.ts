import { describe, expect, it } from 'vitest';
import { ChangesSchema } from '../../src/model.ts';
import { charBigramDice } from '../../src/findings/diff-dice.ts';
import { changesMarkdown } from '../../src/report/changes-md.ts';
import { countChanges, diffResults, isUnchanged } from '../../src/findings/diff.ts';
import { buildResult } from '../run/result-builder.ts';

const BASE: [string, string][] = [
  ['市场部', '负责市场调研和市场分析'],
  ['市场部', '负责品牌推广活动的策划与执行'],
  ['销售部', '负责客户关系管理'],
  ['销售部', '负责销售合同的签订与回款'],
  ['财务部', '负责公司预算编制和费用审核'],
];

describe('diffResults(previous, current)', () => {
  it('finds nothing when the same duties come in another order with other numbers', () => {
    const before = buildResult({ duties: BASE, pairs: [[0, 2, 'overlap', 0.6]] });
    const after = buildResult({ duties: [BASE[4], BASE[2], BASE[0], BASE[3], BASE[1]], pairs: [[2, 1, 'overlap', 0.6]] });
    const changes = diffResults(before, after);
    expect(isUnchanged(changes)).toBe(true);
    expect(ChangesSchema.parse(changes)).toEqual(changes);
  });

  it('reports a duty that keeps its text in another unit as moved, not as removed + added', () => {
    const before = buildResult({ duties: BASE });
    const after = buildResult({ duties: [...BASE.slice(0, 4), ['销售部', '负责公司预算编制和费用审核。']] });
    const changes = diffResults(before, after);
    expect(changes.duties).toHaveLength(1);
    expect(changes.duties[0]).toMatchObject({ kind: 'moved', before: { unitPath: ['财务部'] }, after: { unitPath: ['销售部'] } });
  });

  it('reports a similar text in the same unit as reworded, and an unrelated one as removed + added', () => {
    const before = buildResult({ duties: BASE });
    const after = buildResult({
      duties: [BASE[0], ['市场部', '负责品牌推广活动的策划、组织与执行'], BASE[2], ['销售部', '负责招聘新员工'], BASE[4]],
    });
    const kinds = diffResults(before, after).duties.map((c) => [c.kind, (c.after ?? c.before)!.text]);
    expect(kinds).toEqual([
      ['reworded', '负责品牌推广活动的策划、组织与执行'],
      ['added', '负责招聘新员工'],
      ['removed', '负责销售合同的签订与回款'],
    ]);
  });

  it('counts a duty that appears twice in one unit as one more duty', () => {
    const before = buildResult({ duties: BASE });
    const after = buildResult({ duties: [...BASE, BASE[0]] });
    expect(diffResults(before, after).duties.map((c) => c.kind)).toEqual(['added']);
  });

  it('matches pairs by their duties\' unit paths and texts: new, resolved and relation-changed', () => {
    const before = buildResult({ duties: BASE, pairs: [[0, 2, 'overlap', 0.6], [1, 3, 'parallel', 0.5], [3, 4, 'duplicate', 0.9]] });
    const after = buildResult({ duties: BASE, pairs: [[0, 2, 'overlap', 0.62], [1, 3, 'overlap', 0.55], [0, 4, 'overlap', 0.58]] });
    const pairs = diffResults(before, after).pairs.map((c) => [c.kind, c.before, c.after]);
    expect(pairs).toEqual([
      ['new', null, 'overlap'],
      ['relation-changed', 'parallel', 'overlap'],
      ['resolved', 'duplicate', null],
    ]);
    expect(countChanges(diffResults(before, after)).newConflicts).toBe(2);
  });

  it('ignores look-alike pairs that never were conflicts', () => {
    const before = buildResult({ duties: BASE, pairs: [[1, 3, 'parallel', 0.5]] });
    const after = buildResult({ duties: BASE, pairs: [[1, 3, 'collaboration', 0.5], [0, 4, 'generic', 0.4]] });
    expect(diffResults(before, after).pairs).toEqual([]);
  });

  it('opens and closes gaps by function and unit paths, not ids', () => {
    const before = buildResult({ doc: 'a', duties: BASE, gaps: [{ functionId: 'F1' }, { functionId: 'F2', units: ['市场部', '销售部'], kind: 'multi-lead' }] });
    const after = buildResult({ doc: 'a', duties: [...BASE].reverse(), gaps: [{ functionId: 'F2', units: ['销售部', '市场部'], kind: 'multi-lead' }, { functionId: 'F3' }] });
    expect(diffResults(before, after).gaps.map((c) => [c.kind, c.gap.functionId])).toEqual([
      ['opened', 'F3'],
      ['closed', 'F1'],
    ]);
  });

  it('is deterministic and records the previous run id', () => {
    const before = buildResult({ duties: BASE });
    const after = buildResult({ duties: BASE.slice(1) });
    expect(JSON.stringify(diffResults(before, after, { minDice: 0.6 }, 'r1'))).toBe(JSON.stringify(diffResults(before, after, { minDice: 0.6 }, 'r1')));
    expect(diffResults(before, after, { minDice: 0.6 }, 'r1').previousRun).toBe('r1');
  });
});

describe('charBigramDice(a, b)', () => {
  it('is 1 for equal texts, 0 for disjoint ones, and ignores punctuation', () => {
    expect(charBigramDice('负责预算编制', '负责预算编制。')).toBe(1);
    expect(charBigramDice('负责预算', '招聘员工')).toBe(0);
    expect(charBigramDice('abcd', 'abce')).toBeCloseTo(2 / 3, 5);
  });
});

describe('changesMarkdown(changes, counts, lang)', () => {
  it('lists each change on one line and says so when nothing changed', () => {
    const before = buildResult({ duties: BASE });
    const after = buildResult({ duties: [...BASE.slice(0, 4), ['销售部', '负责公司预算编制和费用审核']] });
    const changes = diffResults(before, after, undefined, 'r1');
    const md = changesMarkdown(changes, countChanges(changes), 'en');
    expect(md).toContain('- **moved** doc › 财务部 → doc › 销售部: “负责公司预算编制和费用审核”');
    expect(md).toContain('`r1`');
    const none = diffResults(before, before);
    expect(changesMarkdown(none, countChanges(none), 'en')).toContain('No changes');
  });
});
