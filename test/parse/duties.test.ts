import { describe, expect, it } from 'vitest';
import { collaboratorLinks, extractProposal, sentenceRanges, trimDutyText } from '../../src/parse/duties.ts';
import { roleOf } from '../../src/parse/role.ts';
import { normalizeText } from '../../src/text/normalize.ts';
import { dutiesOf, parse } from './read-lines.ts';

describe('parseText duty splitting and nesting', () => {
  it('reads a list whose numbering starts again at 1 on a new line as more duties, never one glued duty', () => {
    const lines = ['办公室职责', ...Array.from({ length: 30 }, (_, i) => `${(i % 10) + 1}. 负责第${i}项业务的管理`)];
    const duties = dutiesOf(parse(lines.join('\n')), '办公室');
    expect(duties).toHaveLength(30);
    expect(Math.max(...duties.map((d) => d.length))).toBeLessThan(20);
  });

  it('nests (一) > 1. > (1) and links each duty to its enclosing duty', () => {
    const parsed = parse('一、市场策划处处室职责(一)负责拟定市场经营策略1.研究整体策略(1)牵头组织会议材料(2)牵头组织座谈会2.研究专项策略(二)负责编制市场发展计划');
    const byText = new Map(parsed.duties.map((d) => [d.text, d]));
    expect(parsed.duties.map((d) => [d.number, d.level, d.text])).toEqual([
      ['(一)', 0, '负责拟定市场经营策略'],
      ['1.', 1, '研究整体策略'],
      ['(1)', 2, '牵头组织会议材料'],
      ['(2)', 2, '牵头组织座谈会'],
      ['2.', 1, '研究专项策略'],
      ['(二)', 0, '负责编制市场发展计划'],
    ]);
    expect(byText.get('牵头组织会议材料')!.parentId).toBe(byText.get('研究整体策略')!.id);
    expect(byText.get('研究整体策略')!.parentId).toBe(byText.get('负责拟定市场经营策略')!.id);
    expect(byText.get('负责编制市场发展计划')!.parentId).toBeNull();
  });

  it.each([
    ['1、', '一、综合部\n1、起草文件;2、组织会议;3、管理档案。'],
    ['1.', '一、综合部\n1.起草文件 2.组织会议 3.管理档案。'],
    ['(1)', '一、综合部\n(1)起草文件(2)组织会议(3)管理档案。'],
    ['（1）', '一、综合部\n（1）起草文件（2）组织会议（3）管理档案。'],
    ['⑴', '一、综合部\n⑴起草文件⑵组织会议⑶管理档案。'],
    ['①', '一、综合部\n①起草文件②组织会议③管理档案。'],
    ['01、', '一、综合部\n01、起草文件。\n02、组织会议。\n03、管理档案。'],
    ['1 ', '一、综合部\n1 起草文件\n2组织会议\n3 管理档案。'],
    ['(一)', '综合部职责:\n(一)起草文件(二)组织会议（三）管理档案。'],
    ['壹、', '综合部职责:\n壹、起草文件\n贰、组织会议\n叁、管理档案。'],
    ['第一、', '综合部职责:第一、起草文件第二、组织会议第三、管理档案。'],
  ])('splits the duties of style %s', (_style, text) => {
    expect(dutiesOf(parse(text), '综合部').map((t) => t.replace(/[;。]$/u, ''))).toEqual(['起草文件', '组织会议', '管理档案']);
  });

  it('splits duties run together with no separator and keeps numbers that do not continue the list', () => {
    const parsed = parse('市场部经理职责:工作职责与任务1、负责3G市场和10000号业务2、制定2010年1月计划(3人)3、完成120203号任务');
    expect(dutiesOf(parsed, '市场部经理')).toEqual(['负责3G市场和10000号业务', '制定2010年1月计划(3人)', '完成120203号任务']);
  });

  it('splits unnumbered paragraphs into sentence duties', () => {
    const parsed = parse('(一)市场部\n市场拓展部更名为市场部,负责统筹协调前端总体事务。确定各部的经营目标;负责组织新产品的试商用。\n市场部下挂服务质量监督中心。');
    expect(dutiesOf(parsed, '市场部')).toEqual([
      '市场拓展部更名为市场部,负责统筹协调前端总体事务。',
      '确定各部的经营目标',
      '负责组织新产品的试商用。',
      '市场部下挂服务质量监督中心。',
    ]);
    expect(parsed.duties.every((d) => d.number === null && d.level === 0)).toBe(true);
  });

  it('marks proposed duties and keeps the note, and reads collaborators', () => {
    const parsed = parse('一、市场策划处处室职责(一)负责市场调研工作,定期提供客户研究报告(建议:增加此项职责,原处室职责未对此进行明确要求)1.配合数据部拟定资费(二)负责流量营销(建议:增加此项职责。');
    const [first, child, second] = parsed.duties;
    expect(first).toMatchObject({ text: '负责市场调研工作,定期提供客户研究报告', proposed: true, note: '建议:增加此项职责,原处室职责未对此进行明确要求' });
    expect(child).toMatchObject({ text: '配合数据部拟定资费', proposed: false, note: null, links: ['数据部'], role: 'support' });
    expect(second).toMatchObject({ text: '负责流量营销', proposed: true, note: '建议:增加此项职责' });
  });

  it('gives every duty a role, its source line and its normalised text', () => {
    const parsed = parse('市場部職責:\n1、負責品牌建設旳規劃;\n2、協助銷售部;\n3、審核方案;\n4、監督執行;\n5、產品定價管理。');
    expect(parsed.duties.map((d) => d.role)).toEqual(['lead', 'support', 'approve', 'oversee', 'unspecified']);
    expect(parsed.duties.map((d) => d.source.line)).toEqual([2, 3, 4, 5, 6]);
    expect(parsed.duties[0]).toMatchObject({ text: '負責品牌建設旳規劃', normalized: '负责品牌建设的规划' });
    expect(parsed.documents[0].script).toBe('traditional');
    expect(parsed.units[0].name).toBe('市场部');
  });

  it('keeps duty ids stable across re-extraction and renumbering', () => {
    const a = parse('一、综合部\n1、起草文件;2、组织会议。');
    const b = parse('一、综合部\n1、组织会议。\n2、起草文件;');
    expect(new Set(a.duties.map((d) => d.id))).toEqual(new Set(b.duties.map((d) => d.id)));
  });
});

