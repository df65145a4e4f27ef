/**
 * Writes test/fixtures/result-small.json, the fixture every report golden is
 * made from: a 市场部 with eight 处室 (every relation, both-lead overlaps,
 * boilerplate groups, coverage and gaps of every kind), a small English
 * document and a one-unit Chinese fragment (the "other documents" group).
 * Some conflicts and gaps are accepted (one acceptance expired), and the
 * result carries changes since a previous run and a three-run trend, as a
 * scheduled run's would. It records how each input file was read: the
 * three documents' files (one with more left-out lines than are kept), a
 * text file that yielded nothing (its name holds a space) and an empty
 * table. Duty texts include markup, `</script>`, `&amp;`, quotes and U+2028
 * on purpose. Run: `npx tsx test/report/build-fixture.ts`.
 */
import { writeFileSync } from 'node:fs';
import { ResultSchema, type Acceptance, type Changes, type DutyRef, type InputReading, type Result } from '../../src/model.ts';
import { buildResult, type DocumentSpec } from './result-builder.ts';

const FILE_ZH = 'seeds/000_634195122df2118e.txt';
const FILE_EN = 'samples/acme-roles.md';
const FILE_FRAGMENT = 'seeds/002_48a5b74466f8c1e3.txt';
const FILE_NOTHING = 'samples/会议 纪要.txt';
const FILE_TABLE = 'samples/roles.xlsx';
const LS = '\u2028';

const ACCEPTED_COMPLAINTS: Acceptance = { owner: '市场部 王经理', reason: '集团客户投诉由集团客户处闭环，客户服务处只做受理登记，已在流程中约定。', expires: '2099-12-31', expired: false };
const EXPIRED_DATA_RULES: Acceptance = { owner: '数据分析处', reason: '口径审核分工待流程梳理后明确。', expires: '2020-06-30', expired: true };
const ACCEPTED_INTELLIGENCE: Acceptance = { owner: '市场部', reason: '策划处做竞品策略分析，数据分析处做数据监测，2025 年组织调整时合并。', expires: '2099-06-30', expired: false };
const EXPIRED_AUDIT: Acceptance = { owner: '客户服务处', reason: '稽核暂由客服处代管 <临时>。', expires: '2021-01-31', expired: true };

