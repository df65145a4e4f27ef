import { describe, expect, it } from 'vitest';
import { ResultSchema, type OrgModel } from '../../src/model.ts';
import { mandateFit, profileFit, suggestOwner, unitProfiles } from '../../src/findings/owners.ts';
import { applyOwnerRegister } from '../../src/findings/owners-register.ts';
import { loadRelationRules } from '../../src/run/resources.ts';
import { analyzeModel, DEFAULT_OPTIONS, ownerSuggestions } from '../../src/run/analyze.ts';
import { loadLexicon } from '../../src/run/resources.ts';
import { sparseFromMap } from '../../src/similarity/sparse.ts';
import { doc, duty, unit } from './org-fixtures.ts';
import { buildResult } from '../run/result-builder.ts';

const vec = (entries: [number, number][]) => sparseFromMap(new Map(entries));

describe('suggestOwner(sides)', () => {
  it('proposes the unit whose other duties are the work, and the other as support when its mandate touches it', () => {
    const s = suggestOwner([
      { unitId: 'a', name: 0, mandate: 0.1, role: 'lead' },
      { unitId: 'b', name: 0, mandate: 0.5, role: 'lead' },
    ]);
    expect(s).toMatchObject({ lead: 'b', support: 'a', basis: 'mandate' });
    expect(s.fits.map((f) => f.unitId)).toEqual(['b', 'a']);
  });

  it('says the name decided when the name made the difference, and drops a support whose mandate is far from the work', () => {
    const s = suggestOwner([
      { unitId: 'a', name: 0.6, mandate: 0.2, role: 'lead' },
      { unitId: 'b', name: 0, mandate: 0.01, role: 'lead' },
    ]);
    expect(s).toMatchObject({ lead: 'a', support: null, basis: 'name' });
  });

  it('lets the role words tip equal fits (负责 over 配合), and proposes no lead for a true tie', () => {
    expect(suggestOwner([
      { unitId: 'a', name: 0, mandate: 0.3, role: 'support' },
      { unitId: 'b', name: 0, mandate: 0.3, role: 'lead' },
    ])).toMatchObject({ lead: 'b', basis: 'role' });
    expect(suggestOwner([
      { unitId: 'a', name: 0.2, mandate: 0.3, role: 'lead' },
      { unitId: 'b', name: 0.2, mandate: 0.3, role: 'lead' },
    ])).toMatchObject({ lead: null, support: null, basis: 'tie' });
  });
});

describe('mandateFit(profile, v) and profileFit(profile, v)', () => {
  const duties = [vec([[0, 1]]), vec([[0, 1], [1, 1]]), vec([[2, 1]])];
  const profiles = unitProfiles(3, (i) => (i < 2 ? 'u' : 'w'), (i) => duties[i]);

  it('measures a duty against its unit\'s other duties, not against itself', () => {
    // u's other duty for duties[0] is duties[1]: cosine 1/√2.
    expect(mandateFit(profiles.get('u'), duties[0])).toBeCloseTo(Math.SQRT1_2, 5);
    // w has no other duty.
    expect(mandateFit(profiles.get('w'), duties[2])).toBe(0);
  });

  it('measures outside work (a catalogue function) against the whole profile', () => {
    expect(profileFit(profiles.get('w'), vec([[2, 1]]))).toBeCloseTo(1, 5);
    expect(profileFit(profiles.get('u'), vec([[2, 1]]))).toBe(0);
    expect(profileFit(undefined, vec([[2, 1]]))).toBe(0);
  });
});

describe('owner suggestions in the analysis', () => {
  const model: OrgModel = {
    orgModelVersion: 2,
    tool: { name: 'dutylens', version: 'test' },
    documents: [doc('d')],
    units: [unit('p', 'd', '价格管理处'), unit('m', 'd', '市场策划处')],
    duties: [
      duty('p1', 'p', '负责制定资费方案和价格管理办法'),
      duty('p2', 'p', '负责资费方案的审核和价格监督检查'),
      duty('p3', 'p', '负责价格政策研究和资费套餐设计'),
      duty('m1', 'm', '负责制定资费方案和价格管理办法'),
      duty('m2', 'm', '负责市场策划和品牌推广活动'),
      duty('m3', 'm', '负责市场活动策划和宣传推广'),
    ].map(({ category: _c, ...d }) => d),
  };

  it('puts a suggested owner on every conflict: the unit whose name and other duties are the work', async () => {
    const result = await analyzeModel(model, DEFAULT_OPTIONS, { lexicon: loadLexicon(), rules: loadRelationRules() });
    const conflict = result.pairs.find((p) => p.conflict)!;
    expect(conflict).toBeDefined();
    expect(conflict.owner?.lead).toBe('p');
    expect(result.pairs.filter((p) => !p.conflict).every((p) => p.owner === undefined)).toBe(true);
    expect(() => ResultSchema.parse(result)).not.toThrow();
  });

  it('ownerSuggestions(model, …, pairs) gives the same suggestion for a pair, flagged or not', async () => {
    const [s, missing] = ownerSuggestions(model, DEFAULT_OPTIONS, { lexicon: loadLexicon(), rules: loadRelationRules() }, [['m1', 'p1'], ['m1', 'nope']]);
    expect(s?.lead).toBe('p');
    expect(missing).toBeNull();
  });
});

describe('applyOwnerRegister(result, entries)', () => {
  const base = buildResult({
    duties: [['市场部', '负责市场调研和市场分析'], ['销售部', '负责市场调研与分析']],
    pairs: [[0, 1, 'overlap', 0.7]],
    gaps: [{ functionId: 'F-crm', units: ['市场部', '销售部'], kind: 'multi-lead' }],
  });
  const [u1, u2] = base.units.map((u) => u.id);
  const owner = { lead: u2, support: null, basis: 'mandate' as const, fits: [] };
  const result = { ...base, pairs: base.pairs.map((p) => ({ ...p, owner })), gaps: base.gaps.map((g) => ({ ...g, owner })) };

  it('records a decided lead on the conflict it names (either order) and on a multi-lead function', () => {
    const out = applyOwnerRegister(result, [
      { units: ['销售部', '市场部'], duties: ['负责市场调研与分析', '负责市场调研和市场分析。'], lead: '市场部', support: '销售部', by: '张三', reason: '市场部归口市场研究' },
      { function: 'F-crm', lead: '销售部', by: '李四', reason: '客户归销售' },
    ]);
    expect(out.result.pairs[0].owner?.override).toEqual({ lead: u1, support: u2, by: '张三', reason: '市场部归口市场研究' });
    expect(out.result.pairs[0].owner?.lead).toBe(u2);
    expect(out.result.gaps[0].owner?.override?.lead).toBe(u2);
    expect(out.matched).toEqual([1, 1]);
    expect(() => ResultSchema.parse(out.result)).not.toThrow();
  });

  it('names an entry whose lead is not one of the finding\'s units, and one that matches nothing', () => {
    const out = applyOwnerRegister(result, [
      { function: 'F-crm', lead: '财务部', by: '李四', reason: 'x' },
      { function: 'F-none', lead: '销售部', by: '李四', reason: 'x' },
    ]);
    expect(out.problems).toEqual(['owners[0]: lead "财务部" is not one of the finding\'s units']);
    expect(out.result.gaps[0].owner?.override).toBeUndefined();
    expect(out.matched).toEqual([1, 0]);
  });
});