describe('duty text helpers', () => {
  it('trimDutyText(text) drops separators around a duty', () => expect(trimDutyText(' 、制订招商政策; ')).toBe('制订招商政策'));

  it('extractProposal(text) leaves plain duties alone', () => expect(extractProposal('负责市场调研')).toEqual({ text: '负责市场调研', note: null, proposed: false }));

  it('collaboratorLinks(text) names units, not generic words', () => {
    expect(collaboratorLinks('配合财务部参与拟定计划,协助人力资源部培训')).toEqual(['财务部', '人力资源部']);
    expect(collaboratorLinks('配合其他部门完成工作,协助部门经理制定政策')).toEqual([]);
  });

  it('sentenceRanges(key) cuts at 。；; and before a stray 、', () => {
    const key = '甲。乙；丙; 、丁';
    expect(sentenceRanges(key).map(([a, b]) => key.slice(a, b).trim())).toEqual(['甲。', '乙；', '丙;', '、丁']);
  });

  it('roleOf(text) reads the unit role from the first clause', () => {
    expect(roleOf(normalizeText('在市场部的统筹协调下,承担政企客户的经营预算指标'), 'zh')).toBe('unspecified');
    expect(roleOf('牵头组织年度市场工作会', 'zh')).toBe('lead');
  });
});

describe('empty numbered rows', () => {
  it('a label with nothing after it (a form\'s empty rows "8、", "9、") is no duty', () => {
    const parsed = parse('交易主管职责\n1、负责客户开发;\n2、调解客户与公司矛盾;\n3、\n4、\n5\n、');
    expect(dutiesOf(parsed, '交易主管')).toEqual(['负责客户开发', '调解客户与公司矛盾']);
  });
});
