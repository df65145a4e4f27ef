import type { ParseLexicon } from './lexicon.ts';
import { bracketAfterName, isUnitName, ORGANISATION_LEVEL } from './units.ts';

/**
 * Lead-in sentences that name a unit without a heading of its own:
 * - a subject sentence: "医院医务处是对全院医疗工作…的职能部门,…其功能和职责主要有:",
 *   "图书馆是学校的文献信息中心…主要职责:": the subject is the unit whose list follows;
 * - a container sentence: "区政府办公室设6个内设机构:", "根据上述职责,国务院办公厅设9个内设机构:",
 *   "市府设秘书处,分设六科室掌理下列事项:", "本局设下列各科", "XX内设机构及职责":
 *   the named unit is the parent of the units that follow.
 */

/** The clauses of a sentence: pieces between 。,，;；: with their start offsets. */
function clauses(key: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let from = 0;
  for (let i = 0; i <= key.length; i++) {
    if (i === key.length || /[。，,;；:：]/u.test(key[i])) {
      if (i > from) out.push({ text: key.slice(from, i), at: from });
      from = i + 1;
    }
  }
  return out;
}

/** A unit name at the end of a subject, after words that are not part of it ("医院医务处" → 医务处). */
function subjectName(subject: string, lexicon: ParseLexicon): string | null {
  const bare = subject
    .trim()
    .replace(/^第\s*[一二三四五六七八九十百零〇\d]{1,4}\s*[条條章]\s*/u, '')
    .replace(/^(?:根据上述职责|按照上述职责|为履行上述职责|[^\p{Script=Han}]+)/u, '');
  const stripped = bare.replace(lexicon.subjectPrefix, '');
  // A heading glued to a sentence that repeats it ("策划部门策划部门是…的部门"): the name once.
  const half = stripped.length % 2 === 0 ? stripped.slice(0, stripped.length / 2) : '';
  const once = half.length >= 2 && stripped === half + half ? half : stripped;
  // "区经科局(商务局)": the name without its bracketed second name.
  const unbracketed = once.replace(/\s*[(（][^()（）]{1,16}[)）]$/u, '');
  for (const candidate of [once, bare, unbracketed]) {
    if (candidate.length >= 2 && (isUnitName(candidate, lexicon) || isJointName(candidate, lexicon))) return candidate;
  }
  return null;
}

/** "党委办公室、院长办公室": units that work as one (合署办公), named together. */
export function isJointName(name: string, lexicon: ParseLexicon): boolean {
  const parts = name.split(/[、和与及]/u);
  return parts.length >= 2 && parts.length <= 3 && parts.every((part) => isUnitName(part, lexicon));
}

const DUTY_WORDS = /职责|职能|功能|任务|职掌|工作内容/u;

/**
 * The unit named as the subject of a lead-in that ends in a colon and speaks
 * of duties ("…医务处是…,其功能和职责主要有:"), or null.
 */
export function subjectUnitOf(key: string, lexicon: ParseLexicon): string | null {
  // An article number glued to the sentence ("第三条县自然资源局的主要职责:") is no part of the subject.
  const text = key.trim().replace(ABBREVIATION, '').replace(/^第[一二三四五六七八九十百零〇0-9]+[条條]\s*/u, '');
  if (!/[:：]$/u.test(text) || !(DUTY_WORDS.test(text) || /[下左]列事项|如下|如左/u.test(text)) || text.length > 400) return null;
  for (const clause of clauses(text)) {
    const verb = SUBJECT_VERB.exec(clause.text);
    if (!verb || verb.index < 2) continue;
    const name = subjectName(clause.text.slice(0, verb.index), lexicon);
    if (name) return name;
  }
  // "秘书室除…外,掌理左列事项:": the verb opens a later clause; the subject leads the sentence.
  return openingName(text, lexicon);
}

// "(以下简称市自然资源局)": a short name the document defines; read past it.
const ABBREVIATION = /\s*[(（]\s*以下简称[^)）]{1,20}[)）]\s*/gu;
const SUBJECT_VERB = /是|作为|掌理|负责|承担|履行|主要职责|的职责|具有下列|行使下列/u;
const OPENING_VERB = /^[,，]?\s*(?:则|也|还|主要|具体|全面|统一)?(?:是|作为|为|系|负责(?!人)|承担|主管|掌理|涵盖|在.{1,16}(?:领导|指导)下)/u;

