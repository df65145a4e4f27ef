import type { TextLine } from '../ingest/types.ts';
import { normalizeText } from '../text/normalize.ts';
import { tagZh, type TaggedWord } from '../text/segment-zh.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { isUnitName } from './event-names.ts';
import { ORGANISATION_LEVEL } from './units.ts';

/**
 * Whom a notice is about, read from its headline and lead: the organisation
 * that reorganises ("腾讯今日宣布调整内部构架", "黄龙县人口小县机构改革于…完成",
 * "毕节市第一人民医院新建重组部分科室") and the unit it announces ("镇江市自然资源和
 * 规划局成立", "市疾病预防控制中心重新组建挂牌成立"). A news item or a 方案 names
 * them in running text, not as headings, so the outline reader never sees them.
 */
export interface NoticeSubject {
  name: string;
  /** `organisation`: the one that reorganises; `announced`: the unit whose creation the notice reports. */
  role: 'organisation' | 'announced';
  line: number;
}

/** How many non-blank lines count as the headline and lead. */
const LEAD_LINES = 6;

/** Verbs an organisation acts with when it announces its own change. */
const ACTOR_VERBS = new Set(['宣布', '决定', '下发', '印发', '召开', '举行', '完成', '施行', '实施', '启动', '公布']);
/** Words that show the act is a reorganisation. */
const REORGANISATION = /调整|撤销|撤并|成立|组建|重组|拆分|合并|架构|机构改革|新建|整合|设立|改革/u;
/** Words that name what is reorganised (机构改革, 组织架构调整) with the organisation before them. */
const REFORM_ANCHOR = /^(?:机构改革|机构调整|组织架构|内部架构|组织机构调整|架构调整|组织调整)/u;
/** Words between an organisation and its 机构改革 that are not part of its name. */
const MODIFIERS = new Set(['新一轮', '本轮', '此次', '这次', '政府', '党政', '人口', '小', '县', '县乡', '乡镇', '小县', '新', '的', '全面', '深化', '进一步']);
/** Verbs a headline writes right after an organisation that changes its own units. */
const TITLE_VERBS = /^(?:新建|重组|撤销|调整|合并|整合|优化|组建|拆分)/u;
/** Phrases after the name of a unit whose creation is announced. */
// "学院成立的必要性": 成立 as a noun announces nothing.
const ANNOUNCED = /^(?:重新组建)?(?:正式)?(?:挂牌)?成立(?!的)/u;
/** An organisation's name at a sentence start, then the reason, the time or the means of what it does. */
const OPENING_ACTOR = /^(\p{Script=Han}{3,24}?)(?=因应|为了|根据|依据|按照|今年|今天|今日|今[(（]|日前|近日|近期|于\d|在\p{Script=Han}{0,8}(?:会议|会上)|召开|印发|通过)/u;
/** A place: the organisation of a 机构改革 may be a county, a city, a district. */
const PLACE = /(?:省|市|县|区|州|旗|盟|镇|乡)$/u;

/** A sentence that opens with a list label: 6、 (三) 2. 一、 */
const LIST_ITEM = /^\s*(?:\d{1,2}\s*[、.．)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）])/u;

/** An org noun, then whitespace, then a Han character. */
const NAME_THEN_SPACE = (lexicon: EventLexicon) => new RegExp(`(${lexicon.orgNouns.join('|')})[ \\t\u3000]+(?=\\p{Script=Han})`, 'gu');

/** The lead's sentences: headline and first lines, folded to Simplified, without cited titles (《…》) and 以下简称 notes. */
function leadSentences(lines: readonly TextLine[], lexicon: EventLexicon): { text: string; line: number; first: boolean }[] {
  const lead = lines.filter((l) => (l.text ?? '').trim().length > 0).slice(0, LEAD_LINES);
  return lead.flatMap((l, k) =>
    normalizeText((l.text ?? '').trim())
      .replace(/《[^》]*》/gu, '《》')
      .replace(/\((?:以下简称|下称|简称)[^)]*\)/gu, '')
      // Pinyin a mirror site put after characters (醫(yī)院).
      .replace(/\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/gu, '')
      .split(/[。!?！？]/u)
      // An item of a numbered list ("6、项目组成立后,…") is a rule or a duty, not the lead of a notice.
      .filter((s) => s.trim().length > 0 && !LIST_ITEM.test(s))
      // Whitespace goes, so that word offsets and the text agree (the tagger drops it); Chinese names hold none.
      // A space after a unit's name parts two names ("X厅 Y局挂牌成立"): it becomes a 、, which no name runs across.
      .map((text, i) => ({ text: text.replace(NAME_THEN_SPACE(lexicon), '$1、').replace(/\s+/gu, ''), line: l.line, first: k === 0 && i === 0 })),
  );
}

