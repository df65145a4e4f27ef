import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/model.ts';
import { categoryOf } from '../../src/findings/category.ts';
import { classifyPair, PAIR_FEATURES, pairFeatures, type DutyFacts, type PairFacts } from '../../src/findings/relation.ts';
import { segmentsOf } from '../../src/findings/segments.ts';
import { roleOf } from '../../src/parse/role.ts';
import { loadRelationRules } from '../../src/run/resources.ts';
import { pairReasonText } from '../../src/report/i18n.ts';

/** The sentence of a classified pair's reason, in the language of the pair's documents (as the report of such documents says it). */
const said = (got: { reason: Parameters<typeof pairReasonText>[1] } | null, lang: 'zh' | 'en' = 'zh') => (got ? pairReasonText(lang, got.reason) : '');

const rules = loadRelationRules();
const thresholds = { overlap: 0.5, duplicate: 0.85 };

/** The facts the analysis derives for one duty of a unit, from its text alone. */
function facts(unitName: string, text: string, links: string[] = []): DutyFacts {
  const segments = segmentsOf(text, rules.segments);
  for (const [group, set] of segmentsOf(unitName, rules.segments)) if (!segments.has(group)) segments.set(group, set);
  const find = (words: string[]) => words.filter((w) => text.includes(w));
  return {
    role: roleOf(text, 'zh') as Role,
    category: categoryOf(text, rules, unitName),
    segments,
    steer: find(rules.steer),
    execute: find(rules.execute),
    links,
    unitName,
    text,
    domain: null,
  };
}

const pair = (score: number, extra: Partial<PairFacts> = {}): PairFacts => ({
  score,
  link: 'none',
  sharedTerms: ['市场调研'],
  language: 'zh',
  ...extra,
});

