/**
 * The words of the change-event grammar (src/parse/events.ts): the verbs a
 * reorganisation notice (职责调整, 机构改革, 组织架构优化) uses for each kind
 * of change, the endings that make a phrase a unit name, and the particles
 * a name is written with in a sentence but is not part of it. Data, passed
 * to the grammar as an argument, so a caller can extend it.
 */
export interface EventLexicon {
  /** Endings of a unit name (市科学技术局, 政企客户部, 增值业务与支撑岗位). */
  orgNouns: readonly string[];
  /** Words no unit name holds (重组部分科室, 服务团队, 市自然资源局将…). */
  notInNames: readonly string[];
  /** Words that start with 原 as a character of theirs, not as "former" (原住民事务所, 原子能委员会). */
  wordsWithYuan: readonly string[];
  /** Endings that end in an org noun but name no unit (城乡, 乡镇). */
  notNameEndings: readonly string[];
  /** Words for a kind of unit, not a unit (部门, 直属机构, 组成部门): a phrase of only these names no unit. */
  categoryWords: readonly string[];
  /** Verbs before a new unit's name: 成立X, 组建X, 设立X. */
  createVerbs: readonly string[];
  /** Phrases after a new unit's name: X挂牌成立, X独立建科. */
  createAfter: readonly string[];
  /** Words before a create verb that make it no creation (不再设立, 撤销组建). */
  notCreateBefore: readonly string[];
  /** Verbs before the names of units that go: 撤销X, 不再保留X. */
  abolishVerbs: readonly string[];
  /** Verbs between an old and a new name: X更名为Y, X升格为Y; with two new names (X划分为A及B) X's work is split between new units. */
  renameVerbs: readonly string[];
  /** Verbs between a function and its receiver: …职责划入Y. */
  moveVerbs: readonly string[];
  /** Verbs after 由 + receiver that make the clause an assignment: …由Y承担. */
  assignVerbs: readonly string[];
  /** Verbs joining the merged units' duties to the unit they form: 整合, 组建Y; 划转,组建Y. */
  mergeVerbs: readonly string[];
  /** Words that show the clause is a duty, not a change (负责审核机构的设立、撤销). */
  dutyVerbs: readonly string[];
  /** Particles written before a name in a sentence (将, 原, 单设的, quotes). */
  namePrefixes: readonly string[];
  /** Words written after a list of names (等部门, 等). */
  nameSuffixes: readonly string[];
  /** Words that may follow a name inside a clause (市科学技术局作为…, 市场部内增设…). */
  afterName: readonly string[];
  /** Words that end a function's text but are not part of it (…职责等). */
  textSuffixes: readonly string[];
  /** Words that start a function's text but are not part of it (涉及…, 将…). */
  textPrefixes: readonly string[];
}

/** The grammar's words for Chinese notices (Simplified; the grammar reads a Simplified form of the text). */
export const DEFAULT_EVENT_LEXICON: EventLexicon = {
  orgNouns: [
    '委员会', '办公室', '办公厅', '中心', '小组', '岗位', '部门', '机构', '公司', '本部', '分局', '总部', '协会', '病区',
    '事业群', '业务线', '服务线', '产品线', '集团', '电视台', '电台', '气象台', '观测台', '大学', '学校', '中学', '小学', '银行', '幼儿园', '联网',
    '部', '处', '科', '课', '室', '局', '委', '办', '队', '所', '站', '院', '馆', '厅', '署', '司', '组', '街道', '乡', '镇', '会',
  ],
  notInNames: ['部分', '重组', '团队', '将', '坐席', '、', '职责', '职能', '交办', '以及', '全部', '整合', '划入', '划转', '撤销', '裁撤', '升格', '充分', '认识', '理解'],
  wordsWithYuan: ['原住民', '原子', '原料', '原材料', '原油', '原创', '原生', '原产地', '原始', '原野'],
  notNameEndings: ['城乡', '乡镇', '城镇', '村镇', '下乡', '家乡', '集镇', '大会', '例会', '年会', '座谈会', '学会', '协会会', '布局', '格局', '结局', '大局', '时局', '僵局', '当局'],
  categoryWords: [
    '部门管理机构', '直属事业单位', '议事协调机构', '组成部门', '直属机构', '内设机构', '工作部门', '办事机构', '派出机构', '事业单位',
    '部门', '机构', '单位', '科室', '处室', '直属', '所属', '有关', '相关', '其他', '一级', '二级', '三级', '独立', '新',
  ],
  createVerbs: ['独立设置', '新设立', '新组建', '新增设', '新增', '成立', '组建', '设立', '设置', '新建', '新设', '增设', '组成'],
  createAfter: ['挂牌成立', '正式成立', '独立建科', '独立设置'],
  notCreateBefore: ['不再', '撤销'],
  abolishVerbs: ['不再保留', '不再设置', '不再设立', '不再单设', '撤销', '撤消', '撤并', '裁撤', '取消了', '取消'],
  renameVerbs: ['更名为', '改名为', '改称为', '改设为', '升格为', '改制为', '调整为', '划分为', '拆分为', '拆分成', '分拆为', '分拆成', '分设为', '更名', '改称', '改为', '升格', '改制', '变更为', '改组为', '变为', '分为'],
  moveVerbs: ['调整至', '调整到', '移入', '划分到', '划分至', '划归到', '划归至', '划转至', '划转到', '划转给', '移交给', '移交至', '移交到', '移拨至', '移转至', '划入', '划归', '划给', '划转', '转入', '归入', '并入到', '移交', '移拨', '移转'],
  assignVerbs: ['统一管理', '承担', '负责', '管理', '代管'],
  mergeVerbs: ['整合', '合并', '划转'],
  dutyVerbs: ['负责', '审核', '审批', '指导', '监督', '办理', '参与', '协助', '配合', '承办', '研究', '提出'],
  namePrefixes: ['原本隶属于', '原本隶属', '原隶属于', '原隶属', '隶属于', '隶属', '原本属于', '原属于', '原属', '标志着', '宣布', '决定', '同意', '其中', '同时', '此外', '另外', '了', '新组建的', '新的', '单设的', '组建的', '所属的', '所属', '将', '把', '原', '对', '由', '的', '现', '及', '和', '与', '“', '”', '"', '「', '」', '‘', '’'],
  nameSuffixes: ['的建制', '的牌子', '建制', '牌子', '等相关部门', '等有关部门', '等部门', '等单位', '等机构', '等', '“', '”', '"', '「', '」', '‘', '’', '将按计划', '按计划', '正式', '将', '也', '则', '拟', '均', '已', '目前', '现已', '现'],
  afterName: ['整合', '行使', '作为', '正式', '成立', '加挂', '保留', '挂牌', '内', '下', '将', '的', '为', '统一', '负责', '承担', '在', '重组', '独立', '印鉴', '代管', '管理', '直接', '主管'],
  textSuffixes: ['进行', '等', '将', '也', '被'],
  textPrefixes: ['涉及', '将', '把', '其', '以及'],
};
