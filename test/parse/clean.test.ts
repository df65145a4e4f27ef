import { describe, expect, it } from 'vitest';
import { cleanLines, joinPageChunks } from '../../src/parse/clean.ts';
import { DEFAULT_PARSE_LEXICON } from '../../src/parse/lexicon.ts';
import { paragraphOf } from '../../src/parse/paragraph.ts';
import { dutiesOf, parse, toLines } from './read-lines.ts';

const kept = (text: string) => cleanLines(toLines(text), DEFAULT_PARSE_LEXICON).paragraphs.map((p) => p.text);

describe('cleanLines(lines)', () => {
  it('drops site boilerplate lines', () => {
    const text = [
      '市场部职责',
      '上传人:壹****1 文档编号:512333915 上传时间:2023-04-30 格式:DOC 页数:35 大小:508KB',
      '第1页 / 共35页',
      '市场部职责_第2页',
      '已阅读5页,还剩12页未读 继续免费阅读',
      '展开阅读全文',
      '点击查看更多>>',
      '查看更多',
      '资源描述',
      '相关资源',
      '相关搜索',
      '当前位置:首页 > 建筑/环境 > 施工组织',
      '文档评论(0)',
      '评论',
      '0/150',
      '提交评论',
      '电脑版 |金锄头文库版权所有',
      '经营许可证:蜀ICP备13022795号 | 川公网安备 51140202000112号',
      '《市场部职责》由会员分享,可在线阅读,更多相关《市场部职责》请在金锄头文库上搜索。',
      '- 4、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。',
      '1、负责市场调研。',
    ].join('\n');
    expect(kept(text)).toEqual(['市场部职责', '1、负责市场调研。']);
  });

  it('drops a related-documents list and a tips list with their heading', () => {
    const text = ['(一)市场部', '负责市场。', '您可能关注的文档', '- 2014关于举办培训班的通知.doc', '- 关于检索报告.doc', '溫馨提示', '  • 1. 本站所有資源如無特殊說明,都需要本地電腦安裝OFFICE2007。', '版權說明:本文檔由用戶提供并上傳'].join('\n');
    expect(kept(text)).toEqual(['(一)市场部', '负责市场。']);
  });

  it('keeps a bulleted duty that names documents or users: a notice item never opens with a duty verb', () => {
    expect(kept(['档案管理员岗位职责', '- 录入保存电子文档;', '- 负责用户投诉处理;', '- 4、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。'].join('\n'))).toEqual([
      '档案管理员岗位职责',
      '- 录入保存电子文档;',
      '- 负责用户投诉处理;',
    ]);
  });

  it('keeps a long line that merely mentions a licence', () => {
    const line = `(6)协助完成公司经营许可证年检材料${'并'.repeat(400)}`;
    expect(kept(line)).toEqual([line]);
  });

  it('remembers the title printed on each page', () => {
    expect(cleanLines(toLines('市場部工作職責_第1頁\n正文'), DEFAULT_PARSE_LEXICON).pageTitle).toBe('市場部工作職責');
  });
});

describe('joinPageChunks(paragraphs)', () => {
  const chunk = (n: number, body: string) => paragraphOf(`${n}、${body}${'字'.repeat(200)}`, n * 2);

  it('joins chunks that start with a page number and cut a sentence', () => {
    const joined = joinPageChunks([chunk(1, '甲'), paragraphOf(`2、乙${'字'.repeat(200)}的`, 4), paragraphOf('3、实现。3、做好调研', 6)], 5);
    expect(joined).toHaveLength(1);
    expect(joined[0].text).toContain('的实现。3、做好调研');
    expect(joined[0].text.startsWith('甲')).toBe(true);
  });

  it('keeps the source line of each joined piece', () => {
    const joined = joinPageChunks([chunk(1, '甲'), chunk(2, '乙'), chunk(3, '丙')], 5);
    const text = joined[0].text;
    expect(joined[0].lines[text.indexOf('丙')]).toBe(6);
  });

  it('leaves a real numbered list alone', () => {
    const list = [paragraphOf(`1、负责甲${'字'.repeat(200)}。`, 1), paragraphOf(`2、负责乙${'字'.repeat(200)}。`, 2), paragraphOf(`3、负责丙${'字'.repeat(200)}。`, 3)];
    expect(joinPageChunks(list, 5).map((p) => p.text)).toEqual(list.map((p) => p.text));
  });
});

