import type { ParseLexicon } from './lexicon.ts';
import { unitKindOf } from './unit-kind.ts';

/**
 * The ways a unit heading is written in the seeds:
 * - `bare`: the name alone, before the end of the text or the next label ("(二)政企客户部", "一、综合部1、…");
 * - `titled`: the name and a duty word, maybe a colon ("市场部经理职责:", "一.市场管理科(3人)其职责:",
 *   "九、渠道运营管理处处室职责", "一、市场部重要工作", "二、市场部的主要任务有四个大方面:");
 * - `colon`: a position name and a colon ("产品主管:主要工作是…");
 * - `stop`: after a label, a name closed by 。 or a colon, its text following ("(一)办公室。负责…", "一、总务科:关于…");
 * - `listed`: a department name and a space or 、 before its text ("1. 招商部 、市场情况…", "3. 营销部 负责…");
 * - `repeated`: the name, then a sentence about it that repeats it ("综合部综合部是公司综合管理部门…").
 */
export type HeadingForm = 'bare' | 'titled' | 'colon' | 'stop' | 'listed' | 'repeated';

/** A unit heading found in a text. */
export interface UnitHeading {
  /** The name in the normalised form (Simplified, half-width). */
  name: string;
  form: HeadingForm;
  /** Offset just past the heading (its duty word and colon included). */
  end: number;
  /** A second name written in brackets after the name ("应急管理办公室(国务院总值班室)" → 国务院总值班室), or null. */
  alias: string | null;
}

// Words that end like a unit name but name no unit in particular.
const GENERIC_NAMES: ReadonlySet<string> = new Set([
  '部门', '中心', '公司', '分公司', '科室', '处室', '部室', '小组', '班组', '岗位人员', '人员', '成员', '机构', '内设机构', '单位', '我院', '我校',
  '我局', '我馆', '本院', '本校', '本局', '本馆', '全院', '全校', '全局', '全馆', '院', '馆', '局', '会', '所', '站', '网站', '平台', '学院', '医院',
  // Everyday words that end like a unit: 益处, 到处, 场所, 会议会 …
  '益处', '好处', '用处', '长处', '短处', '到处', '此处', '各处', '住处', '出处', '之处', '难处', '场所', '住所', '厕所', '处所', '车站', '网站', '社会',
  '政府', '人民政府', '机会', '协会会', '大会', '会会', '委会', '部分', '全部', '内部', '外部', '局部', '干部', '总部', '基层干部',
]);
// Words that end in 局, 所 or 处 and name a layout, an outcome or a situation, not a unit (行政机关布局, 大局).
const NOT_UNIT_ENDING = /(?:会员|布局|格局|结局|大局|时局|僵局|开局|残局|骗局|饭局|牌局|当局|处所|之所|住所)$/u;
// "管理人员", "工作人员", "相关人员": people in general, not a position.
const GENERIC_PEOPLE = /^(?:管理|工作|相关|全体|各级|有关|其他|其它|技术|专业|从业|在岗|一线|基层)(?:人员|员工|职员)$/u;