/** The longest unit name the text opens with (after a bullet or 我院/学校 …), or null. */
function openingName(text: string, lexicon: ParseLexicon): string | null {
  const body = text.replace(/^[^\p{Script=Han}]+/u, '');
  const prefix = lexicon.subjectPrefix.exec(body)?.[0].length ?? 0;
  for (let end = Math.min(body.length, prefix + lexicon.maxNameLength); end >= prefix + 2; end--) {
    const name = body.slice(prefix, end);
    if (isUnitName(name, lexicon)) return name;
  }
  return null;
}

/**
 * The unit a paragraph opens with as the subject of its first sentence:
 * "科研处作为学校科研工作职能部门…", "管理科负责日常行政事务…", "医院收费员主要负责…",
 * or null. The name comes first (maybe after 我院/学校 …), then the verb.
 */
export function openingSubjectOf(key: string, lexicon: ParseLexicon): { name: string; end: number } | null {
  const text = key.trimStart();
  const lead = key.length - text.length;
  const prefix = lexicon.subjectPrefix.exec(text)?.[0].length ?? 0;
  for (let end = Math.min(text.length, prefix + 2 * lexicon.maxNameLength + 1); end >= prefix + 2; end--) {
    const name = text.slice(prefix, end);
    if (!(end - prefix <= lexicon.maxNameLength && isUnitName(name, lexicon)) && !isJointName(name, lexicon)) continue;
    // "战略管理部(董事会办公室)作为…": a second name in brackets may stand between the name and the verb.
    const bracket = bracketAfterName(text, end);
    const rest = text.slice(end + (bracket?.length ?? 0)).replace(ABBREVIATION, '');
    if (OPENING_VERB.test(rest)) return { name, end: lead + end + (bracket?.length ?? 0) };
  }
  return null;
}

const STAFFING = /^(.{2,24}?)(?:机关)?(?:行政|事业|参照公务员法管理(?:的)?事业)?编制(?:数)?(?:为|核定为|共)?\s*[\d一二三四五六七八九十百]+\s*名/u;

/** The organisation a staffing sentence names ("市政府办公室机关行政编制为63名"), or null. */
export function staffedOrganisationOf(key: string, lexicon: ParseLexicon): string | null {
  const m = STAFFING.exec(key.trim());
  if (m === null) return null;
  const name = m[1].replace(/(?:机关|的)$/u, '');
  return ORGANISATION_LEVEL.test(name) && isUnitName(name, lexicon) ? name : null;
}

/**
 * The organisation a 三定's container sentence names ("县人民防空办公室设2个内设机构:")
 * when its name ends like an organisation's, or null. Its 主要职责, listed
 * before that sentence, are the organisation's own.
 */
export function organisationOfContainer(key: string, lexicon: ParseLexicon): string | null {
  const container = containerOf(key, lexicon);
  if (container === null || container.kind !== 'named' || container.parent !== null) return null;
  return ORGANISATION_LEVEL.test(container.name) && /内设机构|处室|科室|股室|部室/u.test(key) ? container.name : null;
}

/** Who a container sentence names: a unit by name, or the document's own organisation ("本局", "市府"). */
export type Container = { kind: 'named'; name: string; parent: string | null } | { kind: 'self' };

const SELF = /^(?:本|我|该)?(?:局|委|办|厅|院|府|市府|部|中心|公司|集团|校|馆|处|所|会)$/u;
const SETS = /(?:下设|内设|分设|设有|设立|设置|设)(?:[一二三四五六七八九十两\d]{1,3}\s*个?)?(?:[下左]列)?(?:各)?(?:党政|行政|职能|业务|管理|工作)?(?:内设机构|职能科室|业务科室|科室|处室|股室|部室|二级机构|机构|部门|单位|委员会|局|科|课|处|室|股|组)/u;

/**
 * A sentence that sets up units and names them ("我校成都校区设置党政办公室、新闻信息中心、…等6个管理部门和
 * 图书馆、后勤服务公司等2个附属机构"): the subject and the names, however the sentence ends.
 */
const NAMED_SET = /^(.{2,24}?)(?:下设|内设|分设|设有|设置|设立)((?:[^、，,。;；:：等]{2,20}、)+[^、，,。;；:：等]{2,20}?)等[一二三四五六七八九十两\d]{1,3}\s*个/u;

/** A set whose names share the unit noun written once after them: the holder, the names, the noun. */
const SHARED_NOUN_SET =
  /^(.{2,24}?)(?:下设|内设|分设|设有|设置|设立|设|置)((?:[^、，,。;；:：等]{1,12}、)+[^、，,。;；:：等]{1,12}?)(?:等)?(?:[一二三四五六七八九十两\d]{1,3}\s*个?)?(科|组|室|股|课|处|部|中心)[。.]?$/u;