describe('parseText over page chunks', () => {
  it('splitDuties(text) keeps a duty whole across a page break', () => {
    const filler = '负责甲乙丙丁的管理工作,并做好记录'.repeat(12);
    const text = [
      '1、营销部经理职责:工作职责与任务1、' + filler + '。2、制定年度目标计划,保证目标计划的',
      '',
      '2、实现。3、做好市场调研。' + filler + '4、负责渠道管理',
      '',
      '3、维护。5、完成其他工作。' + filler,
    ].join('\n');
    const duties = dutiesOf(parse(text), '营销部经理');
    expect(duties).toHaveLength(5);
    expect(duties[1]).toBe('制定年度目标计划,保证目标计划的实现。');
    expect(duties[3]).toBe('负责渠道管理维护。');
  });
});

describe('running page headers', () => {
  it('a short line the file repeats, standing between items n and n + 1 of a list, is a page header, not a unit or a duty', () => {
    const parsed = parse('业务保安责任制\n一、生产技术科业务保安责任制\n1、编制矿井生产发展规划。\n2、组织和参加事故的抢救和追查。\n业务保安责任制\n3、负责作业规程的贯彻和考试工作。\n二、机电科业务保安责任制\n1、编制机电设备检修计划。');
    expect(parsed.units.map((u) => u.name)).toEqual(['生产技术科', '机电科']);
    expect(dutiesOf(parsed, '生产技术科')).toHaveLength(3);
  });

  it('a repeated line after which the numbering starts again is a heading and stays', () => {
    const lines = kept('综合科\n1、负责文电工作。\n2、负责档案工作。\n综合科\n1、负责会务工作。');
    expect(lines.filter((l) => l === '综合科')).toHaveLength(2);
  });

  it('splits a line whose breaks were lost inside a dotted outline, and leaves numbers in running text alone', () => {
    expect(kept('2.1理货组岗位职责2.1.1退货员岗位职责2.1.1.1负责退货的接收入库工作,保证退货入库及时有序2.1.1.2负责退货的清点工作2.1.2理货员岗位职责')).toEqual([
      '2.1理货组岗位职责',
      '2.1.1退货员岗位职责',
      '2.1.1.1负责退货的接收入库工作,保证退货入库及时有序',
      '2.1.1.2负责退货的清点工作',
      '2.1.2理货员岗位职责',
    ]);
    expect(kept('负责统计工作,年产值增长2.5倍,达到1.2亿元,系统升级到3.1版本。')).toEqual(['负责统计工作,年产值增长2.5倍,达到1.2亿元,系统升级到3.1版本。']);
    const parsed = parse('仓库各岗位职责\n2.1理货组岗位职责2.1.1退货员岗位职责2.1.1.1负责退货的接收入库工作。2.1.1.2负责退货的清点工作。');
    expect(dutiesOf(parsed, '退货员')).toEqual(['负责退货的接收入库工作。', '负责退货的清点工作。']);
  });

  it('splits a line whose breaks were lost inside a list of units, and leaves a list of duties inside a sentence alone', () => {
    const glued = '物业公司部门职责\n2)办公室:负责文件、档案管理。3)财务部:参与企业经营管理,搞好财务核算。4)业务管理部:负责处理停水、停电等应急业务并接受业主投诉。5)工程部:主要负责工程预算。';
    expect(kept(glued)).toEqual(['物业公司部门职责', '2)办公室:负责文件、档案管理。', '3)财务部:参与企业经营管理,搞好财务核算。', '4)业务管理部:负责处理停水、停电等应急业务并接受业主投诉。', '5)工程部:主要负责工程预算。']);
    expect(dutiesOf(parse(glued), '财务部')).toEqual(['参与企业经营管理,搞好财务核算。']);
    const inline = '办公室主要职责:1、负责文电工作;2、负责会务工作;3、负责档案工作。';
    expect(kept(inline)).toEqual([inline]);
  });

  it('splits a bulleted list whose breaks were lost, and a heading glued to a sentence that repeats it names the unit once', () => {
    const text = '广告公司各部门职责\n1. 创意部门\n创意部门的主要职责包括:- 提供创意构思和方案- 制定符合品牌形象的广告策略2. 策划部门策划部门是负责整体策划和项目管理的部门,主要职责包括:- 分析市场和竞争状况- 确定广告宣传的目标受众3. 媒介部门媒介部门是负责媒体投放的部门,主要职责包括:- 制定媒体投放计划- 监控广告效果';
    const parsed = parse(text);
    expect(parsed.units.map((u) => u.name)).toEqual(expect.arrayContaining(['创意部门', '策划部门', '媒介部门']));
    expect(dutiesOf(parsed, '策划部门')).toEqual(['分析市场和竞争状况', '确定广告宣传的目标受众']);
    expect(kept('产品的规格-型号由技术部确定- 见附表')).toHaveLength(1);
  });

  it('a unit heading whose list lead-in follows a full stop (开发部的职能。包括:) heads the list', () => {
    const parsed = parse('连锁总部各部门的职能如下:\n(1)开发部的职能。包括:①开设新店时进行商圈调查;②制定选址标准。\n(2)财务部的职能。包括:①资金调度;②编制各种财务会计报表。');
    expect(dutiesOf(parsed, '开发部')).toEqual(['开设新店时进行商圈调查', '制定选址标准。']);
    expect(dutiesOf(parsed, '财务部')).toHaveLength(2);
  });

  it('joins the lines of a text printed at a fixed width, and leaves lists without closing punctuation alone', () => {
    const wrapped = [
      '區公所設下列單位分別掌理有關事項:',
      '一、民政課:掌理自治行政、調解服務、地政、教育文化、環境衛生、災',
      '害防救、禮俗宗教、原住民生活改進、協助民防及其他有關',
      '民政事項。',
      '二、社政課:掌理社會行政、社會福利、社會救助、社區發展及其他有關',
      '社政事項。',
      '三、經建課:掌理農林、糧政、漁牧、工商、土木工程、協助稅捐稽徵及',
      '其他有關生產建設事項。',
    ].join('\n');
    expect(kept(wrapped)).toHaveLength(4);
    expect(kept(wrapped)[1]).toBe('一、民政課:掌理自治行政、調解服務、地政、教育文化、環境衛生、災害防救、禮俗宗教、原住民生活改進、協助民防及其他有關民政事項。');
    const list = '负责公司员工的招聘与录用管理工作\n负责公司员工的培训与绩效考核工作\n负责公司员工的薪酬与福利发放工作\n负责员工档案';
    expect(kept(list)).toHaveLength(4);
  });
});


