import { describe, expect, it } from 'vitest';
import { DEFAULT_PARSE_LEXICON } from '../../src/parse/lexicon.ts';
import { unitKindOf } from '../../src/parse/unit-kind.ts';
import { isUnitName, unitNameOfTitle } from '../../src/parse/units.ts';
import { alignedNormalize } from '../../src/text/normalize.ts';
import { dutiesOf, parse } from './read-lines.ts';

describe('parseText unit headings', () => {
  it.each([
    ['一、综合部\n1、起草文件。', '综合部'],
    ['（二）政企客户部\n负责政企客户。', '政企客户部'],
    ['市场部经理职责:1、主导制定制度;2、编制计划。', '市场部经理'],
    ['一.市场管理科(3人)其职责:1.负责市场研究。2.负责营销策略。', '市场管理科'],
    ['(三) 客户关系主管职责:\n1 处理投诉;\n2 建立客户档案', '客户关系主管'],
    ['九、渠道运营管理处处室职责(一)负责渠道。(二)负责网点。', '渠道运营管理处'],
    ['一、市场部重要工作1、信息搜集及分析(1)理解行业趋势。', '市场部'],
    ['综合部综合部是公司综合管理部门。\n部门职责如下:1、完成指标;2、负责文秘工作。', '综合部'],
    ['一、生产技术科业务保安责任制\n1、编制矿井生产发展规划。\n2、负责采掘作业规程的编制。', '生产技术科'],
    ['(二)机电科安全生产责任制\n1、编制机电设备检修计划。', '机电科'],
    ['秘書權責如下:一、工作計畫之擬編。\n二、文稿之綜核及代判。', '秘书'],
  ])('finds the unit in %s', (text, name) => {
    const parsed = parse(text);
    expect(parsed.units.map((u) => u.name)).toContain(name);
    expect(dutiesOf(parsed, name).length).toBeGreaterThan(0);
  });

  it('reads a department list "1. 招商部 、…2. 市场拓展部、…3. 营销部 负责…"', () => {
    const parsed = parse('部门职责:1. 招商部 、制订招商政策;、收集商家资料;2. 市场拓展部、参与制定战略。 、负责组织编制制度。3. 营销部 负责季度任务计划的制定。 负责客户产品分析。');
    expect(parsed.units.map((u) => u.name)).toEqual(['招商部', '市场拓展部', '营销部']);
    expect(dutiesOf(parsed, '招商部')).toEqual(['制订招商政策', '收集商家资料']);
    expect(dutiesOf(parsed, '营销部')).toEqual(['负责季度任务计划的制定。', '负责客户产品分析。']);
  });

  it('reads "X工作职责" after a paragraph that opens with X as its subject as X\'s duty list in the same document, not a new document', () => {
    const parsed = parse(['党院办科室简介', '党委办公室、院长办公室是医院党委和行政的综合办事机构。各组之间既有分工,又有协助。', '党委办公室、院长办公室工作职责', '一、协助安排院领导的日程;', '二、负责组织召开院周会。'].join('\n'));
    expect(parsed.documents).toHaveLength(1);
    expect(dutiesOf(parsed, '党委办公室、院长办公室')).toEqual(['协助安排院领导的日程', '负责组织召开院周会。']);
  });

  it('gives a page of duty text to the unit its contact line names, and keeps contact lines out of the duties', () => {
    const parsed = parse(['负责机关文电、会务、机要、档案等工作。组织协调重要工作部署。', '办公室负责人:颜煜群', '部门联系电话:3577060'].join('\n'));
    expect(parsed.units.map((u) => u.name)).toEqual(['办公室']);
    expect(dutiesOf(parsed, '办公室')).toEqual(['负责机关文电、会务、机要、档案等工作。', '组织协调重要工作部署。']);
  });

  it('reads a numbered item that is only a lead-in with the words a form puts before it ("一、岗位主要职责") as the start of the post\'s duties, not as a duty', () => {
    const parsed = parse(['校长', '一、岗位主要职责', '(一)主持学校行政全面工作。', '(二)领导制订学校的发展规划。'].join('\n'));
    expect(parsed.duties.filter((d) => d.parentId === null).map((d) => d.text)).toEqual(['主持学校行政全面工作。', '领导制订学校的发展规划。']);
  });

  it('nests an English unit heading under the heading of a higher rank before it (Accounts Unit under Finance Directorate)', () => {
    const parsed = parse(['Finance Directorate', 'The Directorate looks after the finances of the Office.', '- Preparation of the financial reports', 'Accounts Unit', 'The Accounts Unit will be responsible for the accounting functions in the Office.'].join('\n'));
    const directorate = parsed.units.find((u) => u.name === 'Finance Directorate')!;
    expect(parsed.units.find((u) => u.name === 'Accounts Unit')?.parentId).toBe(directorate.id);
  });

  it('reads "headed by the Director of Finance whose responsibilities will include:-" as that post, under the unit, with the list after it', () => {
    const parsed = parse(['Finance Directorate', 'The Finance Section will be headed by the Director of Finance whose responsibilities will include:-', '- Maintenance of books of accounts;', '- Preparation of the financial reports'].join('\n'));
    const post = parsed.units.find((u) => u.name === 'Director of Finance')!;
    expect(post.parentId).toBe(parsed.units.find((u) => u.name === 'Finance Directorate')!.id);
    expect(dutiesOf(parsed, 'Director of Finance')).toHaveLength(2);
  });

  it('reads an article in which a named organisation sets up one unit and says its work (区公所设会计室,置主任,依法办理…)', () => {
    const parsed = parse(['第四条', '区公所设下列单位分别掌理有关事项:', '一、民政课:掌理自治行政、调解服务。', '第六条', '区公所设会计室,置主任,依法办理岁计、会计及统计事项。'].join('\n'));
    expect(dutiesOf(parsed, '会计室')).toEqual(['依法办理岁计、会计及统计事项。']);
  });

  it('gives the units of a page without a title to the organisation its leadership roster names twice or more', () => {
    const parsed = parse(['张学贵:大连市审计局局长', '于雷:大连市审计局党组成员、副局长', '(一)办公室。负责机关日常运转。', '(二)法规计划处。承担审计法规草案的起草工作。'].join('\n'));
    const org = parsed.units.find((u) => u.name === '大连市审计局')!;
    expect(org.kind).toBe('organisation');
    expect(parsed.units.filter((u) => u.parentId === org.id).map((u) => u.name)).toEqual(['办公室', '法规计划处']);
    expect(parsed.reading?.unitLines[0]).toMatchObject({ line: 1, why: 'the organisation a leadership roster names, holding the units below' });
    // One roster line is no evidence.
    expect(parse(['张学贵:大连市审计局局长', '(一)办公室。负责机关日常运转。', '(二)法规计划处。承担审计法规草案的起草工作。'].join('\n')).units.map((u) => u.name)).toEqual(['办公室', '法规计划处']);
  });

  it('reads a flattened 岗位说明书 duty table by its time-share cells: one duty a row, not one a line', () => {
    const parsed = parse(
      ['行政主管岗位职责', '时间分配', '主要职责', '职责描述', '业绩衡量标准', '15 %', '协助行政经理制定行政工作规划', '参与制定行政部年度工作计划', '略', '65 %', '主要负责的行政管理工作', '归档公司相关文件', '组织办公用品的购买和发放', '20 %', '部门内部建设', '组织部门技能培训'].join('\n'),
    );
    expect(dutiesOf(parsed, '行政主管')).toHaveLength(3);
    // Weights of a KPI table are no duty rows.
    const kpi = parse(['出纳岗位职责', '1、负责现金收付。', '2、负责银行结算。', '考核指标', '指标权重', '现金差错率', '20%', '结算及时率', '80%'].join('\n'));
    expect(dutiesOf(kpi, '出纳').slice(0, 2)).toEqual(['负责现金收付。', '负责银行结算。']);
  });

  it('gives a page that opens with a numbered duty list to the unit it names only after the list', () => {
    const parsed = parse(['1.负责建立健全档案管理的各项规章制度;', '2.负责办理档案的查阅、借阅和转递工作;', '3.承办领导交办的其他事项。', '档案馆机构设置为六科一室,分别为业务管理科、接收征集科、办公室。'].join('\n'));
    expect(parsed.units.map((u) => u.name)).toEqual(['档案馆']);
    expect(dutiesOf(parsed, '档案馆')).toHaveLength(3);
    // A page that opens with no duty list keeps its text out of that unit.
    expect(parse(['档案工作简介', '档案馆机构设置为六科一室,分别为业务管理科、办公室。'].join('\n')).duties).toHaveLength(0);
  });

  it('reads "办公室是…" after a unit named 机关办公室 as that unit going on, not as a second unit', () => {
    const parsed = parse(['机关办公室作为单位的重要职能部门,承担着协调上下的使命。', '一、机关办公室总体工作职责', '1. 综合协调职能', '办公室是单位内部的枢纽部门,负责统筹安排各类会议的协调工作。', '2. 信息管理职能', '收集整理行业动态。'].join('\n'));
    expect(parsed.units.map((u) => u.name)).toEqual(['机关办公室']);
    expect(dutiesOf(parsed, '机关办公室').join('|')).toContain('负责统筹安排各类会议的协调工作');
  });

  it('reads a position description and puts the position under 所在部门', () => {
    const parsed = parse(
      '市场拓展部主管:岗位名称市场拓展部主管所在部门市场拓展部直接上级市场部经理直接下级无岗位定员2人填写日期12.02.03本职概述:负责市场开发工作职责与任务1、协助部门经理制定政策。2、负责本区域市场开发。权力:合理化建议权',
    );
    const position = parsed.units.find((u) => u.name === '市场拓展部主管')!;
    const department = parsed.units.find((u) => u.name === '市场拓展部')!;
    expect(position.kind).toBe('position');
    expect(position.parentId).toBe(department.id);
    expect(position.attributes).toMatchObject({ 所在部门: '市场拓展部', 直接上级: '市场部经理', 岗位定员: '2人', 本职概述: '负责市场开发', 权力: '合理化建议权' });
    expect(dutiesOf(parsed, '市场拓展部主管')).toEqual(['协助部门经理制定政策。', '负责本区域市场开发。']);
  });

  it('nests a position heading under the department heading above it', () => {
    const parsed = parse('一、市场部工作职责\n1 跟踪行业发展趋势\n二、市场部各岗位职责\n(一)市场部主管职责:全面负责\n其具体职责是:\n1 全面计划市场部工作;\n2 制定年度营销策略');
    const department = parsed.units.find((u) => u.name === '市场部')!;
    const position = parsed.units.find((u) => u.name === '市场部主管')!;
    expect(parsed.units.filter((u) => u.name === '市场部')).toHaveLength(1);
    expect(position.parentId).toBe(department.id);
    expect(dutiesOf(parsed, '市场部主管')).toEqual(['全面计划市场部工作', '制定年度营销策略']);
    expect(position.attributes['概述']).toBe('全面负责');
  });

  it('does not take a section heading that names no unit for a unit', () => {
    const parsed = parse('一、组织架构调整优化原则\n(一)前端以客户分群为主线。\n二、优化方案\n(一)市场部\n负责统筹协调前端总体事务。\n(二)撤销固网业务部\n撤销固网业务部。');
    expect(parsed.units.map((u) => u.name)).toEqual(['市场部']);
    expect(dutiesOf(parsed, '市场部')).toEqual(['负责统筹协调前端总体事务。']);
  });

  it('reads English unit headings and bullet lists', () => {
    const parsed = parse('Marketing Department\nDuties:\n- Prepare the marketing plan\n- Review campaign budgets\nSales Team\n1. Manage key accounts\n2. Support the marketing plan');
    expect(parsed.units.map((u) => [u.name, u.kind])).toEqual([
      ['Marketing Department', 'department'],
      ['Sales Team', 'office'],
    ]);
    expect(dutiesOf(parsed, 'Marketing Department')).toEqual(['Prepare the marketing plan', 'Review campaign budgets']);
    expect(parsed.duties.map((d) => d.role)).toEqual(['unspecified', 'approve', 'lead', 'support']);
    expect(parsed.documents[0].language).toBe('en');
  });

  it('reads "A、秘書室" with its "a、…" items as a unit and its duties, and a date-led meeting line as no unit', () => {
    const parsed = parse('一般行政\nA、秘書室\na、由秘書室每天負責答覆校長信箱之問題。\nb、新聞中心每天發佈重要校聞。\nB、計算機與網路中心\na、網站主要採分層管理制。');
    expect(parsed.units.map((u) => u.name)).toEqual(['秘书室', '计算机与网路中心']);
    expect(dutiesOf(parsed, '秘书室')).toHaveLength(2);
    expect(isUnitName('100年5月26日台北联合大学系统委员会', DEFAULT_PARSE_LEXICON)).toBe(false);
    expect(isUnitName('台北联合大学系统依据大学', DEFAULT_PARSE_LEXICON)).toBe(false);
  });

  it('reads a Title Case heading without a unit noun as a unit when the next sentence opens with it and a verb', () => {
    const parsed = parse(
      'Administration and Management\nAdministration\nAdministration coordinates and supervises logistics for the entire Ministry.\nFinancial, Procurement & Audit\nFinancial, Procurement and Audit department facilitates finance and audit services.\nOur Vision\nOur vision is a healthy nation.',
    );
    expect(parsed.units.map((u) => u.name)).toEqual(['Administration', 'Financial, Procurement & Audit']);
    const held = parse('Support Services\nThe technical departments are supported by Administration and Management which has got two sections, namely: Administration and Audit.\nAdministration\nAdministration coordinates logistics for the Ministry.');
    expect(held.units.map((u) => [u.name, held.units.find((p) => p.id === u.parentId)?.name ?? null])).toEqual([
      ['Administration and Management', null],
      ['Administration', 'Administration and Management'],
    ]);
    expect(dutiesOf(parsed, 'Administration')).toEqual(['Administration coordinates and supervises logistics for the entire Ministry.']);
  });
});

