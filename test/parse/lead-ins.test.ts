import { describe, expect, it } from 'vitest';
import { isTitleParagraph } from '../../src/parse/documents.ts';
import { readFieldBlock, unflattenTables } from '../../src/parse/fields.ts';
import { containerOf, isDutyLike, isJointName, openingSubjectOf, organisationOfPreamble, ownerInSubjectSentence, subjectUnitOf } from '../../src/parse/lead-ins.ts';
import { DEFAULT_PARSE_LEXICON as L } from '../../src/parse/lexicon.ts';
import { labelAt } from '../../src/parse/numbering.ts';
import { paragraphOf } from '../../src/parse/paragraph.ts';
import { bracketAfterName, englishSubjectOf, englishUnitName, organisationOfTitle, unitNameOfTitle } from '../../src/parse/units.ts';
import { alignedNormalize } from '../../src/text/normalize.ts';

const key = (text: string) => alignedNormalize(text);

describe('lead-in sentences name units', () => {
  it('subjectUnitOf(text) finds the unit a lead-in is about', () => {
    expect(subjectUnitOf(key('我院是一家三级甲类医院。医院医务处是对全院医疗工作实施组织管理的职能部门,其功能和职责主要有:'), L)).toBe('医务处');
    expect(subjectUnitOf(key('图书馆是学校的文献信息中心,主要职责:'), L)).toBe('图书馆');
    expect(subjectUnitOf(key('- 秘書室除有關業務檢查事項省令另有規定外,掌理左列事項:'), L)).toBe('秘书室');
    expect(subjectUnitOf(key('医务处是全院的职能部门。'), L)).toBeNull();
  });

  it('openingSubjectOf(text) reads the subject that opens a sentence, alone or named together', () => {
    expect(openingSubjectOf(key('科研处作为学校科研工作职能部门,全面负责科研管理工作。'), L)?.name).toBe('科研处');
    expect(openingSubjectOf(key('管理科负责日常行政事务、财务'), L)?.name).toBe('管理科');
    expect(openingSubjectOf(key('党委办公室、院长办公室是医院党委和行政的综合办事机构。'), L)?.name).toBe('党委办公室、院长办公室');
    expect(openingSubjectOf(key('负责全局的组织人事工作。'), L)).toBeNull();
    expect(isJointName('组织部、统战部', L)).toBe(true);
  });

  it('sharedSubjectOf(text) reads units named together as the subject of one duty', async () => {
    const { sharedSubjectOf } = await import('../../src/parse/lead-ins.ts');
    expect(sharedSubjectOf(key('社会事业科、工业科、财贸科等科室分别负责市政府分管领导召集会议的材料准备'), L)).toMatchObject({ names: ['社会事业科', '工业科', '财贸科'] });
    expect(sharedSubjectOf(key('审核、审批、备案等分别负责'), L)).toBeNull();
  });

  it('containerOf(text) reads a sentence, or a paragraph\'s first clause, that is only the holder and the units it sets up', () => {
    expect(containerOf('市城市管理行政执法局下设直属分局、婺城分局、金东分局。', L)).toEqual({ kind: 'named', name: '市城市管理行政执法局', parent: null });
    expect(containerOf('总务后勤处下设党政办公室、饮食服务中心、物业服务中心,由学校授权管理后勤公司。根据管办分离原则,党政办公室履行管理职责。', L)).toEqual({ kind: 'named', name: '总务后勤处', parent: null });
    expect(containerOf('办公室下设文秘和档案。', L)).toBeNull();
  });

  it('containerOf(text) reads a set of 内设机构 named after its colon, with or without a count, an article number or a second name', () => {
    const named = (name: string) => ({ kind: 'named', name, parent: null });
    expect(containerOf('区经科局设3个内设机构:办公室、财务科、综合科。', L)).toEqual(named('区经科局'));
    expect(containerOf('第六条 区经科局(商务局)内设机构:办公室、财务科、工业经济科(中小企业科、安全管理办公室)、信息化科。', L)).toEqual(named('区经科局'));
    // A colon followed by work, not names, is no such set.
    expect(containerOf('区经科局内设机构:负责机关日常事务。', L)).toBeNull();
  });

  it('ownerInSubjectSentence(text, unit) reads the one organisation a subject sentence puts its unit in', () => {
    expect(ownerInSubjectSentence('办公室是海底科学与探测技术教育部重点实验室行政的日常办事和综合协调部门。', '办公室', L)).toBe('海底科学与探测技术教育部重点实验室');
    expect(ownerInSubjectSentence('护理部是山西省眼科医院的职能部门。', '护理部', L)).toBe('山西省眼科医院');
    expect(ownerInSubjectSentence('党委办公室、院长办公室是医院党委和行政的综合办事机构。', '党委办公室、院长办公室', L)).toBeNull();
    expect(ownerInSubjectSentence('办公室是综合协调的部门。', '办公室', L)).toBeNull();
  });

  it('containerOf(text) reads names that share the unit noun written once after them', () => {
    expect(containerOf('行政总部置综合业务、教务、学务、总务等组。', L)).toEqual({ kind: 'named', name: '行政总部', parent: null });
    expect(containerOf('本局设人事、会计、政风三室。', L)).toEqual({ kind: 'self' });
    expect(containerOf('本局设在市政大楼、交通方便等情况。', L)).toBeNull();
  });

  it('containerOf(text) names the parent of the units that follow', () => {
    expect(containerOf(key('区政府办公室设6个内设机构:'), L)).toEqual({ kind: 'named', name: '区政府办公室', parent: null });
    expect(containerOf(key('根据上述职责,国务院办公厅设9个内设机构:'), L)).toEqual({ kind: 'named', name: '国务院办公厅', parent: null });
    expect(containerOf(key('市府設秘書處,分設六科室掌理下列事項:'), L)).toMatchObject({ kind: 'named', name: '秘书处' });
    expect(containerOf(key('本局设左列各科室:'), L)).toEqual({ kind: 'self' });
    expect(containerOf(key('后勤处设三个科室分别为管理科、维修队、车队;一个办公室。'), L)).toMatchObject({ name: '后勤处' });
    expect(containerOf(key('负责设置内设机构的审批工作。'), L)).toBeNull();
  });

  it('containerOf(text) reads a sentence that names the units it sets up, and a holder named by its party committee and government', () => {
    expect(containerOf(key('按照学校党委常委会的决定,我校成都校区设置党政办公室、新闻信息中心、教务部等3个管理部门和图书馆、后勤服务公司等2个附属机构,对应学校20个党政工作部门。'), L)).toEqual({
      kind: 'named',
      name: '成都校区',
      parent: null,
    });
    expect(containerOf(key('据悉,在体制改革后,凤岗镇党委、政府下设3个委员会和13个党政机构,机构具体名称职能包括:'), L)).toEqual({ kind: 'named', name: '凤岗镇', parent: null });
    // The holder's own duties follow, not its units.
    expect(containerOf(key('学校办公室是学校的综合办事机构。办公室设有秘书科、行政科、机要信息科等三个科级机构。主要职责:'), L)).toBeNull();
    expect(containerOf(key('全市设置城区、郊区等2个片区'), L)).toBeNull();
  });

  it('organisationOfPreamble(text) and organisationOfTitle(title) name the organisation of a 三定', () => {
    expect(organisationOfPreamble(key('第一条 为了规范乌鲁木齐市自然资源局(以下简称市自然资源局)职能配置、内设机构和人员编制,制定本规定。'), L)).toEqual({
      name: '乌鲁木齐市自然资源局',
      alias: '市自然资源局',
    });
    expect(organisationOfTitle(key('国务院办公厅主要职责内设机构和人员编制规定'), L)).toBe('国务院办公厅');
    expect(organisationOfTitle(key('高雄市政府組織自治簡介'), L)).toBe('高雄市政府');
    expect(organisationOfTitle(key('市场部岗位职责'), L)).toBeNull();
  });

  it('isDutyLike(text) tells a duty from a heading', () => {
    expect(isDutyLike('根据院党委和行政下达的任务,结合本馆实际组织各项业务工作', L)).toBe(true);
    expect(isDutyLike('组织架构及人员设置 4-6人', L)).toBe(false);
    expect(isDutyLike('关键业务流程', L)).toBe(false);
    // Work named as a noun after 的: a duty in the item-per-task form of a 岗位说明书.
    expect(isDutyLike('会计凭证的复核', L)).toBe(true);
    expect(isDutyLike('书面凭证、账簿、报表的整理、装订归档工作', L)).toBe(true);
    expect(isDutyLike('岗位的任职资格', L)).toBe(false);
  });
});