describe('classifyPair', () => {
  it('classifyPair(a, b) calls near-identical duties of two units a duplicate, and says both lead', () => {
    const a = facts('市场拓展部经理', '负责信用政策的制定,对应收账款的及时回收和对长期应收款的风险控制。');
    const b = facts('营销部经理', '负责信用政策的制定,对应收账款的及时回收和对长期应收款的风险控制。');
    const got = classifyPair(a, b, pair(1), thresholds);
    expect(got?.relation).toBe('duplicate');
    expect(said(got)).toContain('一件事情原则上由一个部门负责');
  });

  it('classifyPair(a, b) calls the same work in different words an overlap', () => {
    const a = facts('市场部', '负责组织开展市场调研,撰写市场分析报告');
    const b = facts('销售部', '开展市场调研工作,定期提交市场分析报告');
    expect(classifyPair(a, b, pair(0.62), thresholds)?.relation).toBe('overlap');
  });

  it('classifyPair(a, b) drops a business pair below the overlap threshold', () => {
    const a = facts('市场部', '负责市场推广活动的策划');
    const b = facts('销售部', '负责销售合同的管理');
    expect(classifyPair(a, b, pair(0.35), thresholds)).toBeNull();
  });

  it('classifyPair(a, b) calls duties split by customer segment parallel', () => {
    const a = facts('家庭客户部', '负责家庭客户群的营销、业务运营与服务质量管理');
    const b = facts('个人客户部', '负责个人、流动客户群的营销、产品推广、运营与服务质量管理');
    const got = classifyPair(a, b, pair(0.7), thresholds);
    expect(got?.relation).toBe('parallel');
    expect(said(got)).toContain('家庭客户');
  });

  it('classifyPair(a, b) takes the scope from the unit name when the duty does not name it', () => {
    const a = facts('政企客户部', '负责客户品牌的建设和推广');
    const b = facts('家庭客户部', '负责客户品牌的建设和推广');
    expect(classifyPair(a, b, pair(1), thresholds)?.relation).toBe('parallel');
  });

  it('classifyPair(a, b) calls 离退休干部 vs 在职职工 and 机要文件 vs 普通文件 parallel', () => {
    expect(
      classifyPair(facts('老干部处', '负责离退休干部的医疗保健工作'), facts('行政处', '负责在职职工的医疗保健工作'), pair(0.8), thresholds)?.relation,
    ).toBe('parallel');
    expect(
      classifyPair(facts('机要处', '负责机要文件的收发登记'), facts('秘书处', '负责普通文件的收发登记'), pair(0.8), thresholds)?.relation,
    ).toBe('parallel');
  });

  it('classifyPair(a, b) calls relations kept with different parties (员工关系 vs 客户关系) parallel', () => {
    const hr = facts('人力资源部', '负责劳动合同与员工关系管理');
    expect(hr.category).toBe('business');
    expect(classifyPair(hr, facts('市场部', '负责客户关系管理与客户满意度调查'), pair(0.6, { sharedTerms: ['关系管理'] }), thresholds)?.relation).toBe('parallel');
  });

  it('classifyPair(a, b) calls lead + support a collaboration, naming who leads', () => {
    const a = facts('市场部', '牵头组织年度市场工作会');
    const b = facts('综合部', '配合组织年度市场工作会');
    const got = classifyPair(a, b, pair(0.8), thresholds);
    expect(got?.relation).toBe('collaboration');
    expect(got?.reason).toMatchObject({ rule: 'role-hand-off', params: { lead: '市场部' } });
  });

  it('classifyPair(a, b) calls 统筹协调/审批 against 日常管理 a collaboration (the CP/SP case)', () => {
    const a = facts('市场部', '市场部内增设增值业务与支撑岗位,负责增值业务管理,CP、SP合作伙伴统筹协调和合作审批。');
    const b = facts('家庭客户部', '负责家庭客户及其增值产品的业务开发(有与CP、SP的合作建议权)和合作伙伴日常管理');
    const got = classifyPair(a, b, pair(0.55), thresholds);
    expect(got?.relation).toBe('collaboration');
    expect(said(got)).toContain('日常管理');
  });

  it('classifyPair(a, b) calls a duty that names the other unit as partner a collaboration', () => {
    const a = facts('价格管理处', '配合数据部拟定试商用数据业务的标准资费', ['数据部']);
    const b = facts('数据部', '拟定试商用数据业务的标准资费');
    expect(classifyPair(a, b, pair(0.8), thresholds)?.relation).toBe('collaboration');
  });

  it('classifyPair(a, b) calls each unit training its own staff internal', () => {
    const a = facts('市场拓展部经理', '定期进行员工培训,提高员工素质,业务能力');
    const b = facts('营销部经理', '定期进行员工培训,提高员工素质,业务能力');
    expect(classifyPair(a, b, pair(1), thresholds)?.relation).toBe('internal');
  });

  it('classifyPair(a, b) calls own team building and own cost control internal', () => {
    expect(
      classifyPair(facts('甲部经理', '负责市场团队的建设,对下属人员的工作进行分工'), facts('乙部经理', '负责营销团队的建设,对下属人员的工作进行分工'), pair(0.9), thresholds)
        ?.relation,
    ).toBe('internal');
    expect(
      classifyPair(facts('甲部经理', '负责控制市场成本费用控制,对差旅费用进行审核'), facts('乙部经理', '负责控制营销成本费用控制,对差旅费用进行审核'), pair(0.8), thresholds)
        ?.relation,
    ).toBe('internal');
  });

  it('classifyPair(a, b) calls boilerplate generic', () => {
    const a = facts('市场部', '完成领导交办的其他工作');
    const b = facts('销售部', '完成上级领导交给的其他工作');
    expect(a.category).toBe('generic');
    expect(classifyPair(a, b, pair(0.9), thresholds)?.relation).toBe('generic');
  });

  it('classifyPair(a, b) calls a parent unit against its own sub-unit contains, before anything else', () => {
    const a = facts('办公厅', '负责机关行政、人事管理和科研管理工作');
    const b = facts('科研处', '负责年度研究课题的科研管理工作');
    expect(classifyPair(a, b, pair(0.9, { link: 'nested' }), thresholds)?.relation).toBe('contains');
  });

  it('classifyPair(a, b) calls a boss and a subordinate post of one unit a collaboration', () => {
    const a = facts('市场拓展部经理', '负责渠道管理维护,监督检查市场执行力');
    const b = facts('市场拓展部主管', '负责本区域市场的市场维护工作,进行渠道管理和维护');
    const got = classifyPair(a, b, pair(0.8, { link: 'superior' }), thresholds);
    expect(got?.relation).toBe('collaboration');
    expect(said(got)).toContain('上下级岗位');
  });

  it("classifyPair(a, b) drops look-alike work when a duty works on its own office's subject", () => {
    const a = { ...facts('市场策划处', '研究公司整体的市场经营策略,提出年度经营工作思路'), domain: '市场策划' };
    const b = { ...facts('价格管理处', '根据公司战略和市场经营策略,研究公司的价格策略'), domain: '价格' };
    expect(classifyPair(a, b, pair(0.45), thresholds)).toBeNull();
    const same = { ...facts('价格管理处', '研究公司的价格策略'), domain: '价格' };
    const other = { ...facts('市场部', '研究公司的价格策略'), domain: '市场' };
    expect(classifyPair(same, other, pair(0.9), thresholds)?.relation).toBe('duplicate');
  });

  it("classifyPair(a, b) calls one function, each office for its own subject (the phrase that differs names each office's), parallel", () => {
    const a = { ...facts('经济研究处', '关于大陆经济问题之研究及分析事项。'), domain: '经济研究' };
    const b = { ...facts('人力规划处', '关于人力资源专案问题之研究及分析事项。'), domain: '人力规划' };
    const got = classifyPair(a, b, pair(0.6), thresholds);
    expect(got?.relation).toBe('parallel');
    expect(got?.reason).toMatchObject({ params: { a: ['大陆经济'], b: ['人力资源专案'] } });
    // The differing phrase names neither office's subject: the same work.
    const c = { ...facts('综合计划处', '关于年度经济问题之研究及分析事项。'), domain: '综合计划' };
    expect(classifyPair(c, b, pair(0.6), thresholds)?.relation).toBe('overlap');
  });

  it('classifyPair(a, b) records the rule and its terms as data, said in the report language', () => {
    const a: DutyFacts = { ...facts('Marketing', 'x'), role: 'lead', category: 'business' };
    const b: DutyFacts = { ...facts('Sales', 'y'), role: 'lead', category: 'business' };
    const got = classifyPair(a, b, pair(0.7, { language: 'en', sharedTerms: ['market research'] }), thresholds);
    expect(got?.relation).toBe('overlap');
    expect(got?.reason).toEqual({ rule: 'same-work', params: { score: 0.7, bothLead: true }, terms: ['market research'] });
    expect(said(got, 'en')).toMatch(/both units lead it/);
    expect(said(got, 'zh')).toContain('双方都写明牵头负责');
  });
});