describe('unitKindOf(name, depth)', () => {
  it.each([
    ['市场部', 0, 'department'],
    ['分局', 0, 'department'],
    ['市场策划处', 1, 'office'],
    ['文秘室', 1, 'office'],
    ['市场管理科', 1, 'office'],
    ['客户服务协调中心', 1, 'office'],
    ['号码百事通运营中心', 0, 'department'],
    ['市场拓展部经理', 1, 'position'],
    ['产品定位分析师', 1, 'position'],
    ['电话营销专员', 1, 'position'],
    ['市场运营总监', 1, 'position'],
    ['工会', 0, 'unit'],
    ['移动部门', 0, 'department'],
    ['Finance Directorate', 0, 'department'],
    ['Accounts Unit', 1, 'office'],
  ])('%s at depth %d is %s', (name, depth, kind) => expect(unitKindOf(name, depth)).toBe(kind));
});

describe('isUnitName(name) and unitNameOfTitle(title)', () => {
  it('accepts unit names and refuses sentences and generic words', () => {
    expect(isUnitName('10000号客户服务中心', DEFAULT_PARSE_LEXICON)).toBe(true);
    expect(isUnitName('撤销固网与互联网增值业务部', DEFAULT_PARSE_LEXICON)).toBe(false);
    expect(isUnitName('部门', DEFAULT_PARSE_LEXICON)).toBe(false);
    expect(isUnitName('负责市场部', DEFAULT_PARSE_LEXICON)).toBe(false);
  });

  it.each([
    ['市场部岗位职责 说明书', '市场部'],
    ['岗位职责市场部功能职责说明', '市场部'],
    ['市場部工作職責及核心業務流程', '市场部'],
    ['市场经营部 处室职责', '市场经营部'],
    ['2014关于宁波分公司全业务经营组织架构优化的通知', null],
  ])('%s names %s', (title, name) => expect(unitNameOfTitle(alignedNormalize(title), DEFAULT_PARSE_LEXICON)).toBe(name));
});