describe('names', () => {
  it('bracketAfterName(text) keeps a bracketed second name, passes over a note on the unit, and is no head count', () => {
    expect(bracketAfterName('(国务院总值班室)。负责', 0)).toEqual({ alias: '国务院总值班室', length: 9 });
    expect(bracketAfterName('(3人)', 0)).toBeNull();
    expect(bracketAfterName('(暂定)', 0)).toEqual({ alias: null, length: 4 });
    expect(bracketAfterName('(与机关党委办公室合署)职责', 0)).toEqual({ alias: null, length: 12 });
  });

  it('unitNameOfTitle(title) reads a department file\'s title with a note on the unit ("办公室(与机关党委办公室合署)职责")', () => {
    expect(unitNameOfTitle(key('办公室(与机关党委办公室合署)职责'), L)).toBe('办公室');
    expect(unitNameOfTitle(key('规划财务处职责'), L)).toBe('规划财务处');
  });

  it('englishUnitName(line) reads English headings by case and org noun', () => {
    expect(englishUnitName('2. Planning Division')).toBe('Planning Division');
    expect(englishUnitName('HUMAN RESOURCE SECTION')).toBe('HUMAN RESOURCE SECTION');
    expect(englishUnitName('Account/Records Unit')).toBe('Account/Records Unit');
    expect(englishUnitName('Directorate of County Administration and Enforcement')).toBe('Directorate of County Administration and Enforcement');
    expect(englishUnitName('Maintenance of proper books of accounts.')).toBeNull();
    expect(englishUnitName('Responsible for the records unit')).toBeNull();
  });

  it('englishUnitName(line) reads bulleted items, a bracketed second name and a name in sentence case after a unit noun', () => {
    expect(englishUnitName('  • Office')).toBe('Office');
    expect(englishUnitName('Office')).toBeNull();
    expect(englishUnitName('• Division of organization and personnel (department of retired officials)')).toBe('Division of organization and personnel');
    expect(englishUnitName('Division of comprehensive affairs')).toBe('Division of comprehensive affairs');
    expect(englishUnitName('Division of work is to be agreed')).toBeNull();
    expect(englishUnitName('• Providing Human Resource Management Services (e.g recruitment, training, retirement etc)')).toBeNull();
    expect(englishUnitName('• Handling day-to-day administrative matters;')).toBeNull();
    expect(englishSubjectOf('The Administration/Human resource Management Department is one of the seven Departments')).toBe(
      'Administration/Human resource Management Department',
    );
    expect(englishSubjectOf('The Management Accounting Office, is responsible for providing financial analysis')).toBe('Management Accounting Office');
    expect(englishSubjectOf("The Bursar's Area comprises the following offices:")).toBe("Bursar's Area");
    expect(englishSubjectOf('The Registry consists of three sections')).toBe('Registry');
    expect(englishSubjectOf("The Bursar's Area comprises a team of accountants")).toBeNull();
    expect(englishSubjectOf('The University has a proud history')).toBeNull();
  });
});