/** Time words and adverbs between an organisation and its verb (腾讯今日宣布). */
const isTimeOrAdverb = (w: TaggedWord) => w.tag === 't' || w.tag === 'd' || w.tag === 'ad' || TIME_PHRASES.has(w.word);
/** Time phrases the tagger reads as idioms (即日起/l). */
const TIME_PHRASES: ReadonlySet<string> = new Set(['即日起', '自即日起', '日前', '近日', '今起', '对外', '正式', '昨天', '今天', '昨日']);
/** Words between an announced unit's name and 成立 that are not part of the name. */
const ANNOUNCED_BEFORE: ReadonlySet<string> = new Set(['正式', '新组建', '重新']);

/** Word tags that end a name when read backwards: prepositions, particles, adverbs, pronouns, time words, punctuation. */
const NAME_STOP = /^(?:p|uj|ul|uz|ug|ud|uv|u|d|ad|r|t|y|e|o)$/u;
/** Verbs that link a name to what it is (X是深圳市机构改革组建的新部门): a name never runs across them. */
const COPULA: ReadonlySet<string> = new Set(['是', '为', '系', '即']);
/** Word tags a name cannot start with: a verb, a conjunction (…和规划局), a numeral alone. */
const NOT_NAME_START = /^(?:v|vn|c|m|f|a)$/u;

/**
 * The names the words just before `end` can spell, longest first: a run of
 * words back to a particle, an adverb, punctuation or a digit, and each of its
 * tails that starts at a word boundary with a word that can open a name and
 * does not end in a numeral (两局). The caller keeps the first it accepts:
 * word tags alone cannot say where a name begins (预防 is a verb inside 疾病预防控制中心).
 */
function namesBefore(words: readonly TaggedWord[], end: number, skip: (word: TaggedWord) => boolean): string[] {
  let k = end - 1;
  while (k >= 0 && skip(words[k])) k--;
  const last = k;
  if (last < 0 || words[last].tag === 'm') return [];
  let first = last + 1;
  while (first - 1 >= 0 && /^\p{Script=Han}+$/u.test(words[first - 1].word) && !NAME_STOP.test(words[first - 1].tag) && !COPULA.has(words[first - 1].word)) first--;
  const out: string[] = [];
  for (let start = first; start <= last; start++) {
    if (NOT_NAME_START.test(words[start].tag) && start > first) continue;
    if (/^(?:v|vn|c)$/u.test(words[start].tag) || skip(words[start]) || MODIFIERS.has(words[start].word)) continue;
    out.push(words.slice(start, last + 1).map((w) => w.word).join(''));
  }
  return out;
}

/** Generic names every notice uses for the levels of government (区委, 县政府): no organisation of their own. */
const GENERIC = /^(?:[省市县区州乡镇]|党|中央|国务院)?(?:委|政府|人民政府|委员会|政协|人大)$/u;

/** Whether a phrase can be an organisation acting on itself: a place, an organisation-level name, or a proper noun (腾讯). */
function isActor(name: string, words: readonly TaggedWord[], lexicon: EventLexicon, acts: boolean): boolean {
  if (name.length < 2 || name.length > 24 || !isOneName(name) || GENERIC.test(name)) return false;
  if (name.length === 2) return words.some((w) => w.word === name && /^(?:nz|nt|nr|nrt)$/u.test(w.tag));
  // Without a verb of its own (宣布, 决定), a proper name must hold a place or a proper noun (阎良区, 中国, 上海交通大学):
  // 股份制银行 names a kind of bank.
  if (!acts && !words.some((w) => name.includes(w.word) && w.word.length >= 2 && (/^(?:ns|nr|nrt|nt|nz)$/u.test(w.tag) || PLACE.test(w.word)))) return false;
  if (PLACE.test(name) || ORGANISATION_LEVEL.test(name) || /集团$/u.test(name)) return true;
  return isUnitName(name, lexicon) || (name.length <= 6 && words.some((w) => w.word === name && /^(?:nz|nt)$/u.test(w.tag)));
}

/** Whether a phrase can be a unit whose creation is announced. */
function isAnnounced(name: string, lexicon: EventLexicon): boolean {
  if (lexicon.notInNames.some((w) => name.includes(w))) return false;
  return name.length >= 3 && !GENERIC.test(name) && isOneName(name) && (isUnitName(name, lexicon) || ORGANISATION_LEVEL.test(name));
}

/** Not a phrase about names: no 的, no count (六条新学院, 两局), not a list of whole organisations (南京大学和上海交通大学). */
function isOneName(name: string): boolean {
  if (/[的个条]/u.test(name) || /^[一二三四五六七八九十两0-9]/u.test(name)) return false;
  const parts = name.split(/[和与及、]/u);
  return parts.length < 2 || !parts.every((p) => ORGANISATION_LEVEL.test(p) || PLACE.test(p));
}