describe('categoryOf', () => {
  it('categoryOf(text) reads internal work from the opening clause only', () => {
    expect(categoryOf('定期进行员工培训,提高员工素质', rules)).toBe('internal');
    expect(categoryOf('负责政企客户群的营销策划、业务发展,业务知识培训、团队建设等工作', rules)).toBe('business');
  });

  it('categoryOf(text, rules, unit) takes a unit\'s mandate for its business: staff work in HR, cost and budget in finance, unless tied to the unit itself', () => {
    expect(categoryOf('管理员工招聘、培训及绩效考核,协调部门间人力资源配置。', rules, '市场部')).toBe('internal');
    expect(categoryOf('管理员工招聘、培训及绩效考核,协调部门间人力资源配置。', rules, '人力资源部门')).toBe('business');
    expect(categoryOf('定期进行员工培训', rules, '培训专员/人力资源部')).toBe('business');
    expect(categoryOf('负责本部门员工的培训和考核', rules, '人力资源部')).toBe('internal');
    expect(categoryOf('负责成本核算、预算管理及信息系统维护', rules, '财务与IT部门')).toBe('business');
    expect(categoryOf('负责成本核算、预算管理及信息系统维护', rules, '工程部')).toBe('internal');
    expect(categoryOf('负责成本核算、预算管理及信息系统维护', rules)).toBe('internal');
  });

  it('categoryOf(text) recognises the built-in boilerplate', () => {
    for (const t of ['完成领导交办的其他工作', '承担由公司发展而新增的相应职责以及公司领导交办的其他工作', '完成市场运营总监安排的其他工作。', 'Perform other duties as assigned.', '其他有关统计事项。', '不属各处、室之事项。']) {
      expect(categoryOf(t, rules), t).toBe('generic');
    }
    expect(categoryOf('负责渠道管理维护', rules)).toBe('business');
    expect(categoryOf('关于统计方案之审订事项。', rules)).toBe('business');
  });
});

describe('pair evidence as numbers', () => {
  it('pairFeatures gives one value per feature name, and flags a swapped character as a scope split', () => {
    const a = facts('车辆管理科', '车籍资料之管理');
    const b = facts('驾驶人管理科', '驾籍资料之管理');
    const x = pairFeatures(a, b, pair(0.9));
    expect(x).toHaveLength(PAIR_FEATURES.length);
    expect(x[PAIR_FEATURES.indexOf('scopeSplit')]).toBe(1);
    expect(x[PAIR_FEATURES.indexOf('lexical')]).toBe(0.9);
    expect(classifyPair(a, b, pair(0.9), thresholds)?.relation).toBe('parallel');
  });
});