describe('numbering grammar', () => {
  const at = (text: string, offset = 0) => labelAt(key(text), offset, L.measureAfterNumber);

  it('labelAt reads 第N条, dotted, 一␠ and letters where a line starts', () => {
    expect(at('第三條 本局設下列各科')).toMatchObject({ style: 'article', value: 3 });
    expect(at('2.3 采购部')).toMatchObject({ style: 'dotted2', value: 3 });
    expect(at('2.3.1 负责采购计划')).toMatchObject({ style: 'dotted3', value: 1 });
    expect(at('一 企劃科:')).toMatchObject({ style: 'cn-space', value: 1 });
    expect(at('- 二 總務科:', 2)).toMatchObject({ style: 'cn-space', value: 2 });
    expect(at('a) prepare the budget')).toMatchObject({ style: 'alpha-paren', value: 1 });
    expect(at('一,   会计凭证的复核')).toMatchObject({ style: 'cn-dun', value: 1 });
    expect(at('负责一,二级库存', 2)).toBeNull();
    expect(at('1.5倍')).toBeNull();
    expect(at('增长3.5%', 2)).toBeNull();
  });
});

describe('titles and tables', () => {
  const isTitle = (text: string) => isTitleParagraph(key(text), L, (k, o) => labelAt(k, o, L.measureAfterNumber));

  it('isTitleParagraph keeps lead-ins, sections, generic titles and table cells out', () => {
    expect(isTitle('市场部工作职责')).toBe(true);
    expect(isTitle('主要职责')).toBe(false);
    expect(isTitle('岗位目的')).toBe(false);
    expect(isTitle('职位说明书')).toBe(false);
    expect(isTitle('熟悉会计核算流程及会计核算制度')).toBe(false);
    expect(isTitle('徐汇区文化局徐汇区政府的职能部门')).toBe(false);
  });

  it('unflattenTables and readFieldBlock read a flattened position form', () => {
    const lines = ['职位名称', '出纳', '所属部门', '财务部', '直接上级', '会计主管', '工作职责', '绩效标准', '1', '负责现金收付。'];
    const paragraphs = unflattenTables(
      lines.map((t, i) => paragraphOf(t, i + 1)),
      (k) => ['工作职责', '绩效标准'].includes(k),
    );
    expect(paragraphs.map((p) => p.text)).toEqual(['职位名称:出纳', '所属部门:财务部', '直接上级:会计主管', '工作职责', '1、负责现金收付。']);
    const block = readFieldBlock(paragraphs, 0, L);
    expect(block?.position).toMatchObject({ name: '出纳', department: '财务部' });
    expect(block?.length).toBe(3);
    expect(readFieldBlock([paragraphOf('岗位:全职', 1)], 0, L)).toBeNull();
    const sized = readFieldBlock(['岗位名称:销售经理', '所属小部门:', '所属大部门:销售部'].map((t, i) => paragraphOf(t, i + 1)), 0, L);
    expect(sized?.position).toMatchObject({ name: '销售经理', department: '销售部' });
  });

  it('a flattened form with empty cells and a value wrapped after a slash reads to its last field', () => {
    const lines = ['职务名称', '行政主管/', '行政经理助理', '工作性质', '直属上级', '行政经理', '所辖人员', '定员人数', '所在部门', '行政管理部', '直属部门', '工作概述:'];
    const paragraphs = unflattenTables(lines.map((t, i) => paragraphOf(t, i + 1)), (k) => k === '工作概述:');
    const block = readFieldBlock(paragraphs, 0, L);
    expect(block?.position).toMatchObject({ name: '行政主管/行政经理助理', department: '行政管理部' });
    expect(block?.position.fields['直属上级']).toBe('行政经理');
  });
});