const market: DocumentSpec = {
  id: '000_634195122df2118e',
  title: '2010版中国移动市场部各处室职责说明',
  file: FILE_ZH,
  language: 'zh',
  script: 'simplified',
  units: [
    { name: '市场部', kind: 'department', line: 3, attributes: { 本职概述: '负责公司市场经营工作的统筹管理。' }, duties: [
      { key: 'm1', text: '负责统筹市场部各项工作，组织制定公司年度市场经营计划并监督执行。', role: 'lead', number: '1、', line: 4 },
      { key: 'm2', text: '完成公司领导交办的其他工作。', role: 'unspecified', number: '2、', category: 'generic', line: 5 },
    ] },
    { name: '综合处', kind: 'office', parent: '市场部', line: 7, duties: [
      { key: 'z1', text: '负责部门行政事务、文件收发和会议组织工作。', role: 'lead', number: '(一)', category: 'internal', line: 8 },
      { key: 'z2', text: '负责部门员工考勤、培训及绩效考核的组织实施。', role: 'lead', number: '(二)', category: 'internal', line: 9 },
      { key: 'z3', text: '负责部门预算编制及费用报销的初审。', role: 'lead', number: '(三)', category: 'internal', line: 10 },
      { key: 'z4', text: '完成领导交办的其他工作。', role: 'unspecified', number: '(四)', category: 'generic', line: 11 },
    ] },
    { name: '市场策划处', kind: 'office', parent: '市场部', line: 13, duties: [
      { key: 'c1', text: '负责制定公司年度营销策略和市场推广计划，并组织实施。', role: 'lead', number: '(一)', line: 14 },
      { key: 'c1a', text: '负责重大营销活动的方案策划与效果评估；', role: 'lead', number: '1.', level: 1, parentKey: 'c1', line: 15 },
      { key: 'c1b', text: '配合品牌宣传处开展广告投放；', role: 'support', number: '2.', level: 1, parentKey: 'c1', links: ['品牌宣传处'], line: 16 },
      { key: 'c2', text: '负责竞争对手信息的收集、整理和分析，定期形成竞争分析报告。', role: 'lead', number: '(二)', line: 17 },
      { key: 'c3', text: '负责本处行政事务和会议组织工作。', role: 'lead', number: '(三)', category: 'internal', line: 18 },
      { key: 'c4', text: '完成领导交办的其他工作。', role: 'unspecified', number: '(四)', category: 'generic', line: 19 },
    ] },
    { name: '品牌宣传处', kind: 'office', parent: '市场部', line: 21, duties: [
      { key: 'b1', text: '负责公司品牌战略的制定与品牌形象管理。', role: 'lead', number: '(一)', line: 22 },
      { key: 'b2', text: '负责广告投放计划和广告费用管理，审核素材中嵌入的<script>alert(1)</script>等代码。', role: 'lead', number: '(二)', line: 23 },
      { key: 'b3', text: '牵头组织重大营销活动的策划与实施，评估活动效果。', role: 'lead', number: '(三)', line: 24 },
      { key: 'b4', text: '完成领导交办的其他工作。', role: 'unspecified', number: '(四)', category: 'generic', line: 25 },
    ] },
    { name: '渠道管理处', kind: 'office', parent: '市场部', line: 27, duties: [
      { key: 'q1', text: '负责社会渠道的规划、建设与管理，制定渠道酬金政策。', role: 'lead', number: '(一)', line: 28 },
      { key: 'q2', text: '负责自有营业厅的布局规划、建设与服务规范管理。', role: 'lead', number: '(二)', line: 29 },
      { key: 'q3', text: '协助市场策划处开展营销活动在渠道的落地执行。', role: 'support', number: '(三)', links: ['市场策划处'], line: 30 },
      { key: 'q4', text: '负责渠道酬金核算，"R&D"专项按 &amp; 原样记账，勿把 </script> 当结束标记。', role: 'lead', number: '(四)', line: 31 },
    ] },
    { name: '集团客户处', kind: 'office', parent: '市场部', line: 33, duties: [
      { key: 'j1', text: '负责集团客户的拓展与维护，制定集团客户营销方案。', role: 'lead', number: '(一)', line: 34 },
      { key: 'j2', text: '负责集团客户产品的资费设计、测试与上线管理。', role: 'lead', number: '(二)', line: 35 },
      { key: 'j3', text: '负责集团客户满意度调查与投诉处理。', role: 'lead', number: '(三)', line: 36 },
      { key: 'j4', text: '完成领导交办的其他工作。', role: 'unspecified', number: '(四)', category: 'generic', line: 37 },
    ] },
    { name: '客户服务处', kind: 'office', parent: '市场部', line: 39, duties: [
      { key: 's1', text: '负责客户服务标准的制定与服务质量考核。', role: 'lead', number: '(一)', line: 40 },
      { key: 's2', text: '负责客户投诉的受理、处理与回访，组织客户满意度调查。', role: 'lead', number: '(二)', line: 41 },
      { key: 's3', text: '监督检查各营业厅服务规范的执行情况。', role: 'oversee', number: '(三)', line: 42 },
      { key: 's4', text: '负责10086热线的运营管理。', role: 'lead', number: '(四)', line: 43 },
    ] },
    { name: '数据分析处', kind: 'office', parent: '市场部', line: 45, duties: [
      { key: 'd1', text: '负责经营分析系统的建设与维护。', role: 'lead', number: '(一)', line: 46 },
      { key: 'd2', text: '负责竞争对手信息的收集、整理与分析，按月编制竞争分析报告。', role: 'lead', number: '(二)', line: 47 },
      { key: 'd3', text: '负责市场数据的统计分析，为营销决策提供数据支撑。', role: 'lead', number: '(三)', line: 48 },
      { key: 'd4', text: `审核各处室报送的'经营数据'口径${LS}（含"日报"与“月报”）。`, role: 'approve', number: '(四)', line: 49 },
    ] },
    { name: '产品管理处', kind: 'office', parent: '市场部', line: 51, duties: [
      { key: 'p1', text: '负责个人客户产品与资费的设计、测试与上线管理。', role: 'lead', number: '(一)', line: 52 },
      { key: 'p2', text: '负责新产品上市规划，配合市场策划处制定推广计划。', role: 'lead', number: '(二)', links: ['市场策划处'], line: 53 },
      { key: 'p3', text: '审核各处室提交的资费方案和经营数据口径。', role: 'approve', number: '(三)', line: 54 },
      { key: 'p4', text: '建议：增加“产品生命周期管理”职责，明确由产品管理处牵头。', role: 'lead', number: '(四)', proposed: true, note: '建议：增加此项职责', line: 55 },
    ] },
  ],
  pairs: [
    { a: 'c2', b: 'd2', score: 0.9132, relation: 'duplicate', sharedTerms: ['竞争分析报告', '竞争对手', '收集', '整理', '分析'], differingTerms: [['定期'], ['按月', '编制']], reason: { rule: 'same-wording', params: { score: 0.9132, bothLead: false }, terms: [] } },
    { a: 'c1a', b: 'b3', score: 0.7214, relation: 'overlap', sharedTerms: ['重大营销活动', '策划', '效果'], differingTerms: [['方案', '评估'], ['实施', '牵头']], reason: { rule: 'same-work', params: { score: 0.7214, bothLead: false }, terms: ['重大营销活动', '策划', '效果'] } },
    { a: 'j3', b: 's2', score: 0.6803, relation: 'overlap', sharedTerms: ['客户满意度调查', '投诉', '处理'], differingTerms: [['集团客户'], ['受理', '回访']], reason: { rule: 'same-work', params: { score: 0.6803, bothLead: false }, terms: ['客户满意度调查', '投诉', '处理'] }, acceptance: ACCEPTED_COMPLAINTS },
    { a: 's3', b: 'q2', score: 0.6127, relation: 'overlap', sharedTerms: ['营业厅', '服务规范'], differingTerms: [['监督检查'], ['布局规划', '建设']], reason: { rule: 'same-work', params: { score: 0.6127, bothLead: false }, terms: ['营业厅', '服务规范'] } },
    { a: 'd4', b: 'p3', score: 0.5731, relation: 'overlap', sharedTerms: ['经营数据口径', '审核', '各处室'], differingTerms: [['报送'], ['资费方案']], reason: { rule: 'same-work', params: { score: 0.5731, bothLead: false }, terms: ['经营数据口径', '审核', '各处室'] }, acceptance: EXPIRED_DATA_RULES },
    { a: 'c1b', b: 'b2', score: 0.5502, relation: 'collaboration', sharedTerms: ['广告投放'], differingTerms: [['配合'], ['广告费用']], reason: { rule: 'names-partner', params: {}, terms: [] } },
    { a: 'c1', b: 'q3', score: 0.5218, relation: 'collaboration', sharedTerms: ['营销', '组织实施'], differingTerms: [['营销策略'], ['渠道', '落地执行']], reason: { rule: 'role-hand-off', params: { lead: '市场策划处', other: '渠道管理处', otherRole: 'support' }, terms: [] } },
    { a: 'p1', b: 'j2', score: 0.6612, relation: 'parallel', sharedTerms: ['资费', '设计', '测试', '上线管理'], differingTerms: [['个人客户'], ['集团客户']], reason: { rule: 'scope-split', params: { group: '客户', a: ['个人客户'], b: ['集团客户'] }, terms: [] } },
    { a: 'z1', b: 'c3', score: 0.8315, relation: 'internal', sharedTerms: ['行政事务', '会议组织'], differingTerms: [['文件收发'], []], reason: { rule: 'internal', params: {}, terms: [] } },
    { a: 'm1', b: 'c1', score: 0.4826, relation: 'contains', sharedTerms: ['年度', '计划', '组织'], differingTerms: [['统筹', '监督执行'], ['营销策略', '推广']], reason: { rule: 'contains', params: {}, terms: [] } },
    { a: 'z4', b: 'c4', score: 0.9871, relation: 'generic', sharedTerms: ['领导交办', '其他工作'], reason: { rule: 'generic', params: {}, terms: [] } },
    { a: 'b1', b: 'c1', score: 0.4103, relation: 'parallel', sharedTerms: ['战略', '制定'], differingTerms: [['品牌'], ['营销', '推广']], reason: { rule: 'scope-split', params: { group: '对象', a: ['品牌'], b: ['营销'] }, terms: [] } },
  ],
  genericGroups: [
    { label: '完成领导交办的其他工作。', keys: ['m2', 'z4', 'c4', 'b4', 'j4'], reason: { rule: 'boilerplate', units: 5 } },
  ],
  coverage: [
    { functionId: 'MK-01', functionName: '市场营销策划', outcome: 'ok', units: [
      { unit: '市场策划处', role: 'lead', keys: ['c1'], score: 0.81 },
      { unit: '渠道管理处', role: 'support', keys: ['q3'], score: 0.56 },
    ] },
    { functionId: 'MK-02', functionName: '竞争情报分析', outcome: 'multi-lead', units: [
      { unit: '市场策划处', role: 'lead', keys: ['c2'], score: 0.88 },
      { unit: '数据分析处', role: 'lead', keys: ['d2'], score: 0.86 },
    ] },
    { functionId: 'MK-03', functionName: '营业厅服务稽核', outcome: 'no-lead', units: [
      { unit: '客户服务处', role: 'oversee', keys: ['s3'], score: 0.62 },
    ] },
    { functionId: 'MK-04', functionName: '市场风险管理', outcome: 'gap', units: [] },
    { functionId: 'MK-06', functionName: '渠道伙伴管理', outcome: 'weak', units: [], near: [{ unit: '渠道管理处', role: 'support', keys: ['q3'], score: 0.31, terms: ['渠道'] }] },
    { functionId: 'MK-05', functionName: '品牌管理', outcome: 'ok', units: [
      { unit: '品牌宣传处', role: 'lead', keys: ['b1'], score: 0.9 },
      { unit: '数据分析处', role: 'approve', keys: ['d4'], score: 0.51 },
    ] },
  ],
  gaps: [
    { kind: 'gap', functionId: 'MK-04', functionName: '市场风险管理', units: [], keys: [], note: { rule: 'gap', fn: '市场风险管理', threshold: '0.50', closest: null } },
    { kind: 'no-lead', functionId: 'MK-03', functionName: '营业厅服务稽核', units: ['客户服务处'], keys: ['s3'], note: { rule: 'no-lead', fn: '营业厅服务稽核', units: [{ name: '客户服务处', role: 'oversee' }] }, acceptance: EXPIRED_AUDIT },
    { kind: 'multi-lead', functionId: 'MK-02', functionName: '竞争情报分析', units: ['市场策划处', '数据分析处'], keys: ['c2', 'd2'], note: { rule: 'multi-lead', fn: '竞争情报分析', units: ['市场策划处', '数据分析处'] }, acceptance: ACCEPTED_INTELLIGENCE },
    { kind: 'document-named', functionId: null, functionName: null, units: ['产品管理处'], keys: ['p4'], note: { rule: 'document-named', text: '建议：增加“产品生命周期管理”职责，明确由产品管理处牵头。', note: '建议：增加此项职责' } },
    { kind: 'orphan', functionId: null, functionName: null, units: ['客户服务处'], keys: ['s4'], note: { rule: 'orphan', text: '负责10086热线的运营管理。', threshold: '0.50', closest: null } },
  ],
};

