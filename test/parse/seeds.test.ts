import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Duty } from '../../src/model.ts';
import type { ParsedFile } from '../../src/parse/parsed-file.ts';
import { parseText } from '../../src/parse/parse-text.ts';
import { toLines } from './read-lines.ts';

const SEEDS = new URL('../../seeds/', import.meta.url);
const GOLDEN = new URL('../golden/extract-seeds.json', import.meta.url);
const names = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const parsed: Record<string, ParsedFile> = Object.fromEntries(
  names.map((name) => [name, parseText(`seeds/${name}`, toLines(readFileSync(new URL(name, SEEDS), 'utf8')))]),
);
const seed = (prefix: string): ParsedFile => parsed[names.find((n) => n.startsWith(prefix))!];

/** The unit with this name (the first when several documents have one). */
function unit(file: ParsedFile, name: string, documentId?: string) {
  const found = file.units.find((u) => u.name === name && (documentId === undefined || u.documentId === documentId));
  if (!found) throw new Error(`no unit ${name}`);
  return found;
}
const dutiesOf = (file: ParsedFile, unitId: string): Duty[] => file.duties.filter((d) => d.unitId === unitId);
const childrenOf = (file: ParsedFile, duty: Duty): Duty[] => file.duties.filter((d) => d.parentId === duty.id);

describe('parseText over seeds/001 (position descriptions in page chunks)', () => {
  const file = seed('001');

  it('finds the departments and the positions under their 所在部门', () => {
    for (const name of ['招商部', '市场拓展部', '营销部']) expect(unit(file, name).kind).toBe('department');
    const parents: Record<string, string> = {
      市场拓展部经理: '市场拓展部',
      市场拓展部主管: '市场拓展部',
      市场拓展部专员: '市场拓展部',
      电话营销专员: '市场拓展部',
      营销部经理: '营销部',
      产品定位分析师: '营销部',
      营销策划经理: '营销部',
    };
    for (const [position, department] of Object.entries(parents)) {
      expect(unit(file, position).kind).toBe('position');
      expect(unit(file, position).parentId).toBe(unit(file, department).id);
    }
  });

  it('keeps both managers\u2019 duties whole across the page-chunk breaks', () => {
    const market = dutiesOf(file, unit(file, '市场拓展部经理').id);
    const sales = dutiesOf(file, unit(file, '营销部经理').id);
    expect(market.map((d) => d.number)).toEqual(['1、', '2、', '3、', '4、', '5、', '6、', '7、', '8、', '9、', '10、']);
    expect(sales).toHaveLength(11);
    expect(market[1].text.endsWith('保证目标计划的实现。')).toBe(true);
    expect(market[8].text).toBe('负责控制市场成本费用控制,对市场费用、差旅费用和市场办公费用进行审核。');
    expect(sales[3].text.endsWith('做出解决方案。')).toBe(true);
  });

  it('turns none of 权力, 任职资格, 工作协作关系, 工作记录与报表 into duties', () => {
    for (const duty of file.duties) expect(duty.text).not.toMatch(/建议权|教育水平|协调关系|报送对象|岗位名称|所在部门/u);
    expect(unit(file, '市场拓展部主管').attributes).toHaveProperty('任职资格');
  });
});

describe('parseText over seeds/003 (paragraph-style notice)', () => {
  const file = seed('003');

  it('finds the seven units with their sentence duties under the company the notice is about, and no unit in the principles section', () => {
    const names = ['市场部', '政企客户部', '家庭客户部', '个人客户部', '号码百事通运营中心', '10000号客户服务中心', '分局'];
    const company = unit(file, '宁波分公司');
    expect(company.kind).toBe('organisation');
    expect(file.units.filter((u) => u.kind !== 'organisation').map((u) => u.name)).toEqual(names);
    for (const name of names) expect(unit(file, name).parentId).toBe(company.id);
    for (const name of names) expect(dutiesOf(file, unit(file, name).id).length).toBeGreaterThan(0);
    expect(file.duties.some((d) => d.text.includes('前端以客户分群为主线'))).toBe(false);
  });
});

