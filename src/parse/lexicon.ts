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
  /** A document-sharing site's banner glued before the first line of text ("精选优质文档-倾情为你奉上…"): dropped from the line. */
  boilerplatePrefixes: readonly RegExp[];
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
  /** The header fields of a position description, the one that opens it (岗位名称) first, then its department fields. */
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
  /** A whole line that names a section that is not duties and ends the current duty list (现任领导, 所获荣誉, 目录, 联系方式). */
  endSections: RegExp;
  /** Words a duty starts with (负责, 组织, 承担, 关于 …): evidence that text is a duty, not a heading. */
  dutyVerbs: RegExp;
  /** Prefixes of a lead-in sentence's subject that are not part of the unit name (医院, 我院, 学校 …). */
  subjectPrefix: RegExp;
  /** Titles of 三定 规定 and organisation profiles: the name before them is the organisation. */
  organisationTitle: RegExp;
  /** Name endings that make a top unit the organisation itself (政府, 委员会, 公司, 大学 …). */
  organisationSuffix: RegExp;
  /** A 规定's articles on its own basis and the body's standing ("根据…制定本规定", "X是区政府工作部门,为正科级"): no duties. */
  standingStatements: RegExp;
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
    /^[(（]?(?:\d{4}|[一二三四五六七八九○〇零]{4})\s*年\s*[\d一二三四五六七八九十○〇零]{1,2}\s*月(?:\s*[\d一二三四五六七八九十○〇零]{1,3}\s*日)?[)）]?$/,
    /^(?:发布|发表|更新|成文)(?:日期|时间)[:：]/,
    /^字\s*号\s*[:：]/,
    /^本内容最后更新于/,
    /来源[:：]\s*百度百科$/,
    /^【编辑[:：][^】]*】$/,
    /^(?:浏览|点击|阅读)(?:次数|量)?[:：]?\s*\d*\s*次?$/,
    /^(?:打印本页|关闭窗口|返回顶部|分享到)/,
    // A site's own menu entries that end like a unit's name.
    /^(?:会员中心|用户中心|个人中心|帮助中心|消息中心|下载中心|客服中心|服务中心首页)$/,
  ],
  boilerplatePrefixes: [/^\s*精选优质文档\s*[-—–]*\s*倾情为你奉上\s*/u, /^\s*(?:专业文档|优质文档|精品文档)\s*[-—–]+\s*(?:倾情为你奉上|值得下载)\s*/u],
  boilerplateBlocks: [/^温馨提示$/, /^您可能关注的文档$/, /^相关(资源|搜索|主题|文档|阅读|文章)/, /^(?:猜你喜欢|推荐阅读|热门文章|延伸阅读|推荐专家|热门搜索)/],
  noticeWords: /本站|VIP|文档|下载|版权|侵权|付费|客服|退款|上传|\.doc|\.pdf|附件|网站|用户|权益/i,
  sectionKeys: [
    '本职概述',
    '岗位工作概述',
    '工作概述',
    '职位概述',
    '部门概述',
    '岗位标识信息',
    '基本信息',
    '基本资料',
    '岗位概述',
    '权力',
    '权限',
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
    '职责调整',
    '职能目标',
    '岗位目的',
    '工作概要',
    '岗位使命',
    '部门宗旨',
    '人员编制',
    '机构编制',
    '领导职数',
    '人员编制和领导职数',
    '其他事项',
    '附则',
    '任职条件',
    '绩效标准',
    '绩效考核',
    '考核指标',
    '核心业绩指标',
    '关键业绩指标',
    '关键绩效指标',
    '工作关系',
    '能力素质',
    '工作时间百分比',
    '工作权限',
    '任职资格要求',
    '学历要求',
    '工作经验',
    '专业知识',
    '工作技能',
    '工作环境',
    '使用工具设备',
    '所获荣誉',
    '现任领导',
    '领导信息',
    '联系方式',
    '联系电话',
    '办公地址',
    'Vision Statement',
    'Mission Statement',
    'Core Values',
    'Vision',
    'Mission',
    'Mandate',
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
    '职责',
    '职责任务',
    '机构职能',
    '部门职能',
    'Mandate and Functions',
    '核心职责',
    '岗位职责任务',
    '职责与工作任务',
    '工作职责任务',
    '职务说明',
    '工作内容及要求',
    '主要工作职责',
    '工作任务',
    '职能职责',
    '主要职能',
    '工作内容',
    '职责描述',
    '岗位职责描述',
    '职责范围',
    '业务职掌',
    '职掌',
    'Key responsibilities',
    'Specific Functions',
    'Functions',
    'Duties and Responsibilities',
    'Roles and Responsibilities',
    'Main duties',
    'Responsibilities',
    'Duties',
  ],
  ignoreKeys: ['人员构架', '部门构架', '组织架构'],
  positionFields: [
    '岗位名称', '职位名称', '职务名称', '所在部门', '所属部门', '隶属部门', '所属大部门', '所属小部门', '工作部门', '直接上级', '直接下级', '岗位定员', '岗位编号', '岗位等级', '岗位级别',
    '岗位类别', '岗位编码', '工资等级', '可轮换岗位', '分析日期', '薪资级别', '薪金等级', '所辖人数', '工作主要关联部门', '审核人', '填写日期',
  ],
  positionHeaderEnds: ['本职概述', '岗位概述', '岗位目的', '工作职责与任务', '职责与工作任务', '岗位职责', '工作职责', '职责描述', '主要职责'],
  unitSuffix:
    /(部门|部|处|室|科|课|中心|组|局|分公司|公司|集团|大学|学校|工会|委员会|政府|委|办|厅|署|司|队|所|站|院|馆|社|台|团|会|股|经理|主管|专员|分析师|策划师|工程师|师|文员|员|主任|部长|处长|科长|长|总监|助理|秘书|出纳|会计|司机|保安|门卫|门岗|调度|质检|前台|库管|仓管|保洁|厨师|内勤|外勤|护士|文秘|导购|收银|客服|操作工|电工|焊工|钳工|叉车工|普工|技工|维修工|装卸工|Department|Dept|Division|Office|Section|Unit|Bureau|Service|Services|Branch|Directorate|Registry|Secretariat|Centre|Center|Team|Desk|Manager|Director|Officer|Head|Clerk|Secretary|Accountant|Cashier|Driver|Librarian|Registrar|Coordinator|Assistant)$/iu,
  notNamePrefix: /^(未|撤销|成立|组建|重新组建|新组建|设立|新设|改组|整合|合并|划入|划出|不再|关于|负责|承办|办理|协调|拟订|拟定|起草|审核|审查|统筹|督促|检查|熟悉|掌握|根据|按照|协助|配合|参与|参和|组织(?!部|人事|处|科|室|宣传|干部|工作部|协调部|员)|建立|完成|制定|做好|对(?!外)|在|为|向|与|和|及|由|将|是|有|各|本|其|该|设|下设|内设|承担|指导|监督|加强|推进|开展|实施|落实|贯彻)/u,
  headingSuffix:
    /^(?:\s*[(（]\d+人[)）])?\s*(?:的|之|其)?\s*(?:各|主要|重要|基本|具体|功能|工作|岗位|部门|处室|科室|机构)*\s*(?:职责|职能|职掌|权责|任务|工作|描述|业务(?:项目|范围|内容)|(?:业务|安全|生产|保安|质量|环保|消防|岗位|工作){0,3}责任制)(?!部门|机构|单位|人员)(?:说明书?|及工作标准|及标准|如下|职责|[及与和]权限)?/u,
  titleWords: /职责|职能|职掌|说明|制度|流程|汇编|分工|规划|\.doc|岗位|规定|简介|概况|规程|条例|组织机构|机构设置/u,
  titlePrefix: /^(?:[(（【『〔\[][^)）】』〕\]]{1,10}[)）】』〕\]]|岗位职责|部门职责|\d{4}版?|[(（]?完整版[)）]?)+/u,
  measureAfterNumber: /^\s*(?:年|月|日|人|个|万|元|%|号|次|天|名|岁|小时|周|期|页|倍|级|G\b)/u,
  minChunkLength: 200,
  maxBoilerplateLength: 300,
  maxTitleLength: 40,
  maxNameLength: 24,
  endSections: /^(?:[一二三四五六七八九十\d]{1,3}[、.．]\s*)?(?:现任领导|领导信息|领导简介|所获荣誉|荣誉称号|联系方式|联系我们|联系电话|办公地址|通讯地址|相关链接|友情链接|网站地图|责任编辑|附件)\s*[:：]?/u,
  dutyVerbs:
    /^(?:负责|担任|录入|主持|组织|承担|指导|拟订|拟定|制定|制订|协助|配合|参与|参加|管理|做好|根据|按照|贯彻|研究|编制|审核|审查|审批|监督|督促|督查|开展|建立|健全|完善|落实|执行|起草|统筹|协调|牵头|综合|办理|处理|收集|汇总|掌握|提出|推进|推动|实施|关于|对|依法|受理|会同|了解|完成|保障|维护|主持|检查|核算|统计|编写|定期|及时|认真|积极|加强|规划|指挥|调查|分析|搞好|确保|参谋|归口|主管|联系|审定|督办|发布|宣传|培训|接待|保管|登记|安排|Responsible|To |Manage|Coordinat|Prepar|Develop|Maintain|Provid|Ensur|Liais|Monitor|Supervis|Oversee|Advis|Plan|Formulat|Implement|Review|Conduct|Handl|Process|Collect|Issu|Allocat|Follow)/iu,
  subjectPrefix: /^(?:我院|本院|医院|我校|本校|学校|学院|我馆|本馆|我局|本局|公司|本公司|集团|本部|我中心|本中心)/u,
  organisationTitle:
    /^(?:关于)?(.{2,24}?)(?:的)?(?:主要职责(?:、|和|及)?内设机构(?:和|及|、)?人员编制规定|职能配置(?:、|和|及)?内设机构(?:和|及|、)?人员编制(?:方案|规定)|机构职能编制规定|(?:机构)?职能配置|组织(?:规程|条例|自治简介|简介|架构)|机构设置|机构概况|组织机构|简介|概况)/u,
  organisationSuffix: /(?:政府|委员会|人民政府|办公厅|公司|集团|大学|学院|学校|医院|银行|协会|研究院|研究所|研究中心|公所|议会|法院|检察院|厅|部|局|署|委)$/u,
  standingStatements:
    /(?:制定本(?:规定|办法|细则|方案)[。.]?$|^本(?:规定|办法)(?:由|自|确定)|^.{2,40}?(?:是|为).{0,30}?(?:工作部门|组成部门|直属机构|直属事业单位|部门管理机构|派出机构|议事协调机构)[,，](?:机构规格)?(?:为|是)?(?:正|副)?(?:部|厅|局|处|县|科|乡)级)/u,
};