/** A government named by its party committee and its government ("凤岗镇党委、政府"): the place. */
const PARTY_AND_GOVERNMENT = /^(\p{Script=Han}{2,12}?(?:省|市|县|区|州|旗|盟|镇|乡|街道))(?:党委|党工委)[、和与及]?(?:人民)?(?:政府|办事处)$/u;

/**
 * The holder a container sentence names: a unit name, a government named by
 * its party committee and government, or a place or campus (成都校区, 凤岗镇),
 * which the sentence shows to hold units. Null otherwise.
 */
function holderName(subject: string, lexicon: ParseLexicon): string | null {
  const name = subjectName(subject, lexicon);
  if (name) return name;
  const bare = subject.trim().replace(lexicon.subjectPrefix, '');
  const government = PARTY_AND_GOVERNMENT.exec(bare);
  if (government) return government[1];
  return /^(?![全各每本该])\p{Script=Han}{2,12}(?:省|市|县|区|州|旗|盟|镇|乡|街道|校区)$/u.test(bare) ? bare : null;
}

/** A list of names after 下设 (A、B和C): no sentence punctuation. */
const SET_LIST = /^[^，,。;；:：]+$/u;

/**
 * The unit a container sentence makes the parent of the units that follow,
 * or null: "区政府办公室设6个内设机构:", "XX内设机构及职责", "本局设下列各科:" (self),
 * "市府设秘书处,分设六科室…:" (秘书处, under the document's organisation).
 */
export function containerOf(key: string, lexicon: ParseLexicon): Container | null {
  const text = key.trim();
  if (text.length > 200) return null;
  const own = /^(.{2,20}?)(?:的)?内设机构(?:及|和|与)?(?:其)?(?:主要)?职责/u.exec(text);
  if (own) {
    const name = subjectName(own[1], lexicon);
    if (name) return { kind: 'named', name, parent: null };
  }
  // "档案馆机构设置为六科一室,分别为业务管理科、…": the holder of the 机构设置 named.
  const organs = /^(.{2,20}?)(?:的)?(?:内设)?机构设置(?:为|是|如下|包括)/u.exec(text);
  if (organs) {
    const name = subjectName(organs[1], lexicon);
    if (name) return { kind: 'named', name, parent: null };
  }
  const split = /(?:^|[，,。])([^，,。:：]{1,12}?)设([^，,。:：]{2,16}?)[，,]\s*(?:分设|下设|内设)/u.exec(text);
  if (split) {
    const name = subjectName(split[2], lexicon);
    if (name) return { kind: 'named', name, parent: subjectName(split[1], lexicon) };
  }
  // Not when the sentence goes on to the holder's own duties ("…办公室设有秘书科、…等四个科级机构。主要职责:"): those follow.
  const sentences = clauses(text);
  for (const clause of DUTY_WORDS.test(sentences[sentences.length - 1]?.text ?? '') ? [] : sentences) {
    const listed = NAMED_SET.exec(clause.text);
    if (listed !== null && listed[2].split('、').every((n) => isUnitName(n.trim(), lexicon))) {
      const name = holderName(listed[1], lexicon);
      if (name) return { kind: 'named', name, parent: null };
    }
    // "行政总部置综合业务、教务、学务等组", "本局设人事、会计、政风三室": names that share the noun after them.
    const shared = SHARED_NOUN_SET.exec(clause.text);
    if (shared === null || !shared[2].split('、').every((n) => isUnitName(`${n.trim()}${shared[3]}`, lexicon))) continue;
    if (SELF.test(shared[1].trim())) return { kind: 'self' };
    const holder = holderName(shared[1], lexicon);
    if (holder) return { kind: 'named', name: holder, parent: null };
  }
  // "市城市管理行政执法局下设直属分局、婺城分局、金东分局。": a sentence that is only the holder and two or more unit names.
  // So is the first clause of a paragraph that goes on about them ("总务后勤处下设A、B、C,由学校授权管理…。根据…"),
  // unless the paragraph then leads in to the holder's own duties (主要职责:).
  const opening = /职责[^,，。;；]{0,4}[:：]/u.test(text) ? text : (clauses(text)[0]?.text ?? text);
  const whole = /^(.{2,20}?)(?:下设|内设|分设|设有)((?:[^、，,。;；:：和及]{2,24}[、和及]){1,}[^、，,。;；:：和及]{2,24})[。.]?$/u.exec(opening);
  if (whole && whole[2].split(/[、和及]/u).every((n) => isUnitName(n.trim(), lexicon))) {
    const name = subjectName(whole[1], lexicon);
    if (name) return { kind: 'named', name, parent: null };
  }
  // "区经科局设3个内设机构:办公室、财务科、综合科。", "X内设机构:A、B、C。": the set named after its colon.
  const namedAfter = /^(.{2,30}?)(?:设|内设|下设)?(?:[一二三四五六七八九十两\d]{1,3}\s*个)?(?:内设机构|职能科室|业务科室|处室|科室|股室|部室|二级机构)\s*[:：]\s*([^:：。;；]{4,200}?)[。.]?$/u.exec(text);
  // A name's bracketed second names ("工业经济科(中小企业科、安全管理办公室)") are no items of the list.
  const namesAfter = namedAfter === null ? [] : namedAfter[2].replace(/[(（][^()（）]*[)）]/gu, '').split(/[、,，和及]/u);
  if (namesAfter.length >= 2 && namesAfter.every((n) => isUnitName(n.trim(), lexicon))) {
    const name = subjectName(namedAfter![1].replace(/(?:设|内设|下设)$/u, ''), lexicon);
    if (name) return { kind: 'named', name, parent: null };
  }
  // "根据上述职责,市政府办公室设19个内设机构。": a counted set of 内设机构 announces the list that follows, whatever its end.
  const counted = /设[一二三四五六七八九十两\d]{1,3}\s*个(?:内设机构|职能科室|业务科室|处室|科室|股室|部室|二级机构)[。.]?\s*$/u.test(text);
  if (!counted && !/[:：]\s*$|如下|[下左]列|分别为|分别是|即[:：]?/u.test(text)) return null;
  for (const clause of clauses(text)) {
    // "党委统战部下设综合办公室和民主党派与统战团体办公室,各科室职责如下:": the units it sets up, named.
    const named = /^(.{2,20}?)(?:下设|内设|分设|设有)(.{2,80})$/u.exec(clause.text);
    if (named && SET_LIST.test(named[2]) && named[2].split(/[、和及]/u).every((n) => isUnitName(n.trim(), lexicon))) {
      const name = subjectName(named[1], lexicon);
      if (name) return { kind: 'named', name, parent: null };
    }
    const m = SETS.exec(clause.text);
    if (!m || m.index < 1) continue;
    const subject = clause.text.slice(0, m.index).trim();
    if (SELF.test(subject)) return { kind: 'self' };
    const name = holderName(subject, lexicon);
    if (name) return { kind: 'named', name, parent: null };
  }
  return null;
}