describe('a notice says who holds what after the change', () => {
  it('parseText gives a moved function to the receiving unit as its duty', async () => {
    const { parseText } = await import('../../src/parse/parse-text.ts');
    const lines = ['关于调整国家卫生健康委员会职责机构编制的通知', '一、将科学技术部的组织拟订科技促进卫生健康发展规划和政策职责划入国家卫生健康委员会。', '二、成立数据管理中心。']
      .map((text, i) => ({ text, line: i + 1 }));
    const parsed = parseText('notice.txt', lines);
    const receiver = parsed.units.find((u) => u.name === '国家卫生健康委员会');
    expect(parsed.duties.filter((d) => d.unitId === receiver?.id).map((d) => d.text)).toEqual(['科学技术部的组织拟订科技促进卫生健康发展规划和政策职责']);
    expect(parsed.duties.find((d) => d.unitId === receiver?.id)?.note).toContain('划入国家卫生健康委员会');
    // A unit only created is a mention: no unit without duties.
    expect(parsed.units.some((u) => u.name === '数据管理中心')).toBe(false);
  });

  it('every function one sentence moves to a unit is in its duty, not only the first: one duty a sentence, as a segment joined by ，/、 is one duty', async () => {
    const { parseText } = await import('../../src/parse/parse-text.ts');
    const lines = ['市机构改革方案', '将市发改委组织编制主体功能区规划职责、市水利局水资源调查和确权登记管理职责划转,组建市自然资源和规划局。']
      .map((text, i) => ({ text, line: i + 1 }));
    const parsed = parseText('notice.txt', lines);
    const receiver = parsed.units.find((u) => u.name === '市自然资源和规划局');
    expect(parsed.duties.filter((d) => d.unitId === receiver?.id).map((d) => d.text)).toEqual(['市发改委组织编制主体功能区规划职责，市水利局水资源调查和确权登记管理职责']);
    // Two sentences give two duties.
    const two = parseText('notice.txt', ['市机构改革方案', '将市发改委组织编制主体功能区规划职责划入市自然资源和规划局。', '将市水利局水资源调查和确权登记管理职责划入市自然资源和规划局。'].map((text, i) => ({ text, line: i + 1 })));
    const unit = two.units.find((u) => u.name === '市自然资源和规划局');
    expect(two.duties.filter((d) => d.unitId === unit?.id)).toHaveLength(2);
  });
});