describe('the organisation a document is about, named outside its title', () => {
  const parentOf = (parsed: ReturnType<typeof parse>, name: string) => {
    const unit = parsed.units.find((u) => u.name === name)!;
    return parsed.units.find((u) => u.id === unit.parentId)?.name ?? null;
  };

  it('"X设N个内设机构。" announces the units that follow, though it ends in 。', () => {
    const parsed = parse('根据上述职责,市政府办公室设3个内设机构。\n(一)督查室。负责督办查办工作;负责目标管理工作。\n(二)公文科。负责公文审修、运转工作。\n(三)秘书科。负责起草综合材料。');
    expect(parsed.units.map((u) => u.name)).toEqual(['市政府办公室', '督查室', '公文科', '秘书科']);
    for (const name of ['督查室', '公文科', '秘书科']) expect(parentOf(parsed, name)).toBe('市政府办公室');
  });

  it('a 三定 page without its title: the 主要职责 before "X设2个内设机构:" are the organisation X\'s own', () => {
    const parsed = parse('主要职责\n(一)拟订全县人民防空事业发展规划。\n(二)组织开展人防科学技术研究。\n县人民防空办公室设2个内设机构:\n(一)综合股\n承担机关文电、会务工作。\n(二)工程股\n负责人防工程的监督管理。');
    expect(dutiesOf(parsed, '县人民防空办公室')).toEqual(['拟订全县人民防空事业发展规划。', '组织开展人防科学技术研究。']);
    expect([parentOf(parsed, '综合股'), parentOf(parsed, '工程股')]).toEqual(['县人民防空办公室', '县人民防空办公室']);
  });

  it('a staffing sentence ("X机关行政编制为63名") names the organisation that holds the units of a page without its title', () => {
    const parsed = parse('(一)人事科\n负责机关的人事管理工作。\n(二)秘书科\n负责会务工作。\n四、人员编制\n市政府办公室机关行政编制为63名。');
    expect(parsed.units.find((u) => u.name === '市政府办公室')?.kind).toBe('organisation');
    expect([parentOf(parsed, '人事科'), parentOf(parsed, '秘书科')]).toEqual(['市政府办公室', '市政府办公室']);
    // One unit alone, or a title that names the organisation, needs no such guess.
    expect(parse('(一)人事科\n负责机关的人事管理工作。\n市政府办公室机关行政编制为63名。').units.map((u) => u.name)).toEqual(['人事科']);
  });

  it('a site line before the title does not hide the organisation the title opens with', () => {
    const parsed = parse('不能读取语音阅读器\n\n上海市财政局政务公开工作规定\n\n办公室  组织、协调政府信息公开的事宜;统一受理信息公开申请。\n法规处  负责规范性文件的法律审核。');
    expect(parsed.documents[0].title).toBe('上海市财政局政务公开工作规定');
    expect([parentOf(parsed, '办公室'), parentOf(parsed, '法规处')]).toEqual(['上海市财政局', '上海市财政局']);
  });

  it('a title naming a unit, then short topics ("一、市场开发:") with numbered duties under them: the topics group that unit\'s duties', () => {
    const parsed = parse('市场部职责\n一、市场开发:\n1.1根据发展规划的要求,积极主动了解市场信息。\n1.2建立市场网络,收集各类工程信息。\n二、资格预审\n2.1建立资审资料库,包括企业资料。');
    expect(parsed.units.map((u) => u.name)).toEqual(['市场部']);
    const top = parsed.duties.filter((d) => d.parentId === null).map((d) => d.text);
    expect(top).toEqual(['市场开发', '资格预审']);
    expect(parsed.duties.filter((d) => d.parentId !== null)).toHaveLength(3);
    // A topic followed by something that is not a duty stays a heading of its own.
    expect(parse('市场部职责\n一、组织架构\n二、联系方式').duties).toEqual([]);
  });

  it('a title (or a file name) naming a unit, then duties without numbers: they are that unit\'s', () => {
    const page = '负责组织协调重大活动和重要会议,对外联络与接待;负责公文流转、印章管理工作。\n承担领导交办的其他工作。\n网络安全与信息化办公室挂靠综合处。';
    for (const parsed of [parse(`综合处职责\n${page}`), parse(page, '综合处职责.txt')]) {
      expect(parsed.units.map((u) => u.name)).toEqual(['综合处']);
      expect(parsed.duties.map((d) => d.text.slice(0, 6))).toEqual(['负责组织协调', '负责公文流转', '承担领导交办', '网络安全与信']);
    }
    // The rest of a line after a duty lead-in ("职责:负责…;负责…") too.
    expect(parse('职责:负责公司会计核算;负责编制财务报表。', '财务部.txt').duties.map((d) => d.text)).toEqual(['负责公司会计核算', '负责编制财务报表。']);
    // Text that does not open with a duty verb is no duty, and a title that names no unit makes none.
    expect(parse('综合处职责\n本页面最后更新于2020年,欢迎来电咨询。').units).toEqual([]);
    expect(parse(page, 'notes.txt').units).toEqual([]);
  });

  it('a short name the text defines for the unit its file is named after (X(以下简称Y)) is that unit\'s, so sentences about Y are about X', () => {
    const text = '第一条 根据机构改革方案,制定本规定。\n第二条 长沙县市场监督管理局(以下简称县市场监管局)是县政府工作部门,为正科级。\n第三条 县市场监管局的主要职责是:\n(一)负责市场综合监督管理。\n(二)负责市场主体统一登记注册。';
    const parsed = parse(text, '长沙县市场监督管理局.txt');
    expect(parsed.units.map((u) => u.name)).toEqual(['长沙县市场监督管理局']);
    expect(parsed.units[0].attributes['别名']).toBe('县市场监管局');
    expect(parsed.duties).toHaveLength(2);
  });

  it('a heading closed by a full stop after its duty word, with or without an article number glued to it (第七条办公室职责。)', () => {
    for (const [a, b] of [['第七条办公室职责。', '第八条财务科职责。'], ['第七条 办公室职责', '第八条 财务科职责'], ['(一)办公室职责。', '(二)财务科职责。']]) {
      const parsed = parse(`${a}\n综合协调机关日常政务;建立健全机关各项规章制度;\n${b}\n负责局机关财务管理;编制预算。`);
      expect(parsed.units.map((u) => u.name)).toEqual(['办公室', '财务科']);
      expect(parsed.duties).toHaveLength(4);
    }
    // A duty that ends in 的工作。 is no heading.
    expect(parse('保安队长职责\n一、职责1、主持本队的工作。2、负责本队队员的考勤工作。').units.map((u) => u.name)).toEqual(['保安队长']);
  });

  it('a Traditional 職掌 page under its title: nominal items (…之編製, …事項) are the unit\'s duties', () => {
    const parsed = parse('財務處職掌\n一、本校年度預算之編製。\n二、各項經費之收支及核銷。\n三、其他有關財務事項。');
    expect(parsed.units.map((u) => u.name)).toEqual(['财务处']);
    expect(parsed.duties).toHaveLength(3);
  });

  it('a file named after its unit that opens with a lead-in line (部门职责, 主要职责): the file name names the unit', () => {
    for (const leadIn of ['部门职责', '主要职责', '岗位职责']) {
      const parsed = parse(`${leadIn}\n1. 负责公司文秘、档案和印章管理。\n2. 负责公司车辆调度与办公用品采购。`, '行政部.docx');
      expect([parsed.documents[0].title, parsed.units.map((u) => u.name), parsed.duties.length]).toEqual(['行政部', ['行政部'], 2]);
    }
    // An English file name too ("finance-office.txt", "Finance Office.docx").
    for (const file of ['finance-office.txt', 'Finance Office.docx']) {
      expect(parse('Roles and Responsibilities\n1. Prepare the annual budget.\n2. Maintain the general ledger.', file).units.map((u) => u.name)).toEqual(['Finance Office']);
    }
    expect(parse('Roles and Responsibilities\n1. Prepare the annual budget.', 'notes.txt').units).toEqual([]);
    // A first line that names the unit is still the title.
    expect(parse('财务部职责\n1. 负责会计核算。', '行政部.docx').units.map((u) => u.name)).toEqual(['财务部']);
  });

  it('a bracketed marker before a title (『壹』, 【一】) does not hide the unit the title names', () => {
    for (const marker of ['『壹』', '【一】', '[1]']) {
      const parsed = parse(`${marker} 物流公司业务部职责\n1.老客户跟进、维护;\n2.新业务开发,报价单制定;`);
      expect(parsed.units.map((u) => u.name).join()).toMatch(/业务部$/u);
      expect(parsed.duties).toHaveLength(2);
    }
  });

  it('a 三定 that keeps a body (保留X(以下简称Y)为…工作部门), with an article number glued to its lead-in: the body and its duties', () => {
    const kept = parse('根据《县党政机构改革方案》,保留都昌县计划生育委员会(以下简称县计生委)为县人民政府工作部门。\n一、主要职责\n1、负责人口与计划生育的数据统计工作。\n2、承办县政府交办的其他工作。');
    expect(kept.units.map((u) => [u.name, u.kind])).toEqual([['都昌县计划生育委员会', 'organisation']]);
    expect(dutiesOf(kept, '都昌县计划生育委员会')).toHaveLength(2);
    const glued = parse('第二条县自然资源局是县政府工作部门,为正科级。\n第三条县自然资源局的主要职责:\n(一)负责自然资源调查监测评价。\n(二)负责自然资源确权登记工作。');
    expect(glued.units.map((u) => u.name)).toEqual(['县自然资源局']);
  });

  it('a lead-in naming the unit of the heading above by its local name is that unit, and the articles on its standing are no duties', () => {
    const parsed = parse('揭阳市揭东区工业信息化和科技局\n第一条 根据《揭阳市揭东区机构改革方案》,制定本规定。\n第二条 区工业信息化和科技局是区政府工作部门,为正科级,加挂区商务局牌子。\n第三条 区工业信息化和科技局的主要职责是:\n(一)拟订工业、信息化领域的地方规范性文件。\n(二)推进相关科研成果产业化。');
    expect(parsed.units.map((u) => u.name)).toEqual(['揭阳市揭东区工业信息化和科技局']);
    expect(parsed.duties.filter((d) => d.parentId === null).map((d) => d.text)).toEqual(['拟订工业、信息化领域的地方规范性文件。', '推进相关科研成果产业化。']);
  });

  it('a Taiwan 組織規程: X設下列單位 holds the 課 that follow; 未設課掌理之事項 names no unit', () => {
    const parsed = parse('區公所設下列單位分別掌理有關事項:\n一、民政課:掌理自治行政、調解服務、地政。\n二、社政課:掌理社會行政、社會福利。\n未設課掌理之事項,由區長指定相關單位辦理。');
    expect(parsed.units.map((u) => u.name)).toEqual(['区公所', '民政课', '社政课']); // names are kept in their Simplified key form, as for every Traditional document
    expect(parsed.units.filter((u) => u.name.endsWith('课')).map((u) => u.kind)).toEqual(['office', 'office']);
  });

  it('a title naming a unit with its organisation first (中山大学党委宣传部简介, 软件公司市场部职责): the organisation holds the unit', () => {
    for (const [title, owner, name] of [
      ['中山大学党委宣传部简介', '中山大学', '党委宣传部'],
      ['软件公司市场部职责', '软件公司', '市场部'],
    ]) {
      const parsed = parse(`${title}\n1、负责全校宣传工作。\n2、负责新闻发布工作。`);
      expect(parsed.units.map((u) => [u.name, u.kind])).toEqual([[owner, 'organisation'], [name, 'department']]);
      expect(parentOf(parsed, name)).toBe(owner);
      expect(dutiesOf(parsed, name)).toHaveLength(2);
    }
  });

  it('a position form flattened with nothing between its cells, or with bulleted fields, is read; 岗位定员 is a field, not a post', () => {
    const glued = parse('岗位说明书岗位名称现金出纳岗岗位编号所在部门财务部岗位定员1直接上级财务部部长直接下级无\n工作职责:\n1、负责现金收款工作。\n2、负责费用报销。');
    expect(glued.units.map((u) => u.name)).toEqual(['财务部', '现金出纳岗']);
    expect(parentOf(glued, '现金出纳岗')).toBe('财务部');
    const bulleted = parse('*岗位名称:仓储经理\n*所属部门:仓储部\n*直接上级:运营总监\n岗位职责:\n1、负责仓库的日常运营。\n2、负责库存盘点。');
    expect(bulleted.units.map((u) => u.name)).toEqual(['仓储部', '仓储经理']);
    expect(dutiesOf(bulleted, '仓储经理')).toHaveLength(2);
  });

  it('a paragraph whose ;-segments each open with another unit (X负责…;Y涵盖…) gives each unit its segment', () => {
    const parsed = parse('学校各部门职责如下:\n党政办公室涵盖党务、行政等工作;新闻信息中心负责宣传、网络工作;教务部主要负责本科教学运行及管理;财务部负责校区经费管理。');
    expect(parsed.units.map((u) => u.name)).toEqual(['党政办公室', '新闻信息中心', '教务部', '财务部']);
    expect(dutiesOf(parsed, '教务部')).toHaveLength(1);
  });

  it('a prose paragraph whose sentences each open with a unit, or set one up (设X,主要负责…), gives each unit its sentence', () => {
    const parsed = parse('研究院机构设置:\n设行政管理部,主要负责研究院的日常行政管理。设学术委员会,负责指导研究院的科研方向。技术服务部负责对外技术服务。');
    expect(parsed.units.map((u) => u.name)).toEqual(['行政管理部', '学术委员会', '技术服务部']);
    expect(dutiesOf(parsed, '学术委员会')).toHaveLength(1);
  });

  it('a 鄉公所 that defines itself (X(以下簡稱本所)) is the organisation its 課 sit under', () => {
    const parsed = parse('第二條 連江縣南竿鄉公所(以下簡稱本所)依法辦理自治事項。\n第五條 本所設下列各課,分別掌理有關事項:\n一、民政課:掌理一般行政、調解行政。\n二、財經課:掌理財務、公產。');
    expect(parentOf(parsed, '民政课')).toBe('连江县南竿乡公所');
  });

  it('a sentence is no unit name (档案馆机构设置为六科壹室, 经常深入各科室), and a note after a post\'s name is no part of it', () => {
    for (const name of ['档案馆机构设置为六科壹室', '经常深入各科室', '战略解码与规划制定参与公司年度战略研讨会']) expect(isUnitName(name, DEFAULT_PARSE_LEXICON)).toBe(false);
    const parsed = parse('岗位名称:仓储经理(可根据企业规模及层级调整)\n所属部门:仓储部\n直接上级:运营总监\n岗位职责:\n1、负责仓库的日常运营。');
    expect(parsed.units.map((u) => u.name)).toEqual(['仓储部', '仓储经理']);
  });

  it('pronunciation glosses a mirror put after characters are read past (銷(xiāo)售現(xiàn)場(chǎng)會(huì)計(jì)); a heading and the sentence about it are one unit', () => {
    const parsed = parse('崗位名稱(chēng):銷(xiāo)售現(xiàn)場(chǎng)會(huì)計(jì)\n隸屬部門(mén):財(cái)務(wù)部\n直接上級(jí):財務經理\n崗位職責:\n1、負責銷售現場的收款工作。');
    expect(parsed.units.map((u) => u.name)).toEqual(['财务部', '销售现场会计']);
    expect(parsed.duties[0]?.text).toBe('負責銷售現場的收款工作。');
    const one = parse('市疾病預(yù)防控制中心\n\n市疾病預(yù)防控制中心是2004年成立的全額事業單位,負責全市疾病預防控制工作。');
    expect(one.units.map((u) => u.name)).toEqual(['市疾病预防控制中心']);
    for (const name of ['新建重组部分科室', '极客网企业会员']) expect(isUnitName(name, DEFAULT_PARSE_LEXICON)).toBe(false);
  });

  it('a numbered 机构设置 section under a title naming the unit holds the units that follow', () => {
    const parsed = parse('宝山区妇女联合会\n一、妇联职能\n代表和维护妇女利益。\n三、机构设置\n办公室:负责机关内外协调、政务服务工作。\n基层科:负责接待处理妇女群众的来信来访工作。');
    expect(parentOf(parsed, '办公室')).toBe('宝山区妇女联合会');
    expect(parentOf(parsed, '基层科')).toBe('宝山区妇女联合会');
  });

  it('an article that sets up one unit and says its work (本局設會計科,置會計科長,依法辦理…) gives the organisation that unit', () => {
    const parsed = parse('第4條 本局設下列各科,分別掌理有關事項:\n一、綜計科:掌理環境影響評估等事項。\n二、空保科:掌理空氣污染之管制等事項。\n第7條\n本局設會計科,置會計科長,依法辦理歲計、會計事項,並兼辦統計事項');
    expect(parsed.units.map((u) => u.name)).toContain('会计科');
    expect(dutiesOf(parsed, '会计科')).toHaveLength(1);
  });

  it('an article after the 一、 items that named units ends the last unit: its text is no duty of that unit', () => {
    const parsed = parse('第 4 條\n本局設下列各科,分別掌理有關事項:\n一、綜計科:掌理環境影響評估、教育宣導、環境衛生及毒性化學物質管\n    理等事項。\n二、行政科:掌理文書、印信、法制、採購、財產管理、檔案、出納及事\n    務管理等事項。\n\n\n第 5 條\n本局置技正、科長、專員、技士、稽查員、技佐、辦事員及書記。\n\n\n第 6 條\n本局置人事管理員,依法辦理人事管理業務。');
    expect(dutiesOf(parsed, '行政科').filter((d) => d.includes('本局置'))).toEqual([]);
  });
});