/** The subjects one sentence of the lead names. */
function subjectsOf(sentence: { text: string; line: number; first: boolean }, lexicon: EventLexicon): NoticeSubject[] {
  const words = tagZh(sentence.text);
  const found: NoticeSubject[] = [];
  let at = 0;
  for (let k = 0; k < words.length; k++) {
    const rest = sentence.text.slice(at);
    at += words[k].word.length;
    const push = (names: string[], ok: (n: string) => boolean, role: NoticeSubject['role']) => {
      const name = names.find(ok);
      if (name !== undefined) found.push({ name, role, line: sentence.line });
    };
    if (ACTOR_VERBS.has(words[k].word) && REORGANISATION.test(sentence.text.slice(at))) push(namesBefore(words, k, isTimeOrAdverb), (n) => isActor(n, words, lexicon, true), 'organisation');
    if (REFORM_ANCHOR.test(rest)) push(namesBefore(words, k, (w) => MODIFIERS.has(w.word)), (n) => (PLACE.test(n) || ORGANISATION_LEVEL.test(n)) && isActor(n, words, lexicon, false), 'organisation');
    if (ANNOUNCED.test(rest)) {
      // "X厅、Y局挂牌成立": every unit of a list before 成立 is announced.
      const list = (sentence.text.slice(0, at - words[k].word.length).split(/[,，;；:：】]/u).pop() ?? '').split('、');
      const names = list.map((n) => n.replace(/^(?:正式|新组建的|重新组建的)/u, ''));
      if (names.length > 1 && names.every((n) => isAnnounced(n, lexicon))) for (const name of names) found.push({ name, role: 'announced', line: sentence.line });
      else push(namesBefore(words, k, (w) => ANNOUNCED_BEFORE.has(w.word)), (n) => isAnnounced(n, lexicon), 'announced');
    }
  }
  // "在阿里巴巴集团之下,设立A、B等六大业务集团": the organisation the new units are set up under.
  for (const m of sentence.text.matchAll(/在(\p{Script=Han}{2,20}?)(?:之下|下面|旗下)[,，]?(?:设立|成立|组建|新设|下设|设置)/gu)) {
    if ((ORGANISATION_LEVEL.test(m[1]) || PLACE.test(m[1])) && isOneName(m[1]) && !GENERIC.test(m[1])) found.push({ name: m[1], role: 'organisation', line: sentence.line });
  }
  // "记者从西南民族大学获悉,该校…": the organisation a news item has its facts from is the one it is about.
  for (const m of sentence.text.matchAll(/从(\p{Script=Han}{3,20}?)(?:获悉|了解到|得知)/gu)) {
    if (ORGANISATION_LEVEL.test(m[1]) && isOneName(m[1]) && !GENERIC.test(m[1])) found.push({ name: m[1], role: 'organisation', line: sentence.line });
  }
  // "为X揭牌", "…正式更名为X": the unit the ceremony or the new name is for.
  for (const m of sentence.text.matchAll(/(?:为|給|给)([^为,,。;；]{3,30}?)(?:揭牌|授牌)|(?:更名|合并)为[“"「]?([^”"」,,。;；()(]{3,30})/gu)) {
    const name = m[1] ?? m[2];
    if (isAnnounced(name, lexicon)) found.push({ name, role: 'announced', line: sentence.line });
  }
  // "宜蘭縣政府因應…,今(16日)縣務會議通過組織調整草案,將裁撤…": a lead sentence that opens with an organisation,
  // then how or when it acts, and goes on to reorganise.
  const opens = OPENING_ACTOR.exec(sentence.text);
  if (opens && REORGANISATION.test(sentence.text.slice(opens[1].length)) && ORGANISATION_LEVEL.test(opens[1]) && isActor(opens[1], words, lexicon, true)) {
    found.push({ name: opens[1], role: 'organisation', line: sentence.line });
  }
  // A headline that opens with an organisation and a change to its units ("毕节市第一人民医院新建重组部分科室").
  if (sentence.first) {
    const m = /^(\p{Script=Han}{2,24}?)(?=新建|重组|撤销|调整|合并|整合|优化|组建|拆分)/u.exec(sentence.text);
    if (m && TITLE_VERBS.test(sentence.text.slice(m[1].length)) && (ORGANISATION_LEVEL.test(m[1]) || PLACE.test(m[1]))) found.push({ name: m[1], role: 'organisation', line: sentence.line });
  }
  return found;
}

/** The organisation a notice's lead says reorganises and the units it announces, first mention first, each name once. */
export function noticeSubjects(lines: readonly TextLine[], lexicon: EventLexicon): NoticeSubject[] {
  const seen = new Set<string>();
  const out: NoticeSubject[] = [];
  for (const sentence of leadSentences(lines, lexicon)) {
    if (!/\p{Script=Han}/u.test(sentence.text)) continue;
    for (const s of subjectsOf(sentence, lexicon)) {
      if (seen.has(s.name)) continue;
      seen.add(s.name);
      out.push(s);
    }
  }
  return out;
}