describe('the organisation and the parents a document names in its own words', () => {
  const read = async (text: string) => {
    const { parseText } = await import('../../src/parse/parse-text.ts');
    const parsed = parseText('d.txt', text.split('\n').map((t, i) => ({ text: t, line: i + 1 })));
    const names = new Map(parsed.units.map((u) => [u.id, u.name]));
    return parsed.units.map((u) => `${u.name} < ${u.parentId === null ? '∅' : names.get(u.parentId)} : ${parsed.duties.filter((d) => d.unitId === u.id && d.parentId === null).length}`);
  };

  it('"X市政府概述" before any unit names the organisation its units belong to, and 布局 is no bureau', async () => {
    const text = ['引言', '某市政府作为地方行政机关,负责管理全市事务。', '某市政府概述', '市政府设有多个部门。', '行政机关布局', '教育局', '- 职能:负责全市教育事业的规划。', '财政局', '- 职能:负责全市财政收支。'].join('\n');
    expect(await read(text)).toEqual(['某市政府 < ∅ : 1', '教育局 < 某市政府 : 1', '财政局 < 某市政府 : 1']);
  });

  it('a form under a title that names only its company ("X有限公司 职位说明书") puts the department under that company', async () => {
    expect(await read('华信科技有限公司 职位说明书\n职位名称:出纳\n所属部门:财务部\n工作职责:\n1、负责现金收付。')).toEqual([
      '华信科技有限公司 < ∅ : 0',
      '财务部 < 华信科技有限公司 : 0',
      '出纳 < 财务部 : 1',
    ]);
  });

  it('a unit named before 贯彻落实… and a lead-in after a contact block; a bracketed second name before 作为', async () => {
    const text = ['办公时间:', '9:00—12:30', '联系电话:', '区卫生健康委贯彻落实中央和市委关于卫生健康工作的方针政策,在履行职责过程中坚持党的领导。主要职责是:', '(一)贯彻执行卫生健康事业发展的法规。', '(二)负责全区卫生应急工作。'].join('\n');
    expect(await read(text)).toEqual(['区卫生健康委 < ∅ : 2']);
    expect(await read('战略管理部(董事会办公室)作为集团的职能部门,主要负责集团战略管理、董事会建设等工作。')).toEqual(['战略管理部 < ∅ : 1']);
  });

  it('a duty table flattened one cell a line: 职责一 rows (characters stacked), 工作任务 items under each, notes after the row', async () => {
    const text = [
      '岗位名称', '客服主管', '所属部门', '物业部', '2、职责与工作任务',
      '职', '责', '一', '职责表述:协助上级制订物业管理制度;', '工作时间百分比:25%', '工作任务', '1、协助上级制定物业管理制度;', '2、监督制度的执行落实情况;',
      '职责二', '职责表述:组织物业费的收缴;', '工作任务', '1、负责制定物业费的收取方式;',
    ].join('\n');
    expect(await read(text)).toEqual(['物业部 < ∅ : 0', '客服主管 < 物业部 : 2']);
  });

  it('"二、项目经理岗位描述" heads the post and its numbered duties', async () => {
    const text = ['项目经理负责制', '一、总则', '为适应公司的战略需要,制订本制度。', '二、项目经理岗位描述', '1、 项目经理负责组建项目组。', '2、 具体负责项目实施阶段的管理工作。'].join('\n');
    expect(await read(text)).toEqual(['项目经理 < ∅ : 2']);
  });

  it('"X下设A和B,各科室职责如下:" names the parent of the units it lists', async () => {
    const text = ['科室职责', '党委统战部下设综合办公室和联络办公室,各科室职责如下:', '一、综合办公室', '1.负责统战工作调研。', '二、联络办公室', '1.联系民主党派。'].join('\n');
    expect(await read(text)).toEqual(['党委统战部 < ∅ : 0', '综合办公室 < 党委统战部 : 1', '联络办公室 < 党委统战部 : 1']);
  });

  it('"下属机构" on a line of its own, then bullets that open with a unit name, a space and its work: units under the one before', async () => {
    const text = ['某市气象局', '负责全市气象监测工作。', '下属机构', '  • 气象台 承担天气预报工作。', '    负责预警信息发布。', '  • 气象服务中心 负责专业气象服务工作。'].join('\n');
    expect(await read(text)).toEqual(['某市气象局 < ∅ : 1', '气象台 < 某市气象局 : 2', '气象服务中心 < 某市气象局 : 1']);
  });

  it('English prose about "the Department" is its duty, and "Name-The section does…" opens a unit under it', async () => {
    const text = [
      'Planning & Budget',
      'The Department prepares the annual budget of the Ministry.',
      'The Department is headed by a Commissioner.',
      'The Department has the following sections;',
      'Budget-The section consolidates the estimates of all votes.',
      'Statistics unit-Collects and publishes sector statistics.',
    ].join('\n');
    expect(await read(text)).toEqual(['Planning & Budget < ∅ : 1', 'Budget < Planning & Budget : 1', 'Statistics unit < Planning & Budget : 1']);
  });

  it('a lead-in whose list starts on the same line (…分设二科,各科掌理事项如下:一、第一科:…) is the parent of that list', async () => {
    expect(await read('秘書室分設二科,各科掌理事項如下:一、第一科:(一)施政計畫之彙編事項。\n(二)重要會議之議事事項。\n二、第二科:(一)文書之收發事項。\n(二)檔案管理事項。')).toEqual([
      '秘书室 < ∅ : 0',
      '第一科 < 秘书室 : 2',
      '第二科 < 秘书室 : 2',
    ]);
  });

  it('"X(以下简称本府)" names the organisation, and "本府设左列各局、室" makes it the parent of the list', async () => {
    expect(await read('第 2 條\n北山縣政府 (以下簡稱本府) 置縣長一人,綜理縣政。\n第 3 條\n本府設左列各局、室,分掌有關事項:\n一、民政局:掌理自治行政、戶政等事項。\n二、秘書室:掌理文書、議事等事項。')).toEqual([
      '北山县政府 < ∅ : 0',
      '民政局 < 北山县政府 : 1',
      '秘书室 < 北山县政府 : 1',
    ]);
    // When the same sentence opens the organisation's own list, the list is its duties.
    expect(await read('第二條 北山縣警察局 (以下簡稱本局) ,掌理下列事項:\n一、關於治安維護事項。\n二、關於交通管理事項。')).toEqual(['北山县警察局 < ∅ : 2']);
  });

  it('a title "X机构职能" names the unit whose duties follow', async () => {
    expect(await read('当前位置:\n宁远经济开发区招商服务局机构职能\n(一)负责统筹开发区招商引资工作;\n(二)负责协调重点项目落地。')).toEqual(['宁远经济开发区招商服务局 < ∅ : 2']);
  });

  it('an English title names the unit its text calls "the department" in lower case, and "the Units under this Department are…" makes the headings below its units', async () => {
    expect(await read('Administration and Supplies\n\nThe department coordinates the other departments of the Ministry.\n\nThe functions of the department:\n\n- Handling discipline and welfare of staff;\n- General procurement matters;')).toEqual([
      'Administration and Supplies < ∅ : 2',
    ]);
    expect(
      await read('Human Resource and Administration\n\nThe Department is responsible for administrative support to the Ministry. The Units under this Department are Administration and Audit.\n\nAudit Unit\n\nThe Audit unit is responsible for monitoring internal controls.'),
    ).toEqual(['Human Resource and Administration < ∅ : 2', 'Audit Unit < Human Resource and Administration : 1']);
  });

  it('an English title without a unit noun names the unit its text calls "the Department"', async () => {
    const text = 'Finance and Administration\n\nThe Department is headed by the Under Secretary.\n\nMain functions of this department are:\n\n  • Coordinating the budgetary process;\n  • Maintaining financial accounting records';
    expect(await read(text)).toEqual(['Finance and Administration < ∅ : 2']);
    expect(await read('Annual Report\n\nThe year was a good one for the city.')).toEqual([]);
    // A translated page: the organisation in an "Organization of" title, a lower-case subject that "is responsible for" its duties, a unit named in a sentence of its own.
    expect(
      await read(
        'Organization of Pinghu Statistics Bureau\n\nThe office (with the brand of the census office) is responsible for the daily secretarial work; To undertake the work of news release; Responsible for the financial management of the bureau.\n\nSurvey department. To organise the sample surveys of the city; Responsible for the survey data quality.',
      ),
    ).toEqual(['Pinghu Statistics Bureau < ∅ : 0', 'office < Pinghu Statistics Bureau : 3', 'Survey department < Pinghu Statistics Bureau : 2']);
    // A plural heading names one unit all the same (FINANCIAL UNITS).
    expect(await read('ADMINISTRATION AND FINANCE DIVISION\nFINANCIAL UNITS\nPrepare the Annual Budget Bill for the Department.\nProcess salary payments.')).toEqual([
      'ADMINISTRATION AND FINANCE DIVISION < ∅ : 0',
      'FINANCIAL UNITS < ADMINISTRATION AND FINANCE DIVISION : 2',
    ]);
  });

  it('a container lead-in that goes on to "其职掌如下" gives the list that follows to its holder; "各科掌理事项如下" to each unit', async () => {
    expect(await read('秘書處設五科;其職掌如下:\n一、印信典守、文書之收文及發文作業之管理事項。\n二、檔案點收、立案及保管事項。\n三、工程、財物、勞務採購事項。')).toEqual(['秘书处 < ∅ : 3']);
    expect(await read('秘书处分设二科,各科掌理事项如下:\n一、第一科:(一)议事。(二)新闻联系。\n二、第二科:(一)采购。')).toEqual(['秘书处 < ∅ : 0', '第一科 < 秘书处 : 2', '第二科 < 秘书处 : 1']);
  });
});