const acme: DocumentSpec = {
  id: 'acme-roles',
  title: 'ACME Operations — Roles & Responsibilities',
  file: FILE_EN,
  language: 'en',
  script: 'latin',
  units: [
    { name: 'Procurement', kind: 'department', line: 3, duties: [
      { key: 'e1', text: 'Manages vendor selection and negotiates supply contracts.', role: 'lead', number: '1.', line: 4 },
      { key: 'e2', text: 'Reviews purchase requests above $5,000 & flags "urgent" <b>orders</b>.', role: 'approve', number: '2.', line: 5 },
    ] },
    { name: 'Finance', kind: 'department', line: 7, duties: [
      { key: 'f1', text: 'Responsible for paying supplier invoices and reconciling vendor accounts.', role: 'lead', number: '1.', line: 8 },
      { key: 'f2', text: 'Approves purchase requests above $5,000.', role: 'approve', number: '2.', line: 9 },
    ] },
    { name: 'Facilities', kind: 'department', line: 11, duties: [
      { key: 'h1', text: 'Manages building maintenance contracts and negotiates with suppliers.', role: 'lead', number: '1.', line: 12 },
      { key: 'h2', text: 'Supports Procurement in vendor evaluations.', role: 'support', number: '2.', links: ['Procurement'], line: 13 },
    ] },
  ],
  pairs: [
    { a: 'e2', b: 'f2', score: 0.7733, relation: 'overlap', sharedTerms: ['purchase requests', '5,000'], differingTerms: [['flags', 'urgent'], []], reason: { rule: 'same-work', params: { score: 0.7733, bothLead: false }, terms: ['purchase requests', '5,000'] } },
    { a: 'e1', b: 'h1', score: 0.6021, relation: 'overlap', sharedTerms: ['negotiates', 'contracts'], differingTerms: [['vendor selection'], ['building maintenance']], reason: { rule: 'same-work', params: { score: 0.6021, bothLead: false }, terms: ['negotiates', 'contracts'] }, acceptance: { owner: 'COO', reason: 'Facilities negotiates building maintenance contracts only.', expires: '2099-01-01', expired: false } },
    { a: 'e1', b: 'h2', score: 0.4712, relation: 'collaboration', sharedTerms: ['vendor'], reason: { rule: 'names-partner', params: {}, terms: [] } },
  ],
};