describe('parseText over seeds/000 (compilation)', () => {
  const file = seed('000');

  it('splits the compilation into titled documents', () => {
    const titles = file.documents.map((d) => d.title);
    for (const title of ['2010版中国移动市场部各处室职责说明', '岗位职责市场部功能职责说明', '移动分公司部门、分公司工作职责.doc', '移动主要部门及职责', '市场部岗位职责 说明书', '市场经营部 处室职责']) {
      expect(titles).toContain(title);
    }
  });

  it('reads 市场策划处 and 价格管理处 with their (一) > 1. > (1) duty trees', () => {
    const planning = unit(file, '市场策划处');
    expect(unit(file, '价格管理处').documentId).toBe(planning.documentId);
    const top = dutiesOf(file, planning.id).filter((d) => d.level === 0);
    expect(top.map((d) => d.number)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)', '(八)']);
    expect(top[0].text).toBe('负责拟定公司整体市场经营策略,研究重点专项市场的发展策略');
    const [study] = childrenOf(file, top[0]);
    expect(study).toMatchObject({ number: '1.', level: 1, text: '研究公司整体的市场经营策略,提出年度经营工作思路' });
    expect(childrenOf(file, study)[0]).toMatchObject({ number: '(1)', level: 2 });
    expect(childrenOf(file, study)[0].text.startsWith('牵头组织')).toBe(true);
  });

  it('marks the proposed duties with their notes', () => {
    const seventh = dutiesOf(file, unit(file, '市场策划处').id).find((d) => d.number === '(七)')!;
    expect(seventh).toMatchObject({ proposed: true, text: '负责市场调研和基础性客户研究工作,定期提供客户研究报告' });
    expect(seventh.note!.startsWith('建议:增加此项职责,原处室职责未对此进行明确要求')).toBe(true);
    const fourth = dutiesOf(file, unit(file, '价格管理处').id).find((d) => d.number === '(四)')!;
    expect(fourth.proposed).toBe(true);
  });
});

describe('parseText over seeds/002 (compilation with position lists)', () => {
  const file = seed('002');

  it('reads the first document\u2019s four positions with duties, under 市场部', () => {
    const first = file.documents[0].id;
    const department = unit(file, '市场部', first);
    const counts = ['市场部主管', '销售部主管', '客户关系主管', '信息主管'].map((name) => {
      const position = unit(file, name, first);
      expect(position.parentId).toBe(department.id);
      return dutiesOf(file, position.id).length;
    });
    expect(counts).toEqual([9, 8, 6, 6]);
  });
});

describe('parseText over seeds/004 (Traditional)', () => {
  const file = seed('004');

  it('reads the four functions of 市场部 as level-0 duties with their (1)… sub-duties, normalised to Simplified', () => {
    expect(file.documents[0].script).toBe('traditional');
    const top = dutiesOf(file, unit(file, '市场部').id).filter((d) => d.level === 0);
    expect(top.map((d) => d.normalized)).toEqual(['信息搜集及分析(情报机构)', '市场营销筹划(参谋机构)', '内外事务管理(业务监管机构)', '对外形象维护(公关机构)']);
    expect(top.map((d) => childrenOf(file, d).length)).toEqual([3, 4, 5, 4]);
    expect(childrenOf(file, top[0])[1].normalized).toContain('竞争对手产品的性能');
  });
});

describe('golden file test/golden/extract-seeds.json', () => {
  it('matches the ParsedFile of each seed (UPDATE_GOLDEN=1 rewrites it)', () => {
    const actual = `${JSON.stringify(parsed, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, actual);
    expect(existsSync(GOLDEN), 'golden file missing: run with UPDATE_GOLDEN=1').toBe(true);
    expect(actual).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
