import { describe, expect, it } from 'vitest';
import { ResultSchema } from '../../src/model.ts';
import { applyAcceptance, isOpen, type AcceptanceEntry } from '../../src/findings/acceptance.ts';
import { buildResult } from '../run/result-builder.ts';

const result = buildResult({
  duties: [
    ['市场部/经理', '负责市场调研和市场分析'],
    ['销售部', '负责市场调研与分析'],
    ['销售部', '负责客户关系管理'],
  ],
  pairs: [[0, 1, 'overlap', 0.7], [1, 2, 'parallel', 0.4]],
  gaps: [{ functionId: 'F-risk' }, { functionId: 'F-crm', units: ['市场部/经理', '销售部'], kind: 'multi-lead' }],
});

const entry = (over: Partial<AcceptanceEntry>): AcceptanceEntry => ({ owner: '张三', reason: '两部门分工已明确', expires: '2030-06-30', ...over });

describe('applyAcceptance(result, entries, today)', () => {
  it('accepts a conflict named by its units (path tail or name) and duty texts, in either order, ignoring punctuation', () => {
    const { result: out, matched } = applyAcceptance(
      result,
      [entry({ units: ['销售部', '市场部/经理'], duties: ['负责市场调研与分析。', '负责市场调研和市场分析'] })],
      '2030-01-01',
    );
    expect(out.pairs[0].acceptance).toEqual({ owner: '张三', reason: '两部门分工已明确', expires: '2030-06-30', expired: false });
    expect(isOpen(out.pairs[0])).toBe(false);
    expect(out.pairs[1].acceptance).toBeUndefined();
    expect(matched).toEqual([1]);
    expect(() => ResultSchema.parse(out)).not.toThrow();
  });

  it('accepts a conflict named by duty ids', () => {
    const { result: out } = applyAcceptance(result, [entry({ units: ['经理', '销售部'], duties: [result.duties[0].id, result.duties[1].id] })], '2030-01-01');
    expect(out.pairs[0].acceptance?.expired).toBe(false);
  });

  it('keeps an expired acceptance but counts the finding as open again (the expiry day itself still holds)', () => {
    const entries = [entry({ function: 'F-risk', expires: '2030-01-01' })];
    expect(applyAcceptance(result, entries, '2030-01-01').result.gaps[0].acceptance?.expired).toBe(false);
    const later = applyAcceptance(result, entries, '2030-01-02').result.gaps[0];
    expect(later.acceptance?.expired).toBe(true);
    expect(isOpen(later)).toBe(true);
  });

  it('accepts a gap by function id, limited to the units named', () => {
    const { result: out, matched } = applyAcceptance(
      result,
      [entry({ function: 'F-crm', units: ['销售部'] }), entry({ function: 'F-crm', units: ['财务部'] })],
      '2030-01-01',
    );
    expect(out.gaps[1].acceptance?.owner).toBe('张三');
    expect(out.gaps[0].acceptance).toBeUndefined();
    expect(matched).toEqual([1, 0]);
  });

  it('does not accept a conflict when a unit does not match', () => {
    const { result: out, matched } = applyAcceptance(
      result,
      [entry({ units: ['财务部', '销售部'], duties: ['负责市场调研和市场分析', '负责市场调研与分析'] })],
      '2030-01-01',
    );
    expect(out.pairs[0].acceptance).toBeUndefined();
    expect(matched).toEqual([0]);
  });
});
