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
  /** Verbs before a new unit's name: 成立X, 组建X, 设立X. */
  createVerbs: readonly string[];
  /** Phrases after a new unit's name: X挂牌成立, X独立建科. */
  createAfter: readonly string[];
  /** Words before a create verb that make it no creation: 重新组建 re-forms a unit that stays. */
  notCreateBefore: readonly string[];
  /** Verbs before the names of units that go: 撤销X, 不再保留X. */
  abolishVerbs: readonly string[];
  /** Verbs between an old and a new name: X更名为Y. */
  renameVerbs: readonly string[];
  /** Verbs between a function and its receiver: …职责划入Y. */
  moveVerbs: readonly string[];
  /** Verbs after 由 + receiver that make the clause an assignment: …由Y承担. */
  assignVerbs: readonly string[];
  /** Verbs joining the merged units' duties to the unit they form: 整合, 组建Y. */
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
    '部', '处', '科', '室', '局', '委', '办', '队', '所', '站', '院', '馆', '厅', '署', '司', '组',
  ],
  notInNames: ['部分', '重组', '团队', '将', '坐席', '、'],
  createVerbs: ['新设立', '新组建', '成立', '组建', '设立', '新建', '新设', '增设', '组成'],
  createAfter: ['挂牌成立', '正式成立', '独立建科', '独立设置'],
  notCreateBefore: ['重新', '重', '不再', '撤销'],
  abolishVerbs: ['不再保留', '撤销', '撤消', '撤并'],
  renameVerbs: ['更名为', '改名为', '改称为', '更名', '改称'],
  moveVerbs: ['划转至', '划转到', '划转给', '移交给', '移交至', '移交到', '划入', '划归', '划给', '划转', '转入', '移交'],
  assignVerbs: ['统一管理', '承担', '负责', '管理', '代管'],
  mergeVerbs: ['整合', '合并'],
  dutyVerbs: ['负责', '审核', '审批', '指导', '监督', '办理', '参与', '协助', '配合', '承办', '研究', '提出'],
  namePrefixes: ['新组建的', '单设的', '组建的', '将', '把', '原', '对', '由', '的', '现', '及', '和', '与', '“', '”', '"', '「', '」', '‘', '’'],
  nameSuffixes: ['建制', '牌子', '等部门', '等单位', '等机构', '等', '“', '”', '"', '「', '」', '‘', '’'],
  afterName: ['作为', '加挂', '保留', '挂牌', '内', '下', '将', '的', '为', '统一', '负责', '承担', '在', '重组', '独立', '印鉴', '代管', '管理', '直接', '主管'],
  textSuffixes: ['等'],
  textPrefixes: ['涉及', '将', '把', '其', '以及'],
};