describe('a document that reached us as one line', () => {
  it('splits before 一、 二、 … numbering on after sentence ends, when a section is headed by a unit', () => {
    const one = '公司门卫管理制度为加强安全保卫工作,特制定以下制度:一、门卫安全管理1、后勤服务中心负责门卫人员的日常管理。二、门卫岗位职责1、严格执行门卫管理制度。2、做好来访登记。';
    expect(kept(one)).toEqual([
      '公司门卫管理制度为加强安全保卫工作,特制定以下制度:',
      '一、门卫安全管理1、后勤服务中心负责门卫人员的日常管理。',
      '二、门卫岗位职责1、严格执行门卫管理制度。2、做好来访登记。',
    ]);
    // Without a section headed by a unit, or with 二、 inside a sentence, the line stays whole.
    expect(kept('制度如下:一、总则1、适用于全体员工。二、附则1、自发布之日起施行。')).toHaveLength(1);
    expect(kept('一、门卫岗位职责1、负责统一、二、三号门的管理。')).toHaveLength(1);
  });
});

describe('a document-sharing site banner glued before the text', () => {
  it('is dropped from the line, so the title it hid is read', () => {
    expect(kept('精选优质文档-倾情为你奉上 户县妇幼保健院 _科护士长综合目标管理责任书')).toEqual(['户县妇幼保健院 _科护士长综合目标管理责任书']);
    // A site's menu entry that ends like a unit's name is no unit.
    expect(kept('会员中心\n销售经理岗位说明书')).toEqual(['销售经理岗位说明书']);
  });
});