const fragment: DocumentSpec = {
  id: '002_48a5b74466f8c1e3#14',
  title: '企业市场部市场专员的岗位职责',
  file: FILE_FRAGMENT,
  language: 'zh',
  script: 'simplified',
  units: [
    { name: '市场专员', kind: 'position', line: 410, duties: [
      { key: 'x1', text: '收集市场信息，协助完成市场调研报告。', role: 'support', number: '1、', line: 411 },
      { key: 'x2', text: '协助组织促销活动并跟踪效果。', role: 'support', number: '2、', line: 412 },
    ] },
  ],
  pairs: [],
};

const built = buildResult([market, acme, fragment], {
    candidateThreshold: 0.35,
    overlapThreshold: 0.55,
    duplicateThreshold: 0.85,
    genericMinUnits: 3,
    language: 'auto',
    catalogue: 'analysis/catalogues/marketing.yaml',
    coverageThreshold: 0.5,
    level: 1,
  });

const ref = (key: string, text?: string, unitPath?: string[]): DutyRef => {
  const duty = built.duties.find((d) => d.text.startsWith(key));
  if (!duty) throw new Error(`no fixture duty starts with ${key}`);
  const unit = built.units.find((u) => u.id === duty.unitId)!;
  return { id: duty.id, documentId: unit.documentId, unitPath: unitPath ?? unit.path, text: text ?? duty.text };
};
const gone = (documentId: string, unitPath: string[], text: string): DutyRef => ({ id: `d-removed-${unitPath.length}`, documentId, unitPath, text });

