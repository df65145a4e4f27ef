import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEvents, type FunctionScorer } from '../../src/findings/apply-events.ts';
import type { ChangeEvent, OrgModel } from '../../src/model.ts';
import { parseText } from '../../src/parse/parse-text.ts';
import { mergeParsed } from '../../src/run/load.ts';
import { applyNotice } from '../../src/run/reorganise.ts';
import { toLines } from '../parse/read-lines.ts';
import { loadLexicon } from '../../src/run/resources.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const modelOf = (file: string, text: string): OrgModel =>
  mergeParsed([{ file, parsed: parseText(file, toLines(text)), fromModel: false }], { named: [], defaultName: 'org' }).model;

const SEED = 'seeds/003_805e8c79604db5b9.txt';
const BASE = 'test/fixtures/reorg/003-before.txt';
const GOLDEN = new URL('../golden/apply-003.json', import.meta.url);
const notice = modelOf(SEED, read(SEED));
const base = modelOf(BASE, read(BASE));
const after = applyNotice(base, notice.events!, loadLexicon());

/** The after-organisation as a reader checks it: each unit's path and its duties, with where moved ones came from. */
function view(model: OrgModel) {
  return model.units.map((u) => ({
    unit: u.path.join(' / '),
    duties: model.duties
      .filter((d) => d.unitId === u.id)
      .map((d) => (d.movedFrom ? `${d.text} ← ${d.movedFrom.unitName ?? '(no donor)'} (event ${d.movedFrom.event + 1})${d.movedFrom.unitId ? '' : ' added'}` : d.text)),
  }));
}

describe('applyEvents(base, events) with seed 003 and the units it describes before the change', () => {
  it('abolishes 固网与互联网增值业务部 and puts its work under the receiving units, keeping the duties\u2019 ids', () => {
    const names = after.model.units.map((u) => u.name);
    expect(names).not.toContain('固网与互联网增值业务部');
    expect(names).toEqual(expect.arrayContaining(['市场部', '号码百事通运营中心', '家庭客户部', '个人客户部', '政企客户部']));
    expect(names).not.toContain('综合信息运营中心');
    const donor = base.units.find((u) => u.name === '固网与互联网增值业务部')!;
    const unitOf = (text: string) => {
      const duty = after.model.duties.find((d) => d.text.includes(text))!;
      expect(base.duties.some((d) => d.id === duty.id)).toBe(true);
      expect(duty.movedFrom?.unitId).toBe(donor.id);
      return after.model.units.find((u) => u.id === duty.unitId)!.name;
    };
    expect(unitOf('IDC、ECP业务的经营')).toBe('政企客户部');
    expect(unitOf('声讯和互联网广告业务')).toBe('号码百事通运营中心');
    expect(unitOf('家庭客户增值业务')).toBe('家庭客户部');
    expect(unitOf('移动增值业务')).toBe('个人客户部');
    expect(unitOf('跨客户群的统筹管理')).toBe('市场部');
    expect(after.warnings).toEqual([]);
  });

  it('renames 分局\u2019s 市场部 (written 分局原市场部) and keeps the city-level 市场部 apart', () => {
    expect(after.model.units.find((u) => u.path.join('/') === '分局/市场经营部')).toBeDefined();
    expect(after.model.units.find((u) => u.path.join('/') === '市场部')).toBeDefined();
  });

  it('matches the golden file test/golden/apply-003.json (UPDATE_GOLDEN=1 rewrites it)', () => {
    const actual = `${JSON.stringify(view(after.model), null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, actual);
    expect(existsSync(GOLDEN), 'golden file missing: run with UPDATE_GOLDEN=1').toBe(true);
    expect(actual).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});

describe('applyEvents: what cannot be applied as written', () => {
  const small = modelOf('org.txt', '部门职责\n一、综合部\n1、负责公文管理。\n二、财务部\n1、负责预算编制。\n');
  const event = (over: Partial<ChangeEvent>): ChangeEvent => ({ kind: 'move', from: null, to: null, text: null, sentence: 's', source: { file: 'n.txt', line: 3 }, documentId: 'n', ...over });
  const none: FunctionScorer = (_, texts) => texts.map(() => 0);

  it('an event naming a unit that does not exist is a warning naming the event, never a silent drop', () => {
    const out = applyEvents(small, [event({ kind: 'abolish', from: '人事部' }), event({ from: '科技部', to: '综合部', text: '科技部的档案管理职责' })], none);
    expect(out.warnings).toEqual([
      'event 1 (abolish 人事部 → —, n.txt:3): no unit 人事部 in the organisation; nothing abolished',
      'event 2 (move 科技部 → 综合部, n.txt:3): no unit 科技部 in the organisation; the function is added to 综合部 as a new duty',
    ]);
    const added = out.model.duties.find((d) => d.movedFrom)!;
    expect(added.text).toBe('科技部的档案管理职责');
    expect(added.movedFrom).toEqual({ unitId: null, unitName: '科技部', event: 1, score: null });
  });

  it('a rename whose old name the notice does not write adds the unit under its new name, with a warning', () => {
    const out = applyEvents(small, [event({ kind: 'rename', from: null, to: '建筑学院' }), event({ kind: 'rename', from: null, to: '综合部' })], none);
    expect(out.model.units.map((u) => u.name)).toEqual(['综合部', '财务部', '建筑学院']);
    expect(out.warnings).toEqual(['event 1 (rename — → 建筑学院, n.txt:3): the notice names no old unit for 建筑学院; 建筑学院 added']);
  });

  it('finds a unit the notice names with a bracketed second name that its heading does not carry, and the other way', () => {
    const out = applyEvents(small, [event({ kind: 'abolish', from: '财务部(审计部)' }), event({ kind: 'rename', from: '综合部', to: '综合管理部' })], none);
    expect(out.warnings).toEqual(['event 1 (abolish 财务部(审计部) → —, n.txt:3): 1 duty of 财务部 goes with it (no event moves it)']);
    expect(out.model.units.map((u) => u.name)).toEqual(['综合管理部']);
  });

  it('a merge moves the merged units\u2019 duties to the unit formed, which is created when new', () => {
    const out = applyEvents(small, [event({ kind: 'merge', from: ['综合部', '财务部'], to: '综合财务部' })], none);
    expect(out.model.units.map((u) => u.name)).toEqual(['综合财务部']);
    expect(out.model.duties.map((d) => d.id)).toEqual(small.duties.map((d) => d.id));
  });

  it('abolishing a unit an earlier event merged away is the same change said twice: no warning (撤销A,其职责并入B)', () => {
    const out = applyEvents(small, [event({ kind: 'merge', from: ['综合部'], to: '财务部' }), event({ kind: 'abolish', from: '综合部', to: null })], none);
    expect(out.model.units.map((u) => u.name)).toEqual(['财务部']);
    expect(out.warnings).toEqual([]);
  });
});
