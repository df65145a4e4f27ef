/**
 * The words and patterns the text parser recognises, gathered in one value
 * that every parsing step receives as an argument. Patterns are matched
 * against the aligned normal form of the text (Simplified, half-width), so
 * one pattern serves Simplified, Traditional and full-width sources.
 */
export interface ParseLexicon {
  /** Whole lines that are site furniture, not document text (download notices, page counters, footers). */
  boilerplateLines: readonly RegExp[];
  /** Headings of site blocks (温馨提示, 您可能关注的文档); the list items that follow them are dropped too. */
  boilerplateBlocks: readonly RegExp[];
  /** Words a list item of a site notice carries ("- 3、本站…", "• 2. 本站…"). */
  noticeWords: RegExp;
  /** Section names whose text is kept as a unit attribute, not as duties (权力, 任职资格 …). */
  sectionKeys: readonly string[];
  /** Section names whose text is a note on the preceding duty (工作标准). */
  noteKeys: readonly string[];
  /** Lead-ins that open a unit's duty list (工作职责与任务, 部门职责如下:, Duties:). */
  dutyKeys: readonly string[];
  /** Lead-ins that carry no content of their own (人员构架:, 部门构架:). */
  ignoreKeys: readonly string[];
  /** The header fields of a position description, in order, starting with the one that opens it (岗位名称). */
  positionFields: readonly string[];
  /** Where a position header ends. */
  positionHeaderEnds: readonly string[];
  /** A unit name ends with one of these (部, 处, 中心, 经理 …). */
  unitSuffix: RegExp;
  /** A name starting like this is a sentence, not a unit ("撤销…部", "负责…部"). */
  notNamePrefix: RegExp;
  /** What may follow a unit name in a heading ("职责", "处室职责", "的主要任务有四个大方面", "重要工作"). */
  headingSuffix: RegExp;
  /** Words that make a short line a document title (职责, 说明书, .doc …). */
  titleWords: RegExp;
  /** Leading words of a title that are not part of a unit name ("岗位职责市场部…"). */
  titlePrefix: RegExp;
  /** Characters after a bare number that make it a quantity, not a label ("3人", "2010年"; not 分, which starts 分析). */
  measureAfterNumber: RegExp;
  /** Shortest paragraph that can be a scraped page chunk (page chunks are cut at a fixed size). */
  minChunkLength: number;
  /** Longest line that may be dropped as boilerplate: a long line is document text even if it mentions a licence. */
  maxBoilerplateLength: number;
  /** Longest line taken as a document title. */
  maxTitleLength: number;
  /** Longest unit name. */
  maxNameLength: number;
  /** An English unit heading on a line of its own. */
  englishHeading: RegExp;
}

/** The lexicon of the seeds: Chinese duty documents scraped from document-sharing sites, and plain English lists. */
export const DEFAULT_PARSE_LEXICON: ParseLexicon = {
  boilerplateLines: [
    /^上传人[:：]/,
    /文档编号[:：]/,
    /^返回\s*下载/,
    /^第\s*\d+\s*页\s*\/\s*共\s*\d+\s*页$/,
    /_第\s*\d+\s*页$/,
    /^已阅读\s*\d+\s*页/,
    /^展开阅读全文$/,
    /^点击查看更多/,
    /^查看更多/,
    /^资源描述$/,
    /^文档简介$/,
    /^下载本文档$/,
    /^相关(资源|搜索|主题|文档|推荐)/,
    /^文本预览$/,
    /^当前位置[:：]/,
    /^文档评论\s*[(（]\d+[)）]$/,
    /^评论$/,
    /^\d+\/\d+$/,
    /^提交评论$/,
    /^版权说明[:：]/,
    /^温馨提示$/,
    /由会员分享.*(可在线阅读|搜索)/,
    /^电脑版\s*[|｜]/,
    /^经营许可证[:：]|ICP备\d+号|公网安备\s*\d+号/,
    /版权所有$/,
    /^来源[:：].{0,40}$/,
    /standardization office/i,
    /^您可能关注的文档$/,
    /^[?？\s]+$/,
  ],
  boilerplateBlocks: [/^温馨提示$/, /^您可能关注的文档$/, /^相关(资源|搜索|主题|文档)/],
  noticeWords: /本站|VIP|文档|下载|版权|侵权|付费|客服|退款|上传|\.doc|\.pdf|附件|网站|用户|权益/i,
  sectionKeys: [
    '本职概述',
    '岗位概述',
    '权力',
    '岗位权限',
    '职位权限',
    '任职资格',
    '工作协作关系',
    '工作记录与报表',
    '各职位考核办法',
    '考核办法',
    '考核标准',
    '考核',
    '岗位要求',
    '职位要求',
    '任职要求',
    '岗位培训与晋升',
    '工作环境',
    '编制日期',
    '直接上司',
    'Qualifications',
    'Requirements',
    'Reports to',
  ],
  noteKeys: ['工作标准'],
  dutyKeys: [
    '工作职责与任务',
    '部门职责如下',
    '其具体职责是',
    '具体职责如下',
    '职责如下',
    '岗位职责',
    '部门职责',
    '主要职责',
    '工作职责',
    '具体职责',
    'Key responsibilities',
    'Responsibilities',
    'Duties',
  ],
  ignoreKeys: ['人员构架', '部门构架', '组织架构'],
  positionFields: ['岗位名称', '所在部门', '直接上级', '直接下级', '岗位定员', '填写日期'],
  positionHeaderEnds: ['本职概述', '工作职责与任务', '岗位职责'],
  unitSuffix:
    /(部门|部|处|室|科|中心|组|局|分公司|工会|经理|主管|专员|分析师|策划师|工程师|师|文员|员|主任|部长|处长|科长|长|总监|助理|秘书)$/u,
  notNamePrefix: /^(撤销|成立|关于|负责|根据|按照|协助|配合|参与|参和|组织|建立|完成|制定|做好|对|在|为|向|与|和|及|由|将|是|有|各|本|其|该)/u,
  headingSuffix:
    /^(?:\s*[(（]\d+人[)）])?\s*(?:的|之|其)?\s*(?:各|主要|重要|基本|具体|功能|工作|岗位|部门|处室|科室)*\s*(?:职责|职能|任务|工作)(?:说明书?|及工作标准|及标准|如下|职责)?/u,
  titleWords: /职责|职能|说明|制度|流程|汇编|分工|规划|\.doc|岗位/u,
  titlePrefix: /^(?:[(（][^)）]{1,10}[)）]|岗位职责|部门职责|\d{4}版?|[(（]?完整版[)）]?)+/u,
  measureAfterNumber: /^\s*(?:年|月|日|人|个|万|元|%|号|次|天|名|岁|小时|周|期|页|倍|级|G\b)/u,
  minChunkLength: 200,
  maxBoilerplateLength: 300,
  maxTitleLength: 40,
  maxNameLength: 16,
  englishHeading:
    /^([A-Z][A-Za-z&,'\- ]{0,50}?(?:Department|Dept\.?|Division|Office|Team|Section|Unit|Centre|Center|Manager|Director|Officer|Specialist|Analyst|Coordinator|Assistant|Engineer|Lead|Head))\s*[:：]?\s*$/,
};