// A short text ending in one of these is a heading ("组织架构及人员设置", "岗位职责说明", "工作流程").
const HEADING_NOUN = /^[^，,;；。]{0,20}(?:架构|设置|说明|流程|制度|概述|概况|简介|目标|职能|职责|要求|标准|办法|规定|分工|结构)[\s\d\-人名个]*$/u;

/** The work a nominal duty names after 的 or 之 ("会计凭证的复核", "报表的整理、装订归档工作", "本校年度预算之编制"). */
const WORK_NOUN = '(?:复核|审核|审查|管理|编制|整理|输入|录入|制定|制订|执行|监督|维护|保管|发放|登记|核算|统计|检查|申报|报送|归档|装订|修改|协调|落实|实施|处理|建设|开发|培训|考核|核对|结算|收发|采购|验收|盘点|催收|分析|汇总|上报|发布|接待|调配|保养|维修|安排|核销|管制|规划|研拟|审议|督导|辅导|联系|推动|研究|办理|拟议|稽核)';
const NOMINAL_DUTY = new RegExp(`(?:的|之)(?:[\\p{Script=Han}]{0,4}${WORK_NOUN}[、,，和及与]?){1,5}(?:等)?(?:工作|事项)?\\s*[。;；]?\\s*$`, 'u');
/** A 组织规程 item: matters of a kind ("各项经费之收支及核销事项", "其他有关财务事项"). */
const MATTERS_DUTY = /^\p{Script=Han}.{4,38}事项\s*[。;；]?\s*$/u;