/** What changed since the previous run: every kind at least once, more duty changes than a list shows unfolded. */
const changes: Changes = {
  previousRun: '2024-05-01T08-00-00',
  duties: [
    { kind: 'added', before: null, after: ref('收集市场信息') },
    { kind: 'added', before: null, after: ref('协助组织促销活动') },
    { kind: 'added', before: null, after: ref('建议：增加“产品生命周期管理”') },
    { kind: 'added', before: null, after: ref('Supports Procurement') },
    { kind: 'added', before: null, after: ref('Approves purchase requests') },
    { kind: 'removed', before: gone('000_634195122df2118e', ['市场部', '品牌宣传处'], '负责公司网站与<b>新媒体</b>账号的内容维护。'), after: null },
    { kind: 'reworded', before: ref('负责竞争对手信息的收集、整理与分析', '负责竞争对手信息的收集与分析。'), after: ref('负责竞争对手信息的收集、整理与分析') },
    { kind: 'moved', before: ref('协助市场策划处', undefined, ['市场部', '市场策划处']), after: ref('协助市场策划处') },
    { kind: 'reworded', before: ref('负责10086热线', '负责客服热线的运营。'), after: ref('负责10086热线') },
  ],
  pairs: [
    { kind: 'new', a: ref('负责竞争对手信息的收集、整理和分析'), b: ref('负责竞争对手信息的收集、整理与分析'), before: null, after: 'duplicate', score: 0.9132 },
    { kind: 'relation-changed', a: ref('负责重大营销活动'), b: ref('牵头组织重大营销活动'), before: 'parallel', after: 'overlap', score: 0.7214 },
    { kind: 'resolved', a: ref('负责公司品牌战略', '负责公司品牌战略的制定。'), b: gone('000_634195122df2118e', ['市场部', '品牌宣传处'], '负责公司网站与<b>新媒体</b>账号的内容维护。'), before: 'overlap', after: null, score: 0.5811 },
  ],
  gaps: [
    { kind: 'opened', gap: built.gaps.find((g) => g.kind === 'gap')! },
    { kind: 'closed', gap: { kind: 'gap', organisation: '000_634195122df2118e', functionId: 'MK-06', functionName: '渠道酬金核算', unitIds: [], dutyIds: [], note: { rule: 'gap', fn: '渠道酬金核算', threshold: '0.50', closest: null } } },
  ],
};

