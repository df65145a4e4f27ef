import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEvents, type LineEvent } from '../../src/parse/events.ts';
import { parseText } from '../../src/parse/parse-text.ts';
import { joinWrappedSentences } from '../../src/parse/notice-lines.ts';
import { toLines } from './read-lines.ts';

const SEED = 'seeds/003_805e8c79604db5b9.txt';
const GOLDEN = new URL('../golden/events-003.json', import.meta.url);
const seedEvents = extractEvents(SEED, toLines(readFileSync(new URL(`../../${SEED}`, import.meta.url), 'utf8')));

/** kind from → to (text) of events, one line each, for readable expectations. */
const brief = (events: readonly LineEvent[]) =>
  events.map((e) => `${e.kind} ${Array.isArray(e.from) ? e.from.join('、') : (e.from ?? '∅')} → ${e.to ?? '∅'}${e.text ? ` (${e.text})` : ''}`);
const eventsOf = (text: string) => brief(extractEvents('n.txt', toLines(text)));

describe('extractEvents(file, lines) over seed 003 (组织架构优化的通知)', () => {
  it('finds every change the notice states, each with its source line', () => {
    const at = (kind: string, from: string | null, to: string | null) =>
      seedEvents.find((e) => e.kind === kind && e.from === from && e.to === to)?.source.line;
    expect(at('abolish', '固网与互联网增值业务部', null)).toBe(38);
    expect(at('rename', '综合信息运营中心', '号码百事通运营中心')).toBe(35);
    expect(at('rename', '市场拓展部', '市场部')).toBe(23);
    expect(at('create', null, '家庭客户部')).toBe(30);
    expect(at('create', null, '个人客户部')).toBe(32);
    const moves = brief(seedEvents.filter((e) => e.kind === 'move' && e.from === '固网与互联网增值业务部'));
    expect(moves).toEqual([
      'move 固网与互联网增值业务部 → 号码百事通运营中心 (声讯和互联网广告业务与管理职能)',
      'move 固网与互联网增值业务部 → 政企客户部 (互联网增值的IDC,ECP业务与管理职能)',
      'move 固网与互联网增值业务部 → 市场部 (增值业务跨客户群的统筹管理职能)',
    ]);
  });

  it('reads the short form 号百运营中心 as the 号码百事通运营中心 the notice names', () => {
    expect(seedEvents.some((e) => e.to === '号百运营中心')).toBe(false);
  });

  it('matches the golden file test/golden/events-003.json (UPDATE_GOLDEN=1 rewrites it)', () => {
    const actual = `${JSON.stringify(seedEvents, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, actual);
    expect(existsSync(GOLDEN), 'golden file missing: run with UPDATE_GOLDEN=1').toBe(true);
    expect(actual).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});

describe('the event grammar', () => {
  it('撤销A的建制 (or 的牌子) abolishes A', () => {
    expect(eventsOf('同意合肥学院更名为合肥大学;同时撤销合肥学院的建制。')).toEqual(['rename 合肥学院 → 合肥大学', 'abolish 合肥学院 → ∅']);
    expect(eventsOf('撤销区档案局的牌子。')).toEqual(['abolish 区档案局 → ∅']);
  });

  it('将A的X职责划入B: a move from the donor named before 的', () => {
    expect(eventsOf('一、将科学技术部的组织拟订科技促进卫生健康发展规划和政策职责划入国家卫生健康委员会。')).toEqual([
      'move 科学技术部 → 国家卫生健康委员会 (科学技术部的组织拟订科技促进卫生健康发展规划和政策职责)',
    ]);
  });

  it('将A、B的职责整合,组建Z; 不再保留A: create, merge and abolish, and the parts of other units as moves', () => {
    expect(eventsOf('组建市科学技术局。将市科学技术委员会、市外国专家局的职责,以及市水务局的水资源调查职责整合,组建市科学技术局。不再保留市科学技术委员会、单设的市外国专家局。')).toEqual([
      'create ∅ → 市科学技术局',
      'merge 市科学技术委员会、市外国专家局 → 市科学技术局',
      'move 市水务局 → 市科学技术局 (市水务局的水资源调查职责)',
      'abolish 市科学技术委员会 → ∅',
      'abolish 市外国专家局 → ∅',
    ]);
  });

  it('a merge into one of its own units is no creation; 重新组建 of a unit nothing merges into is; 由B承担 is an assignment only in a notice', () => {
    expect(eventsOf('将市司法局、市政府法制办公室的职责整合,重新组建市司法局。')).toEqual(['merge 市司法局、市政府法制办公室 → 市司法局']);
    expect(eventsOf('重新组建区商务局。')).toEqual(['create ∅ → 区商务局']);
    expect(eventsOf('将裁撤原住民事务所并升格成立原住民族行政处。')).toEqual(['abolish 原住民事务所 → ∅', 'create ∅ → 原住民族行政处']);
    expect(eventsOf('将市公路管理局承担的行政职能划入市交通运输局,其余职能整合,重新组建市公路管理局。')).toContain('create ∅ → 市公路管理局');
    expect(eventsOf('负责客户回访工作,由客服部承担。')).toEqual([]);
  });

  it('reads lists: every unit a create or abolish names, a closing count (等5个机构) dropped', () => {
    expect(eventsOf('组建区农业局、区水务局、区文化旅游局等机构;不再保留区林业局、区畜牧局等5个机构。')).toEqual([
      'create ∅ → 区农业局',
      'create ∅ → 区水务局',
      'create ∅ → 区文化旅游局',
      'abolish 区林业局 → ∅',
      'abolish 区畜牧局 → ∅',
    ]);
  });

  it('a complete counted list gives each name its noun (东山、西岭2个乡), and a change of kind renames each', () => {
    expect(eventsOf('撤并东山、西岭2个乡,南湖、北城2个乡改为建制镇。')).toEqual([
      'abolish 东山乡 → ∅',
      'abolish 西岭乡 → ∅',
      'rename 南湖乡 → 南湖镇',
      'rename 北城乡 → 北城镇',
    ]);
  });

  it('将原本属于A的X归入B: a move from A, its name read past every word before it', () => {
    expect(eventsOf('将原本属于九龙西联网的黄大仙区及旺角区归入九龙中联网。')).toEqual(['move 九龙西联网 → 九龙中联网 (原本属于九龙西联网的黄大仙区及旺角区)']);
  });

  it('a unit set up at a time written before the verb (X将于明年元旦设立, X明年元旦成立), and a new unit counted, then named (新增一个X, 新增的一个厅为X)', () => {
    expect(eventsOf('市政署将于明年元旦设立。')).toEqual(['create ∅ → 市政署']);
    expect(eventsOf('市政署明年元旦成立,原民署人员将转入市政署。')).toEqual(expect.arrayContaining(['create ∅ → 市政署']));
    expect(eventsOf('另外新增一个市民综合服务处,由综合服务及质量监察厅管辖。')).toEqual(expect.arrayContaining(['create ∅ → 市民综合服务处']));
    expect(eventsOf('新增的一个厅为组织资讯厅,辖下有两个处。')).toEqual(['create ∅ → 组织资讯厅']);
    expect(eventsOf('该项目明年元旦设立。')).toEqual([]);
  });

  it('a unit split into new ones is abolished and gives no donor to later moves; a rename may name its unit in the clause before, or be a brand\'s new name', () => {
    expect(eventsOf('原战略规划部分为规划部、战略研究和知识信息中心;此外,董事会办公室中增加了市值管理等工作划入办公室。')).toEqual(
      expect.arrayContaining(['create ∅ → 规划部', 'create ∅ → 战略研究和知识信息中心', 'abolish 战略规划部 → ∅']),
    );
    expect(eventsOf('原战略规划部分为规划部、信息中心。投资者关系工作划入董事会办公室。').filter((e) => e.startsWith('move'))).toEqual(['move ∅ → 董事会办公室 (投资者关系工作)']);
    expect(eventsOf('位于宜兰县的原阳明大学附设医院昨也随两校合校,改名为「国立阳明交通大学附设医院」。')).toEqual(['rename 阳明大学附设医院 → 国立阳明交通大学附设医院']);
    expect(eventsOf('2016年6月,远洋地产更名为远洋集团。')).toEqual(['rename 远洋地产 → 远洋集团']);
    expect(eventsOf('考核结果更名为考核等级。')).toEqual([]);
    // 其 in "其职责并入B" is the unit the clause before abolishes; a comma may stand before 组建; 原由A承担的X交由B承担 moves X.
    expect(eventsOf('撤销市农业机械管理局,其职责并入市农业农村局。')).toEqual(['abolish 市农业机械管理局 → ∅', 'merge 市农业机械管理局 → 市农业农村局']);
    expect(eventsOf('市旅游局与市文化局合并,组建市文化和旅游局。')).toEqual(['merge 市旅游局、市文化局 → 市文化和旅游局', 'create ∅ → 市文化和旅游局']);
    expect(eventsOf('将原由市商务局承担的招商引资职责交由市投资促进局承担。')).toEqual(['move 市商务局 → 市投资促进局 (招商引资职责)']);
    // A clause that opens with a verb of change ends the list of units abolished; 从A names the donor of a move.
    expect(eventsOf('撤销市场部和销售部,组建营销中心。')).toEqual(['abolish 市场部 → ∅', 'abolish 销售部 → ∅', 'create ∅ → 营销中心']);
    expect(eventsOf('将品牌推广职能从市场部调整至品牌部。')).toEqual(['move 市场部 → 品牌部 (品牌推广职能)']);
    // The former name given earlier in the sentence (前身为X) is the one renamed.
    expect(eventsOf('该校前身为西南民族学院,创建于1950年7月,2003年4月更名为西南民族大学。')).toEqual(['rename 西南民族学院 → 西南民族大学']);
    expect(eventsOf('联想集团昨天宣布重组业务部门,分拆成Lenovo业务集团和Think业务集团。')).toEqual(['create ∅ → Lenovo业务集团', 'create ∅ → Think业务集团']);
  });

  it('renames pairwise (A、B升格为C、D), splits one unit\'s work between new units, and strips the adverbs before a verb', () => {
    expect(eventsOf('卫生署、文建会将升格为卫生部、文化部。')).toEqual(['rename 卫生署 → 卫生部', 'rename 文建会 → 文化部']);
    expect(eventsOf('水务署业务将划分为水资源署及河川管理署。')).toEqual([
      'create ∅ → 水资源署',
      'create ∅ → 河川管理署',
      'move 水务署 → 水资源署 (水务署业务)',
      'move 水务署 → 河川管理署 (水务署业务)',
    ]);
    expect(eventsOf('资讯局也将改制为「数位发展署」,所属资安业务将移拨资通安全署。')).toEqual([
      'rename 资讯局 → 数位发展署',
      'move 资讯局 → 资通安全署 (所属资安业务)',
    ]);
  });

  it('names each donor of A、B有关职责, and two units one sentence lists side by side are never one short form', () => {
    expect(eventsOf('将民政局的救助职责,以及区总工会、区残疾人联合会有关职责整合,组建区社会救助局。')).toEqual([
      'move 民政局 → 区社会救助局 (民政局的救助职责)',
      'move 区总工会 → 区社会救助局 (区总工会、区残疾人联合会有关职责)',
      'move 区残疾人联合会 → 区社会救助局 (区总工会、区残疾人联合会有关职责)',
      'create ∅ → 区社会救助局',
    ]);
    expect(eventsOf('将市水文站、市山区水文站承担的行政职能划入市水利局。')).toEqual([
      'move 市水文站 → 市水利局 (市水文站、市山区水文站承担的行政职能)',
      'move 市山区水文站 → 市水利局 (市水文站、市山区水文站承担的行政职能)',
    ]);
  });

  it('reads Z将A的职责、B的X职责整合组建而成: the unit formed is the subject of 将 (新组建的 also creates it)', () => {
    expect(eventsOf('新组建的市文化旅游局将市文化局的职责,以及市商务局的旅游管理职责等整合组建而成,作为市政府工作部门。')).toEqual([
      'create ∅ → 市文化旅游局',
      'merge 市文化局 → 市文化旅游局',
      'move 市商务局 → 市文化旅游局 (市商务局的旅游管理职责)',
    ]);
    expect(eventsOf('将市文化局的职责整合组建而成。')).toEqual([]);
  });

  it('reads 由A、B合并组建的Z as a merge, 进行整合 and a sign-board note, and no unit in words for a kind of unit', () => {
    expect(eventsOf('由市第一医院、市第五医院合并组建的市中心医院正式成立。')).toEqual([
      'merge 市第一医院、市第五医院 → 市中心医院',
      'create ∅ → 市中心医院',
    ]);
    expect(eventsOf('将区文化局的职责、区体育局的群众体育职责进行整合,组建区文化体育局(挂区文物局牌子)。')).toEqual([
      'merge 区文化局 → 区文化体育局',
      'move 区体育局 → 区文化体育局 (区体育局的群众体育职责)',
      'create ∅ → 区文化体育局',
    ]);
    expect(eventsOf('区政府不分组成部门和直属机构,作为区政府组成部门。')).toEqual([]);
    expect(eventsOf('承担由公司发展而新增的相应职责以及领导交办的其他工作。')).toEqual([]);
  });

  it('reads no event from duties that name changes (负责机构的设立、撤销) or from a cited title', () => {
    expect(eventsOf('负责处室的设立、撤销和更名的审核。')).toEqual([]);
    expect(eventsOf('根据《关于在市场经营部内设立客户服务协调中心的通知》,市场经营部下设市场策划处。')).toEqual([]);
  });

  it('reads through pronunciation glosses and Traditional script, keeping names as written', () => {
    expect(eventsOf('一汽撤銷解放事業(yè)本部和奔騰事業(yè)本部')).toEqual(['abolish 解放事业(yè)本部 → ∅', 'abolish 奔腾事业(yè)本部 → ∅']);
  });

  it('reads the other common forms: 合并组建, A不再保留, A承担的X, and several functions after one 将', () => {
    expect(eventsOf('将市档案局、市方志办合并,组建市档案馆。')).toEqual(['merge 市档案局、市方志办 → 市档案馆', 'create ∅ → 市档案馆']);
    expect(eventsOf('市机关事务局不再保留。')).toEqual(['abolish 市机关事务局 → ∅']);
    expect(eventsOf('将市财政局承担的政府采购监督管理职责,市审计局的内部审计指导职责划入市监察局。')).toEqual([
      'move 市财政局 → 市监察局 (市财政局承担的政府采购监督管理职责)',
      'move 市审计局 → 市监察局 (市审计局的内部审计指导职责)',
    ]);
  });

  it('A代管的X改由B代管 moves the charge; 由B直接管理X moves X to B', () => {
    expect(eventsOf('国家卫生健康委员会代管的中国老龄协会改由民政部代管。')).toEqual(['move 国家卫生健康委员会 → 民政部 (代管中国老龄协会)']);
    expect(eventsOf('撤销解放事业本部、奔腾事业本部,由总部直接管理解放公司。')).toEqual([
      'abolish 解放事业本部 → ∅',
      'abolish 奔腾事业本部 → ∅',
      'move ∅ → 总部 (直接管理解放公司)',
    ]);
  });
});

describe('parseText keeps the events with the document', () => {
  it('a notice with no duties becomes a document of its own holding its events', () => {
    const parsed = parseText('n.txt', toLines('关于调整机构的通知\n撤销综合办公室。'));
    expect(parsed.documents.map((d) => d.id)).toEqual(['n']);
    expect(parsed.events?.map((e) => [e.kind, e.from, e.documentId])).toEqual([['abolish', '综合办公室', 'n']]);
    expect(parsed.warnings).toEqual([]);
  });
});

describe('the English event grammar', () => {
  it('reads merges with and without a new name, renames, abolitions and creations', () => {
    expect(eventsOf('The Parks Department has been merged with the Leisure Department and renamed as the Department of Parks and Leisure.')).toEqual([
      'merge Parks Department、Leisure Department → Department of Parks and Leisure',
    ]);
    expect(eventsOf('The Housing Office and the Planning Office have been merged as the Department of Housing, Planning and Building.')).toEqual([
      'merge Housing Office、Planning Office → Department of Housing, Planning and Building',
    ]);
    expect(eventsOf('The Departments of Roads, Bridges and Ports and Harbours have been merged as the Transport Department.')).toEqual([
      'merge Roads、Bridges、Ports and Harbours → Transport Department',
    ]);
    expect(eventsOf('The Records Unit will be renamed the Information Governance Unit.')).toEqual(['rename Records Unit → Information Governance Unit']);
    expect(eventsOf('Responsibility for payroll will transfer from the Finance Division to the Human Resources Division.')).toEqual(['move Finance Division → Human Resources Division (payroll)']);
    expect(eventsOf('The Training Section will be moved from the Administration Department to the Human Resources Department.')).toEqual([
      'move Administration Department → Human Resources Department (Training Section)',
    ]);
    // Taking over a responsibility is an assignment: an event in a notice that states another change.
    expect(eventsOf('A new Digital Services Unit will be established. The Department of Energy will take over responsibility for climate change policy.')).toEqual([
      'create ∅ → Digital Services Unit',
      'assign ∅ → Department of Energy (climate change policy)',
    ]);
    expect(eventsOf('The council approved the dissolution of the Department of Sport and brought grassroots coaching within the ambit of the Education Department.')).toEqual([
      'abolish Department of Sport → ∅',
      'move Department of Sport → Education Department (grassroots coaching)',
    ]);
    expect(eventsOf('The board will establish a new Digital Services Division.')).toEqual(['create ∅ → Digital Services Division']);
  });

  it('reads "X will take on the F from Y to become Z", and a second move of the sentence from the same donor', () => {
    expect(
      eventsOf('The Department of Trade will now take on the export portion from the former Department of Industry and Exports to become the Department of Trade and Exports, while the industry portion is now part of the Department of Enterprise.'),
    ).toEqual([
      'move Department of Industry and Exports → Department of Trade and Exports (export portion)',
      'rename Department of Trade → Department of Trade and Exports',
      'move Department of Industry and Exports → Department of Enterprise (industry portion)',
    ]);
  });

  it('reads "X will become Y" and "X will take the name of Y" as renames, "X will be created" as a creation, and an acronym the notice defines as its unit', () => {
    expect(eventsOf('The changes will see the Department of Jobs and Tourism become the Department of Energy and Diversification.')).toEqual([
      'rename Department of Jobs and Tourism → Department of Energy and Diversification',
    ]);
    expect(
      eventsOf(['The Works Office will absorb the roads teams previously included in the Land, Public Works and Transport Bureau (DSSOPT).', 'In addition, the former DSSOPT will take the name of the Land and Urban Construction Bureau.', 'Within its structure, the Electrical Installations Department will be created.'].join('\n')),
    ).toEqual(['rename Land, Public Works and Transport Bureau → Land and Urban Construction Bureau', 'create ∅ → Electrical Installations Department']);
  });

  it('never reads an English name as a short form of another', () => {
    expect(eventsOf('The Sports Department has been merged with the Schools Department. The Social Services Department has been abolished.')).toEqual([
      'merge Sports Department → Schools Department',
      'abolish Social Services Department → ∅',
    ]);
  });

  it('将AX职责、BY职责划转,组建Z: donors written without 的, the list ended by 等相关部门', () => {
    expect(eventsOf('将市发改委组织编制主体功能区规划职责、市水利局水资源调查和确权登记管理职责,市农业委员会(市林业局)林业管理职责,市环保局、市住建局等相关部门自然保护区管理职责划转,组建市自然资源和规划局。')).toEqual([
      'move 市发改委 → 市自然资源和规划局 (市发改委组织编制主体功能区规划职责)',
      'move 市水利局 → 市自然资源和规划局 (市水利局水资源调查和确权登记管理职责)',
      'move 市农业委员会(市林业局) → 市自然资源和规划局 (市农业委员会(市林业局)林业管理职责)',
      'move 市环保局 → 市自然资源和规划局 (市环保局、市住建局等相关部门自然保护区管理职责)',
      'move 市住建局 → 市自然资源和规划局 (市环保局、市住建局等相关部门自然保护区管理职责)',
      'create ∅ → 市自然资源和规划局',
    ]);
  });

  it('成立…,分别为A、B以及C: the units a namely clause lists after the verb are created, and 以及 joins names', () => {
    expect(eventsOf('学校连发3个新学院的成立通知,分别为电气工程学院、计算机学院以及马克思主义研究院。')).toEqual([
      'create ∅ → 电气工程学院',
      'create ∅ → 计算机学院',
      'create ∅ → 马克思主义研究院',
    ]);
    expect(eventsOf('学校发布新学院成立的消息,引起关注。')).toEqual([]);
  });

  it('A并入B, 整合A与B成立Z, Z整合了A与B机构职责, 为A、B等单位揭牌', () => {
    expect(eventsOf('特区政府将印务局并入法务局。')).toEqual(['merge 印务局 → 法务局']);
    expect(eventsOf('整合甲业务部与乙业务部,成立新的广告营销服务线。')).toEqual(['merge 甲业务部、乙业务部 → 广告营销服务线', 'create ∅ → 广告营销服务线']);
    expect(eventsOf('重新组建的市疾病预防控制中心,整合了市疾病预防控制中心与市卫生健康综合行政执法队机构职责。')).toEqual([
      'merge 市疾病预防控制中心、市卫生健康综合行政执法队 → 市疾病预防控制中心',
    ]);
    expect(eventsOf('相关负责同志共同为县委社会工作部、县教育体育局等单位揭牌。')).toEqual(['create ∅ → 县委社会工作部', 'create ∅ → 县教育体育局']);
    // 新组建机构已全部挂牌到位 names no unit; nor does 两局合并后.
    expect(eventsOf('新组建机构已全部挂牌到位。两局合并后,新的法务局将负责两局原有的职能。')).toEqual([]);
  });

  it('A与B合并为C (no 将) merges into a new unit, even with spaces around the names', () => {
    expect(eventsOf('人事处和教务处合并组建教师发展中心。')).toEqual(['merge 人事处、教务处 → 教师发展中心', 'create ∅ → 教师发展中心']);
    expect(eventsOf('原 研究發展科 與 管制考核科 整併為 研究考核科。')).toEqual(['merge 研究发展科、管制考核科 → 研究考核科', 'create ∅ → 研究考核科']);
  });

  it('a duty verb inside a unit name (市场和质量监督管理局) does not make the clause a duty', () => {
    expect(eventsOf('标志着"平江县市场和质量监督管理局"正式更名为"平江县食品药品监督管理局"(加挂"平江县食品安全委员会办公室"牌子)。')).toEqual([
      'rename 平江县市场和质量监督管理局 → 平江县食品药品监督管理局',
    ]);
  });

  it('a headline "X成立", a list whose last name carries the noun for all, and a count that vouches for names without one', () => {
    expect(eventsOf('西乡县市场监督管理局成立')).toEqual(['create ∅ → 西乡县市场监督管理局']);
    expect(eventsOf('市场监督管理局成立以来,工作顺利。')).toEqual([]);
    expect(eventsOf('新的市场监督管理局目前整合了县工商、质监、食药局的监督管理职能。')).toEqual(['merge 县工商局、质监局、食药局 → 市场监督管理局']);
    expect(eventsOf('公司设立云计算、电子商务、本地生活等三大业务集团和多家业务公司。')).toEqual(['create ∅ → 云计算', 'create ∅ → 电子商务', 'create ∅ → 本地生活']);
    expect(eventsOf('公司设立云计算、电子商务、本地生活等四大业务集团。')).toEqual([]);
  });

  it('将A、B、C的机构、职能、人员…等进行整合后组建Z merges the units whole; A将合并成为B (will); passive and 不再设置 abolitions; 成立了', () => {
    expect(eventsOf('将县网络新闻中心、县新闻中心(县报)、县广播电视台的机构、职能、人员、资产等进行整合后组建县融媒体中心。')).toEqual([
      'merge 县网络新闻中心、县新闻中心(县报)、县广播电视台 → 县融媒体中心',
      'create ∅ → 县融媒体中心',
    ]);
    expect(eventsOf('此前整合的甲事业群、乙事业群将合并成为丙事业群。')).toEqual(['merge 甲事业群、乙事业群 → 丙事业群', 'create ∅ → 丙事业群']);
    expect(eventsOf('公司的北京事业部和东北事业部以及华南事业部被撤销。')).toEqual(['abolish 北京事业部 → ∅', 'abolish 东北事业部 → ∅', 'abolish 华南事业部 → ∅']);
    expect(eventsOf('公司不再设置到店事业群和到家事业群。')).toEqual(['abolish 到店事业群 → ∅', 'abolish 到家事业群 → ∅']);
    expect(eventsOf('公司先后成立了华北事业部、华南事业部。')).toEqual(['create ∅ → 华北事业部', 'create ∅ → 华南事业部']);
    expect(eventsOf('此次挂牌标志着某镇“党政综合办公室、应急管理办公室、财政所”3个镇政府工作机构正式成立。')).toEqual([
      'create ∅ → 党政综合办公室',
      'create ∅ → 应急管理办公室',
      'create ∅ → 财政所',
    ]);
    expect(eventsOf('此次挂牌标志着某镇“党政综合办公室、应急管理办公室”3个工作机构正式成立。')).toEqual([]);
  });

  it('a unit code before a name and a note on its standing after it are no part of the name', () => {
    expect(eventsOf('撤销53200集成电路学院(已撤销)。')).toEqual(['abolish 集成电路学院 → ∅']);
    expect(eventsOf('组建民族学与社会学学院(与西南民族研究院合署)。')).toEqual(['create ∅ → 民族学与社会学学院']);
    // "更名为A、B" with no old name written: renames of units the notice does not name.
    expect(eventsOf('更名为化学与环境学院、建筑学院;独立设置哲学学院。')).toEqual(['rename ∅ → 化学与环境学院', 'rename ∅ → 建筑学院', 'create ∅ → 哲学学院']);
  });
});

describe('notice sentences the grammar reads whole', () => {
  it('a unit that takes in other units\' work (B整合A的X职责,C的Y职责) receives each part; whole units or their joint work merge', () => {
    expect(eventsOf('新组建的市医疗保障局整合市人社局的医疗保险职责,市卫健委的新农合管理职责,主要承担医疗保障工作。')).toEqual([
      'create ∅ → 市医疗保障局',
      'move 市人社局 → 市医疗保障局 (市人社局的医疗保险职责)',
      'move 市卫健委 → 市医疗保障局 (市卫健委的新农合管理职责)',
    ]);
    expect(eventsOf('新的市场监督管理局整合了县工商、质监、食药局的监督管理职能。')).toEqual(['merge 县工商局、质监局、食药局 → 市场监督管理局']);
  });

  it('对A、B职责进行整合,组建C is a merge (and C created); a headline with two names apart by a space creates both; 设置 only as a verb', () => {
    expect(eventsOf('根据方案,对原市文化局、市旅游局职责进行整合,组建市文化和旅游局。')).toEqual(['merge 市文化局、市旅游局 → 市文化和旅游局', 'create ∅ → 市文化和旅游局']);
    expect(eventsOf('【原创】市文化和旅游局 市文物局挂牌成立')).toEqual(['create ∅ → 市文化和旅游局', 'create ∅ → 市文物局']);
    expect(eventsOf('设置市文物局,由市文化和旅游局管理。')).toEqual(['create ∅ → 市文物局']);
    expect(eventsOf('市场部职责与岗位设置市场部负责市场调研。')).toEqual([]);
  });

  it('lines a page wrapped inside a sentence are read as one; titles, bylines and site lines keep their breaks', () => {
    const lines = ['市医疗保障局挂牌成立', '新组建的市医疗保障局整合市人社局的医疗保险职责,市', '卫健委的新农合管理职责。', '负责本分局区域内的装维,并接应项目', '您可能关注的文档'].map((text, i) => ({ text, line: i + 1 }));
    expect(joinWrappedSentences(lines).map((l) => `${l.line}:${l.text}`)).toEqual([
      '1:市医疗保障局挂牌成立',
      '2:新组建的市医疗保障局整合市人社局的医疗保险职责,市卫健委的新农合管理职责。',
      '4:负责本分局区域内的装维,并接应项目',
      '5:您可能关注的文档',
    ]);
    expect(brief(extractEvents('n.txt', joinWrappedSentences(lines))).filter((e) => e.startsWith('move'))).toEqual([
      'move 市人社局 → 市医疗保障局 (市人社局的医疗保险职责)',
      'move 市卫健委 → 市医疗保障局 (市卫健委的新农合管理职责)',
    ]);
  });

  it('a unit name and 、 before another unit\'s name is a list of names, not a heading with its text', () => {
    const parsed = parseText('n.txt', [{ text: '市委、市政府高度重视退役军人工作,按照中央部署推进改革,主要承担退役军人服务工作。', line: 1 }]);
    expect(parsed.units.map((u) => u.name)).not.toContain('市委');
  });

  it('a unit name and a comma before its duty text is a heading; a sentence about a change names no unit', () => {
    const parsed = parseText('n.txt', ['综合治理委员会,基层社会治理事项统一指挥协调工作平台,统筹负责辖区综合治理重大事项;', '公共服务委员会,公共服务统一指挥协调工作平台,统筹负责辖区公共服务重大事项;'].map((text, i) => ({ text, line: i + 1 })));
    expect(parsed.units.map((u) => u.name)).toEqual(['综合治理委员会', '公共服务委员会']);
    const changes = parseText('c.txt', [{ text: '农委会也将升格为农业部,所属水保局将升格为水保署,负责水土保持。', line: 1 }]);
    expect(changes.units.map((u) => u.name)).not.toContain('农委会也将升格为农业部');
  });

  it('more work for a unit (X中增加了Y等工作); a split of a unit (A分为B、C), not of other things (考核结果分为三个类别)', () => {
    expect(eventsOf('此外,公司董事会办公室中增加了市值管理、投资者关系等工作。')).toEqual(['move ∅ → 公司董事会办公室 (市值管理、投资者关系等工作)']);
    expect(eventsOf('原战略规划部分为规划部、战略研究中心。')).toEqual(['create ∅ → 规划部', 'create ∅ → 战略研究中心', 'abolish 战略规划部 → ∅']);
    expect(eventsOf('考核评定结果分为A优秀、B合格、C较差三个类别。')).toEqual([]);
  });

  it('a unit created under a longer name of another unit is its own (前瞻技术研究部, 技术研究部); one with a place before it is the same', () => {
    expect(eventsOf('成立前瞻技术研究部,成立技术研究部。')).toEqual(['create ∅ → 前瞻技术研究部', 'create ∅ → 技术研究部']);
    expect(eventsOf('组建白城市自然资源局。组建市自然资源局。')).toEqual(['create ∅ → 白城市自然资源局']);
  });

  it('a created unit takes the work the clauses after its creation state; a merge gives the formed unit the merged duties', () => {
    const made = parseText('n.txt', [{ text: '组织架构调整:成立前瞻技术研究部,集中在今后两代车型的研发上;信息系统部将变为信息战略部,重点研究信息与制造业融合发展。', line: 1 }]);
    const name = new Map(made.units.map((u) => [u.id, u.name]));
    expect(made.duties.map((d) => `${name.get(d.unitId)}: ${d.text}`)).toEqual(['前瞻技术研究部: 集中在今后两代车型的研发上', '信息战略部: 重点研究信息与制造业融合发展']);
    const merged = parseText('m.txt', [{ text: '组建市科学技术局。将市科学技术委员会、市外国专家局的职责等整合,组建市科学技术局,作为市政府组成部门。', line: 1 }]);
    expect(merged.duties.map((d) => d.text)).toEqual(['市科学技术委员会、市外国专家局的职责等整合']);
  });

  it('universities, schools and banks are units a notice renames or forms (合肥学院更名为合肥大学); 进行整合,新组建X merges', () => {
    expect(eventsOf('经研究决定,同意合肥学院更名为合肥大学。')).toEqual(['rename 合肥学院 → 合肥大学']);
    expect(eventsOf('将原省国土资源厅的职责以及省水利厅的水资源调查职责等进行整合,新组建省自然资源厅。')).toEqual([
      'merge 省国土资源厅 → 省自然资源厅',
      'move 省水利厅 → 省自然资源厅 (省水利厅的水资源调查职责)',
      'create ∅ → 省自然资源厅',
    ]);
  });

  it('the work a notice states for a unit that receives work (调整后,X的主要职责是…) is its duty, beside text the parser read', () => {
    const parsed = parseText('n.txt', ['中国作家协会主管', '将甲总局的新闻出版管理职责划入中央宣传部。', '调整后,中央宣传部关于新闻出版管理方面的主要职责是,拟订新闻出版业的管理政策并督促落实,管理新闻出版行政事务。'].map((text, i) => ({ text, line: i + 1 })));
    const name = new Map(parsed.units.map((u) => [u.id, u.name]));
    expect(parsed.duties.filter((d) => name.get(d.unitId) === '中央宣传部').map((d) => d.text)).toEqual(['甲总局的新闻出版管理职责', '拟订新闻出版业的管理政策并督促落实,管理新闻出版行政事务']);
  });

  it('在A的X职责基础上组建B moves X to B; work a unit hands to one the sentence created (划归到这一事业群) goes to that unit', () => {
    expect(eventsOf('在市外事侨务局的外事工作职责基础上组建市外事局。')).toEqual(['move 市外事侨务局 → 市外事局 (市外事侨务局的外事工作职责)', 'create ∅ → 市外事局']);
    expect(eventsOf('公司成立了品质出行事业群,专车事业部、代驾事业部划归到这一事业群中。')).toEqual(['create ∅ → 品质出行事业群', 'move ∅ → 品质出行事业群 (专车事业部、代驾事业部)']);
    expect(eventsOf('公司将出租车、快车业务划分到快捷出行事业群。')).toEqual(['move ∅ → 快捷出行事业群 (出租车、快车业务)']);
  });

  it('a merger of two universities written in Traditional keeps both names (陽明大學與交通大學合併為「陽明交通大學」)', () => {
    expect(eventsOf('國立陽明大學與交通大學合併為「國立陽明交通大學」,昨在台北揭牌。')).toEqual(['merge 国立阳明大学、交通大学 → 国立阳明交通大学', 'create ∅ → 国立阳明交通大学']);
    const parsed = parseText('n.txt', [{ text: '國立陽明大學與交通大學合併為「國立陽明交通大學」,昨在台北揭牌。', line: 1 }]);
    expect(parsed.units.map((u) => u.name)).toContain('国立阳明交通大学');
  });

  it('company notices: 取消X abolishes, 调整至/移入 move work (to the unit under another: A下B is B), X,新增了Y职责 gives X more work', () => {
    expect(eventsOf('最主要的变化是取消了主站产品部。')).toEqual(['abolish 主站产品部 → ∅']);
    expect(eventsOf('原电商搜索职责调整至电商事业部下商城运营部。')).toEqual(['move ∅ → 商城运营部 (原电商搜索职责)']);
    expect(eventsOf('原本隶属商业化事业部的达人生态业务被移入电商事业部。')).toEqual(['move 商业化事业部 → 电商事业部 (原本隶属商业化事业部的达人生态业务)']);
    expect(eventsOf('外循环业务部,新增了服务号业务管理职责。')).toEqual(['move ∅ → 外循环业务部 (服务号业务管理职责)']);
  });
});