/** True when a text reads as a duty rather than a heading: it starts with a duty verb, names work done to something (…的复核), or is a long clause. */
export function isDutyLike(text: string, lexicon: ParseLexicon): boolean {
  const t = text.trim();
  if (t.length === 0 || HEADING_NOUN.test(t)) return false;
  if (lexicon.dutyVerbs.test(t) || /^在.{1,20}(?:领导|指导|统一部署)下/u.test(t)) return true;
  if (t.length <= 40 && (NOMINAL_DUTY.test(t) || MATTERS_DUTY.test(t))) return true;
  const clause = t.split(/[。;；]/u)[0];
  return clause.length > 24 && /[，,、]/u.test(clause);
}

/**
 * The organisation a 三定 规定 names in its first article ("为了规范乌鲁木齐市自然资源局
 * (以下简称市自然资源局)职能配置、内设机构和人员编制…", "保留X(以下简称Y)为县人民政府工作部门")
 * with the short name it defines, or null.
 */
export function organisationOfPreamble(key: string, lexicon: ParseLexicon): { name: string; alias: string | null } | null {
  const m =
    /规范(.{2,30}?)\s*(?:[(（]\s*以下简称(.{2,16}?)[)）])?\s*(?:的)?(?:职能配置|主要职责|机构职能|内设机构|机构设置)/u.exec(key) ??
    // "保留都昌县计划生育委员会(以下简称县计生委)为县人民政府工作部门": the body the 规定 keeps or sets up.
    /(?:保留|设立|组建|设置|成立)(.{2,30}?)\s*[(（]\s*以下简称(.{2,16}?)[)）]\s*(?:为|作为|是)/u.exec(key);
  if (!m) return null;
  const name = m[1].replace(/^(?:和|及)/u, '');
  return isUnitName(name, lexicon) ? { name, alias: m[2] ?? null } : null;
}

/**
 * The organisation a text names as itself ("金门县政府(以下简称本府)置县长一人", "本规定所称
 * 市统计局(以下简称本局)"): a unit name of an organisation's kind before a short name
 * that starts with 本; null otherwise.
 */
export function selfDefinedOrganisation(key: string, lexicon: ParseLexicon): string | null {
  const m = /([\p{Script=Han}]{2,30}?)\s*[(（]\s*以下简称\s*本[^)）]{1,6}?\s*[)）]/u.exec(key);
  if (m === null) return null;
  // The longest tail of the words before that is a name of an organisation (…依据, 金门县政府 → 金门县政府).
  for (let k = 0; k < m[1].length - 1; k++) {
    const name = m[1].slice(k);
    if (lexicon.organisationSuffix.test(name) && isUnitName(name, lexicon)) return name;
  }
  return null;
}

/**
 * The organisation a subject sentence puts its unit in ("办公室是海底科学与探测技术教育部重点实验室行政的日常办事和
 * 综合协调部门" → the 重点实验室), or null: what stands between 是 and 的 (less 行政, 党政) must be that one
 * organisation's name, so "医院党委和行政的综合办事机构" names none.
 */
export function ownerInSubjectSentence(key: string, subject: string, lexicon: ParseLexicon): string | null {
  const at = key.indexOf(subject);
  if (at < 0) return null;
  const m = /^\s*(?:是|为|系)(\p{Script=Han}{3,30}?)(?:行政|党政)?的/u.exec(key.slice(at + subject.length));
  if (m === null) return null;
  const name = m[1];
  return name !== subject && isUnitName(name, lexicon) && (ORGANISATION_LEVEL.test(name) || /实验室$/u.test(name)) ? name : null;
}

/** The short name a text defines for its subject ("…总局(以下简称本总局)" → 本总局), or null. */
export function definedShortName(key: string): string | null {
  return /[(（]\s*以下简称\s*([^)）]{1,16}?)\s*[)）]/u.exec(key)?.[1] ?? null;
}

/**
 * Units named together as the subject of one duty ("社会事业科、工业科、财贸科等科室分别负责…"):
 * their names and where the duty text starts, or null.
 */
export function sharedSubjectOf(key: string, lexicon: ParseLexicon): { names: string[]; end: number } | null {
  const m = /^\s*((?:[\p{Script=Han}]{2,16}、){1,9}[\p{Script=Han}]{2,16}?)(?:等(?:[一二三四五六七八九十\d]{1,2}个)?(?:科室|处室|部门|单位|机构|股室|科|处|部))?\s*[,，]?\s*(?=(?:分别|共同|均|都)?(?:负责|承担|主管))/u.exec(key);
  if (!m) return null;
  const names = m[1].split('、');
  return names.every((n) => isUnitName(n, lexicon)) ? { names, end: m[0].length } : null;
}