/** How a fixture file was read: its units and duties counted from the built result. */
const counted = (file: string) => {
  const units = built.units.filter((u) => u.source.file === file);
  const ids = new Set(units.map((u) => u.id));
  return { units: units.length, duties: built.duties.filter((d) => ids.has(d.unitId)).length };
};
const readings: InputReading[] = [
  {
    file: FILE_ZH,
    format: 'text',
    ...counted(FILE_ZH),
    characters: 2140,
    used: 0.8532,
    leftOut: [
      { line: 1, text: '首页 > 企业文化 > 职责说明', why: 'site boilerplate' },
      { line: 2, text: '编制日期：2010年3月', why: 'section 编制日期' },
      { line: 56, text: '上一篇：<b>渠道</b>管理办法 & 下一篇：</script>', why: 'not under any unit or duty list' },
    ],
    moreLeftOut: 2,
  },
  { file: FILE_EN, format: 'text', ...counted(FILE_EN), characters: 480, used: 1, leftOut: [], moreLeftOut: 0 },
  {
    file: FILE_FRAGMENT,
    format: 'text',
    ...counted(FILE_FRAGMENT),
    characters: 25310,
    used: 0.7791,
    leftOut: [{ line: 409, text: '相关推荐：市场专员工作总结范文', why: 'outside any unit' }],
    moreLeftOut: 0,
  },
  {
    file: FILE_NOTHING,
    format: 'text',
    units: 0,
    duties: 0,
    characters: 31,
    used: 0,
    leftOut: [
      { line: 1, text: '会议纪要', why: 'not under any unit or duty list' },
      { line: 2, text: '今天天气很好，大家按时到会。', why: 'not under any unit or duty list' },
    ],
    moreLeftOut: 0,
  },
  { file: FILE_TABLE, format: 'table', units: 0, duties: 0, characters: null, used: null, leftOut: [], moreLeftOut: 0 },
];

const result: Result = ResultSchema.parse({
  ...built,
  readings,
  changes,
  trend: [
    { runId: '2024-03-01T08-00-00', conflicts: 9, gaps: 8, duties: 44 },
    { runId: '2024-04-01T08-00-00', conflicts: 8, gaps: 7, duties: 45 },
    { runId: '2024-05-01T08-00-00', conflicts: 8, gaps: 6, duties: 46 },
  ],
});
writeFileSync(new URL('../fixtures/result-small.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');
console.log(`wrote result-small.json: ${result.units.length} units, ${result.duties.length} duties, ${result.pairs.length} pairs`);
