import { describe, expect, it } from 'vitest';
import type { OrgModel } from '../../src/model.ts';
import { parseText } from '../../src/parse/parse-text.ts';
import { DEFAULT_OPTIONS } from '../../src/run/analyze.ts';
import { mergeParsed } from '../../src/run/load.ts';
import { analyzeReorganisation } from '../../src/run/reorganise.ts';
import { toLines } from '../parse/read-lines.ts';
import { loadLexicon } from '../../src/run/resources.ts';

const modelOf = (file: string, text: string): OrgModel =>
  mergeParsed([{ file, parsed: parseText(file, toLines(text)), fromModel: false }], { named: [], defaultName: 'org' }).model;

const BASE = ['部门职责', '一、市场部', '1、负责互联网数据中心IDC业务的市场拓展与销售管理。', '2、负责品牌宣传。', '二、政企客户部', '1、负责政企客户的需求分析。', '三、财务部', '1、负责预算编制和会计核算。'].join('\n');
const NOTICE = ['关于组织架构调整的通知', '一、撤销增值业务部。', '二、互联网数据中心IDC业务的市场拓展与销售管理职能划入政企客户部。'].join('\n');

describe('analyzeReorganisation(base, events): a move that creates a conflict', () => {
  it('lists the new conflict as caused by the event that moved the work', async () => {
    const events = modelOf('notice.txt', NOTICE).events!;
    const { result, warnings } = await analyzeReorganisation(modelOf('base.txt', BASE), events, { ...DEFAULT_OPTIONS }, loadLexicon());
    expect(warnings).toEqual(['event 1 (abolish 增值业务部 → —, notice.txt:2): no unit 增值业务部 in the organisation; nothing abolished']);
    const move = events.findIndex((e) => e.kind === 'move');
    const caused = result.reorganisation!.pairs.filter((p) => p.status === 'appeared' && p.events.includes(move));
    expect(caused).toHaveLength(1);
    expect([caused[0].a.unitPath, caused[0].b.unitPath].map((p) => p.join('/')).sort()).toEqual(['市场部', '政企客户部']);
    expect(result.changes!.pairs.some((c) => c.kind === 'new')).toBe(true);
    const receiver = result.reorganisation!.units.find((u) => u.after === '政企客户部')!;
    expect(receiver).toMatchObject({ change: 'changed', events: [move] });
  });
});