describe('a position field named in running text', () => {
  it('is a noun there, not the opening of a position header (负责核定各部门岗位名称和岗位编号)', () => {
    const parsed = parse('办公室\n1、负责核定各部门岗位名称和岗位编号。\n2、负责文件收发。');
    expect(parsed.units.map((u) => u.name)).toEqual(['办公室']);
    expect(dutiesOf(parsed, '办公室')).toEqual(['负责核定各部门岗位名称和岗位编号。', '负责文件收发。']);
  });
});

describe('a position form flattened with nothing between its cells', () => {
  it('reads a form whose first field holds the rest of the form glued (岗位名称 财务部经理岗位编号所在部门财务部…)', () => {
    const text =
      '目录财务部经理岗位说明书2财务部出纳岗位说明书5财务部经理岗位说明书基本信息本岗位名称 财务部经理岗位编号所在部门财务部岗位定员工作关系直接上级岗位:财务总监\n' +
      '工作职责\n1、组织制定公司财务管理制度并监督执行。\n2、审核公司的财务报表。';
    const parsed = parse(text);
    const position = parsed.units.find((u) => u.name === '财务部经理');
    expect(position).toBeDefined();
    expect(parsed.units.find((u) => u.id === position!.parentId)?.name).toBe('财务部');
    expect(dutiesOf(parsed, '财务部经理')).toEqual(['组织制定公司财务管理制度并监督执行。', '审核公司的财务报表。']);
  });
});