/** True when a (normalised) string can be a unit name: short, no punctuation, a unit suffix, not a sentence. */
export function isUnitName(name: string, lexicon: ParseLexicon): boolean {
  return (
    name.length >= 2 &&
    name.length <= lexicon.maxNameLength &&
    /^[\p{Script=Han}A-Za-z0-9“”"]+$/u.test(name) &&
    /\p{Script=Han}/u.test(name) &&
    !/^\d+$/u.test(name) &&
    lexicon.unitSuffix.test(name) &&
    !lexicon.notNamePrefix.test(name) &&
    !/职责|职能|说明|流程|制度|事项|规定|通知|意见|办法|简介|概况/u.test(name) &&
    !GENERIC_NAMES.has(name) &&
    !NOT_UNIT_ENDING.test(name) &&
    // An article or chapter number glued to a heading ("第七条办公室职责。") is its label, never part of the name.
    !/^第\s*[一二三四五六七八九十百零〇\d]{1,4}\s*[条條章节節款]/u.test(name) &&
    // A date ("100年5月26日…委员会第一次会议订定") opens a line about a meeting, never a name.
    !/^\d{1,4}年(?:\d{1,2}月)?/u.test(name) &&
    !/的|更名|改名|改为|划入|划出|撤销|合并|组建|设立|整合|调整|负责|承担|交办|以及|并且|作为|是|由|关于|通知|贯彻|坚持|按照|根据|依据|履行|充分|认识和|理解|升格|改制|纳入|也将|设置|参与|经常|新建|重组|部分/u.test(name) &&
    !GENERIC_PEOPLE.test(name) &&
    // Quotes inside a name come in pairs (“十三五”规划办公室); one left open is a sentence cut at a list (标志着X镇“党政办公室).
    (name.match(/“/gu) ?? []).length === (name.match(/”/gu) ?? []).length
  );
}

/** True when a name denotes a position (…经理, …主管, …专员, …师, 出纳 …): the position endings of unitKindOf. */
export function isPositionName(name: string): boolean {
  return unitKindOf(name, 1) === 'position' && !STAFFING_FIELD.test(name);
}

/** Fields of a position form that end like a post (岗位定员, 所辖人员): counts of people, not posts. */
const STAFFING_FIELD = /^(?:岗位定员|定员|所辖人员|下属人员|辖员|分析人员|工作分析人员|分析人)$/u;

/**
 * The unit heading starting at `at` in `key` in one of the allowed forms,
 * trying the shortest name first ("渠道运营管理处" + "处室职责", not
 * "渠道运营管理处处室" + "职责"). `isLabelAt` tells whether a numbering
 * label starts at an offset (a bare name may stand right before one).
 */
export function unitHeadingAt(
  key: string,
  at: number,
  forms: readonly HeadingForm[],
  lexicon: ParseLexicon,
  isLabelAt: (offset: number) => boolean,
): UnitHeading | null {
  const start = at + (key.slice(at).length - key.slice(at).trimStart().length);
  const limit = Math.min(key.length, start + lexicon.maxNameLength);
  for (let end = start + 2; end <= limit; end++) {
    const name = key.slice(start, end);
    if (!isUnitName(name, lexicon)) continue;
    const bracket = bracketAfterName(key, end);
    const past = bracket === null ? end : end + bracket.length;
    for (const form of forms) {
      const after = headingEnd(key, past, name, form, lexicon, isLabelAt);
      if (after !== null) return { name, form, end: after, alias: bracket?.alias ?? null };
    }
  }
  return null;
}

const ALIAS = /^\s*[(（]\s*([\p{Script=Han}A-Za-z“”"][\p{Script=Han}A-Za-z“”"、]{1,30})\s*[)）]/u;

/** A bracketed note on a unit's standing rather than a second name: provisional, shared offices, sign boards ("(暂定)", "(与机关党委办公室合署)", "(挂X牌子)"). */
const NAME_NOTE = /^(?:暂定|筹|筹备|试行|草案|代管|挂|含|下同|简称|与)|合署|挂牌|牌子|加挂/u;

/**
 * The bracket right after a unit name, with the length it takes: a second
 * name ("(国务院总值班室)", "(绩效办)" → alias) or a note on the unit
 * ("(暂定)", "(与机关党委办公室合署)" → alias null), or null when no such
 * bracket follows. A head count ("(3人)") is neither.
 */
export function bracketAfterName(key: string, at: number): { alias: string | null; length: number } | null {
  const m = ALIAS.exec(key.slice(at));
  if (!m) return null;
  return { alias: NAME_NOTE.test(m[1]) ? null : m[1], length: m[0].length };
}

/** Where a heading of one form ends after its name, or null when the text does not continue that way. */
function headingEnd(
  key: string,
  end: number,
  name: string,
  form: HeadingForm,
  lexicon: ParseLexicon,
  isLabelAt: (offset: number) => boolean,
): number | null {
  const rest = key.slice(end);
  switch (form) {
    case 'bare': {
      const staff = /^\s*(?:[(（]\d+人[)）])?\s*/u.exec(rest)![0].length;
      return end + staff === key.length || isLabelAt(end + staff) ? end + staff : null;
    }
    case 'titled': {
      const suffix = lexicon.headingSuffix.exec(rest);
      if (!suffix || suffix[0].trim().length === 0) return null;
      let at = end + suffix[0].length;
      // "开发部的职能。包括:①…": the list's lead-in after a full stop is part of the heading.
      const lead = /^[。.]\s*(?:主要)?(?:包括|如下|有)(?=[:：])/u.exec(key.slice(at));
      if (lead) at += lead[0].length;
      const extra = /^[^,，。;；:：、()（）]{0,12}?(?=[:：]|$)/u.exec(key.slice(at));
      if (extra) {
        at += extra[0].length;
        const colon = /^[:：]\s*/u.exec(key.slice(at));
        return at + (colon ? colon[0].length : 0);
      }
      // "(一)办公室职责。" / "第七条办公室职责。": the 三定 style closes the heading with a full stop, after a duty
      // word (not "主持本队的工作。", a duty).
      const stop = /(?:职责|职能|职掌)$/u.test(suffix[0].trim()) && !lexicon.dutyVerbs.test(name) ? /^[。．]\s*/u.exec(key.slice(at)) : null;
      if (stop) return at + stop[0].length;
      // No colon: the heading must stop at a label, a space, or a sentence that repeats the name.
      return isLabelAt(at) || /^\s/u.test(key.slice(at)) || key.startsWith(name, at) ? at : null;
    }
    case 'colon': {
      const colon = /^\s*[:：]\s*/u.exec(rest);
      return colon && isPositionName(name) ? end + colon[0].length : null;
    }
    case 'stop': {
      const stop = /^\s*[。:：]\s*/u.exec(rest);
      return stop ? end + stop[0].length : null;
    }
    case 'listed': {
      const gap = /^(?:\s*[、,，]\s*|\s+)(?=\S)/u.exec(rest);
      if (!gap || isPositionName(name)) return null;
      // "市委、市政府高度重视…": a 、 before another unit's name joins a list of names; no text of the first starts there.
      const after = key.slice(end + gap[0].length);
      if (gap[0].includes('、') && Array.from({ length: 11 }, (_, k) => after.slice(0, k + 2)).some((n) => isUnitName(n, lexicon))) return null;
      return end + gap[0].length;
    }
    case 'repeated':
      return rest.startsWith(name) && /^(是|为|负责|主要|主管)/u.test(rest.slice(name.length)) ? end : null;
  }
}

/**
 * The organisation a title names: a 三定 规定 ("国务院办公厅主要职责内设机构和人员编制规定"),
 * a profile ("高雄市政府组织自治简介"), or null.
 */
export function organisationOfTitle(titleKey: string, lexicon: ParseLexicon): string | null {
  const english = englishOrganisationTitle(titleKey);
  if (english !== null) return english;
  const key = titleKey.replace(/\s+/gu, '').replace(/^.*?(?:印发|关于)/u, '');
  const m = lexicon.organisationTitle.exec(key);
  if (!m) return null;
  const name = m[1].replace(/[《》“”"]/gu, '');
  if (name.length < 2 || !isUnitName(name, lexicon)) return null;
  // A 三定 or an organisation chart names its organisation whatever its ending; a bare 简介/概况 needs an organisation's.
  return /简介|概况/u.test(m[0].slice(m[1].length)) && !/组织/u.test(m[0]) ? (lexicon.organisationSuffix.test(name) ? name : null) : name;
}

/** The organisation an English title is about: "Organization of Shaoxing Human Resources and Social Security Bureau", "Functions of the Ministry of X"; or null. */
export function englishOrganisationTitle(text: string): string | null {
  const m = /^(?:The\s+)?(?:Organi[sz]ation(?:al\s+Structure)?|Structure|Organi[sz]ation\s+and\s+Functions|Functions)\s+of\s+(?:the\s+)?(.{3,90})$/iu.exec(text.trim());
  return m === null ? null : englishUnitName(m[1], false);
}

/**
 * The organisation and the unit a title names one after the other, split by a
 * space ("康桥集团 销售经理 岗位说明书", "户县妇幼保健院 _科护士长…责任书"): the
 * organisation, or null.
 */
export function titleOwnerOf(titleKey: string, lexicon: ParseLexicon): string | null {
  return spacedOwnerOf(titleKey, lexicon) ?? leadingOrganisationOf(titleKey, lexicon);
}

/** A name that ends like a whole organisation's, not a unit's inside one (公司, 医院, 局, 委员会, 中心 …). */
export const ORGANISATION_LEVEL = /(?:公司|集团|医院|大学|学院|学校|政府|银行|保健院|研究院|研究所|局|厅|委员会|委|办公室|政协|法院|检察院|中心)$/u;

/**
 * The organisation a title opens with when the title is about something it does
 * ("上海市财政局政务公开工作规定", "苏州市人民政府办公室关于调整处室职能的通知"),
 * or null when the title names a unit's duties ("医院办公室职责").
 */
function leadingOrganisationOf(titleKey: string, lexicon: ParseLexicon): string | null {
  const key = titleKey.replace(/\s+/gu, '').replace(/^(?:\d{4}年?|关于)+/u, '');
  if (unitNameOfTitle(key, lexicon) !== null) return null;
  for (let end = Math.min(key.length - 2, lexicon.maxNameLength); end >= 3; end--) {
    const name = key.slice(0, end);
    if (ORGANISATION_LEVEL.test(name) && isUnitName(name, lexicon)) return name;
  }
  return null;
}

/** "康桥集团 销售经理 岗位说明书": an organisation and a space before the unit the title names. */
function spacedOwnerOf(titleKey: string, lexicon: ParseLexicon): string | null {
  const [first, ...rest] = titleKey.trim().split(/[\s_]+/u);
  if (rest.length === 0 || !isUnitName(first, lexicon) || !/公司|集团|医院|学校|学院|大学|银行|政府|保健院|中心$/u.test(first)) return null;
  return unitNameOfTitle(rest.join(''), lexicon) !== null ? first : null;
}

/**
 * The unit a document title names, if any: "市场部岗位职责 说明书" → 市场部,
 * "岗位职责市场部功能职责说明" → 市场部, "市場部工作職責及核心業務流程" → 市场部.
 * Used when a document lists duties before (or without) any unit heading.
 */
export function unitNameOfTitle(titleKey: string, lexicon: ParseLexicon): string | null {
  const key = titleKey.replace(/\s+/gu, '').replace(lexicon.titlePrefix, '');
  // A title that is only a name ("阜新市生态环境局高新技术产业开发区分局") names that unit.
  if (isUnitName(key, lexicon)) return key;
  for (let end = 2; end <= Math.min(key.length, lexicon.maxNameLength); end++) {
    const name = key.slice(0, end);
    if (!isUnitName(name, lexicon)) continue;
    const suffix = lexicon.headingSuffix.exec(key.slice(end + (bracketAfterName(key, end)?.length ?? 0)));
    if (suffix && suffix[0].trim().length > 0) return name;
  }
  return null;
}

const ENGLISH_NOUNS =
  'Departments?|Departmemt|Dept\\.?|Divisions?|Directorate|Ministry|Offices?|Teams?|Sections?|Units?|Bureau|Branch|Registry|Secretariat|Services?|Centre|Center|Agency|Commission|Authority|Board|Council|Faculty|School|Institute|Library|Manager|Director|Officer|Specialist|Analyst|Coordinator|Assistant|Engineer|Lead|Head|Librarian|Registrar|Accountant|Cashier|Clerk|Secretary';
const ENGLISH_ENDING = new RegExp(`^[A-Z][A-Za-z&,'/\\- ]{0,70}?\\b(?:${ENGLISH_NOUNS})$`, 'u');
const ENGLISH_LEADING = new RegExp(`^(?:${ENGLISH_NOUNS}) (?:of|for) (?:the )?[A-Z][A-Za-z&,'/\\- ]{2,80}$`, 'u');
const ENGLISH_SMALL = /^(?:and|of|the|for|&|on|in|to|with|at|a|an)$/u;
const ENGLISH_NOUN = new RegExp(`^(?:${ENGLISH_NOUNS})$`, 'u');

/**
 * The English unit a line names, or null: a Title Case or ALL CAPS name of a few
 * words that ends with an org noun ("2. Planning Division", "HUMAN RESOURCE SECTION",
 * "Account/Records Unit") or starts with one ("Directorate of County Administration").
 */
export function englishUnitName(line: string, strictCase = true): string | null {
  const trimmed = line.trim();
  const item = /^(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}|[A-H])[.)]\s+|[•·●▪■◆▸►*–]\s*)/u.exec(trimmed);
  const text = trimmed
    .slice(item?.[0].length ?? 0)
    .replace(/\s*[:：]$/u, '')
    .replace(/^The\s+/iu, '')
    // A bracketed second name ("Division of personnel (department of retired officials)") is no part of the name;
    // a bracketed list ("(e.g recruitment, training …)") says what an activity covers.
    .replace(/\s*\((?!e\.?g\b|i\.?e\b)[^(),;]{1,60}\)$/u, '');
  if (text.length < 3 || text.length > 90 || /[.;!?]$/u.test(text)) return null;
  const words = text.split(/\s+/u);
  // A list item that is one unit noun ("• Office") names that unit.
  if (item !== null && words.length === 1 && ENGLISH_NOUN.test(text)) return text;
  const lower = words.filter((w) => !ENGLISH_SMALL.test(w) && !/^[A-Z0-9&(/]/u.test(w)).length;
  // "Division of organization and personnel": a unit noun and "of" open the name, the rest in sentence case.
  const leading = words.length <= 8 && SENTENCE_CASE_LEADING.test(text);
  if (words.length > 12 || !/^[A-Z]/u.test(words[0]) || (lower > (strictCase ? 0 : 2) && !leading)) return null;
  const folded = text === text.toUpperCase() ? text.toLowerCase().replace(/\b[a-z]/gu, (c) => c.toUpperCase()).replace(/\b(And|Of|The|For)\b/gu, (w) => w.toLowerCase()) : text;
  return ENGLISH_ENDING.test(folded) || ENGLISH_LEADING.test(folded) || leading ? text : null;
}

/** A unit noun, of, and words without a verb of a sentence (is, are, will, shall …): a name in sentence case. */
const SENTENCE_CASE_LEADING = new RegExp(`^(?:Department|Division|Directorate|Office|Section|Unit|Bureau|Branch) of (?!.*\\b(?:is|are|was|were|will|shall|has|have|be|to)\\b)[a-z][a-z&,'/\\- ]{2,80}$`, 'u');

/**
 * An English title without a unit noun ("Finance and Administration") that
 * names a unit all the same: a short Title-Case line whose text then speaks of
 * "the Department", "this division" or "this unit". Null otherwise.
 */
export function englishTitleUnit(title: string, body: readonly string[]): string | null {
  const text = title.trim().replace(/\s*[:：]$/u, '');
  const words = text.split(/\s+/u);
  if (text.length < 3 || text.length > 60 || words.length > 8 || /[.;!?]$/u.test(text)) return null;
  if (!words.every((w) => /^[A-Z]/u.test(w) || ENGLISH_SMALL.test(w)) || /\p{Script=Han}/u.test(text)) return null;
  const refers = /\b(?:[Tt]he|[Tt]his|[Oo]ur)\s+(?:[Dd]epartment|[Dd]ivision|[Dd]irectorate|Unit|Section|Branch|Office|Team)\b(?!\s+of\b)/u;
  return body.slice(0, 8).some((p) => refers.test(p)) ? text : null;
}

/** The English unit a file is named after ("Finance Office.docx", "finance-office.txt" → Finance Office), or null. */
export function englishUnitOfFileName(stem: string): string | null {
  const words = stem.replace(/[-_]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (!/[A-Za-z]/u.test(words) || /\p{Script=Han}/u.test(words)) return null;
  return englishUnitName(words.replace(/\b[a-z]/gu, (c) => c.toUpperCase()));
}

/**
 * The English unit a paragraph opens with as its subject ("The Administration
 * Department is one of…", "The Records Unit handles…"), or null.
 */
export function englishSubjectOf(key: string): string | null {
  // A bracketed second name is no part of the subject: "The office (with the brand of X office) is responsible for…";
  // nor a comma before the verb ("The Management Accounting Office, is responsible for…").
  const m = /^(?:The\s+)?(.{3,90}?)(?:\s*\([^()]{1,90}\))?\s*,?\s+(is|was|serves|has|comprises|consists|includes|shall|handles|coordinates|oversees)\b/u.exec(key.trim());
  if (m === null) return null;
  return englishUnitName(m[1], false) ?? lowerCaseUnitName(m[1]) ?? holderOfUnits(m[1], key.trim().slice(m.index + m[0].length - m[2].length));
}

/**
 * A short Title Case line that names a unit without a unit noun, shown to be one by the sentence
 * after it, which opens with the same name and a verb ("Administration" / "Administration
 * coordinates, supervises…"; "Financial, Procurement & Audit" / "Financial, Procurement and Audit
 * department facilitates…"). The name, or null.
 */
export function echoedEnglishHeading(line: string, next: string): string | null {
  const name = line.trim().replace(/[:：]$/u, '').trim();
  const words = name.split(/\s+/u);
  if (name.length < 3 || name.length > 60 || words.length > 7 || /[.;!?]/u.test(name)) return null;
  if (!words.every((w) => /^[A-Z]/u.test(w) || ENGLISH_SMALL.test(w))) return null;
  const fold = (t: string) => t.replace(/\s*&\s*/gu, ' and ').replace(/[,\s]+/gu, ' ').trim().toLowerCase();
  const head = fold(name);
  const sentence = fold(next).replace(/^the /u, '');
  if (!sentence.startsWith(`${head} `)) return null;
  const rest = sentence.slice(head.length + 1).replace(/^(?:department|division|section|unit|office|team|branch) /u, '');
  return /^(?:[a-z]+s|is|are|has|have)\b/u.test(rest) && !/^(?:is|are) (?:a|an|the|one|not)\b/u.test(rest) ? name : null;
}

/** Units a sentence says its subject holds: "comprises the following offices", "has five sections", "consists of three units". */
const HOLDS_UNITS = /^(?:comprises|consists\s+of|includes|has|is\s+made\s+up\s+of)\s+(?:the\s+following|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several)|the)\s+(?:[a-z]+\s+)?(?:offices|units|sections|divisions|departments|branches|teams|directorates|bureaus)\b/iu;

/**
 * A subject in Title Case with no unit noun ("Bursar's Area") that the sentence
 * itself shows to be a unit: it holds units of its own. Null otherwise.
 */
function holderOfUnits(subject: string, predicate: string): string | null {
  const words = subject.trim().split(/\s+/u);
  if (words.length > 8 || !HOLDS_UNITS.test(predicate)) return null;
  return words.every((w) => /^[A-Z]/u.test(w) || ENGLISH_SMALL.test(w)) ? subject.trim() : null;
}

/** A unit named in lower case by a translated page ("office", "Political department"): at most three words ending in a unit noun. */
export function lowerCaseUnitName(text: string): string | null {
  const t = text.trim();
  return /^(?:[A-Za-z]+\s+){0,2}(?:office|department|division|section|unit|bureau|team)$/u.test(t) ? t : null;
}

const POST_TITLE_END = /^(?:岗位|职位|岗)?(?:说明书|职务说明书|工作说明书|职责|工作职责|岗位职责|描述)/u;

/**
 * The department a post's title names before the post, when the form itself has no 所属部门
 * ("运输部内贸业务员岗位说明书" for the post 业务员 → 运输部, "设备部电工岗位职责" → 设备部): the
 * shortest unit name the title opens with that is not a post, followed by at most a few words that
 * qualify the post (内贸), then the post and a description ending. Null when the title says no unit.
 */
export function departmentOfPostTitle(title: string, post: string, lexicon: ParseLexicon): string | null {
  const key = title.replace(/\s+/gu, '').replace(/^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]/u, '');
  const at = key.indexOf(post);
  if (at < 2 || !POST_TITLE_END.test(key.slice(at + post.length))) return null;
  const before = key.slice(0, at);
  for (let end = 2; end <= before.length; end++) {
    const name = before.slice(0, end);
    if (before.length - end <= 6 && isUnitName(name, lexicon) && !isPositionName(name)) return name;
  }
  return null;
}

// Not 政府: "XX人民政府办公室" is one unit, named so.
/** Endings of an organisation that holds units of its own (a company, a hospital, a university, a bank). */
export const OWNER_ENDING = /(?:公司|集团|医院|大学|学院|学校|银行|保健院|研究院|研究所)$/u;

/**
 * A name that glues its organisation to the unit ("山西省眼科医院护理部", "软件公司市场部"):
 * the organisation and the unit, or null when the name is one unit.
 */
export function ownerOfName(name: string, lexicon: ParseLexicon): { owner: string; name: string } | null {
  for (let k = 4; k <= name.length - 2; k++) {
    const owner = name.slice(0, k);
    const rest = name.slice(k);
    if (OWNER_ENDING.test(owner) && isUnitName(owner, lexicon) && isUnitName(rest, lexicon) && !OWNER_ENDING.test(rest)) return { owner, name: rest };
  }
  return null;
}
