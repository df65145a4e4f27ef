import type { ChangeEventKind } from '../model.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { cleanName, countedList, isUnitName, nameEnd, splitItems, splitNames, unitNamesOf } from './event-names.ts';
import { clauseEnd, clauseStart, cut, isClauseBreak, type Reading } from './event-reading.ts';
import { normalizeText } from '../text/normalize.ts';

/**
 * The grammar of change events: one small pattern per way a notice says a
 * change, each a function from a sentence's reading to the events it states.
 * Names are cut from the written sentence (cut), so they read as written.
 */

/** An event as a pattern finds it in one sentence. */
export interface FoundEvent {
  kind: ChangeEventKind;
  from: string | string[] | null;
  to: string | null;
  text: string | null;
  /** Where in the sentence the pattern matched, to keep the sentence's order. */
  at: number;
}

/** A pattern of the grammar. */
export type EventPattern = (r: Reading, lexicon: EventLexicon) => FoundEvent[];

/** Each occurrence of any of the words (longest first at a position), as [index, word]. */
function occurrences(text: string, words: readonly string[]): [number, string][] {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const out: [number, string][] = [];
  for (let i = 0; i < text.length; i++) {
    const w = sorted.find((v) => text.startsWith(v, i));
    if (w !== undefined) {
      out.push([i, w]);
      i += w.length - 1;
    }
  }
  return out;
}

const hasAny = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));

/**
 * Whether a clause holds a duty verb (负责, 监督 …) as a verb, not as part of a
 * unit name: 监督 in 市场和质量监督管理局 has name characters before it and an org
 * noun a few characters after, so "A市场和质量监督管理局更名为B" stays a rename.
 */
function hasDutyVerb(text: string, lexicon: EventLexicon): boolean {
  const han = (c: string | undefined) => c !== undefined && c !== '的' && /\p{Script=Han}/u.test(c);
  const insideName = (k: number, length: number) => {
    if (!han(text[k - 1])) return false;
    const after = [...text.slice(k + length, k + length + 5)];
    const run = after.slice(0, Math.max(0, after.findIndex((c) => !han(c)) < 0 ? after.length : after.findIndex((c) => !han(c)))).join('');
    return [...run].some((_, j) => lexicon.orgNouns.some((n) => run.slice(0, j + 1).endsWith(n)));
  };
  return lexicon.dutyVerbs.some((w) => {
    for (let k = text.indexOf(w); k >= 0; k = text.indexOf(w, k + 1)) if (!insideName(k, w.length)) return true;
    return false;
  });
}

/** The unit name written at [start, ...) up to `end`, cleaned; null when there is none. */
function nameAt(r: Reading, start: number, end: number, lexicon: EventLexicon): { name: string; end: number } | null {
  const k = nameEnd(r.text, start, end, lexicon);
  if (k < 0) return null;
  const name = cleanName(cut(r, start, k), lexicon);
  return isUnitName(name, lexicon) ? { name, end: k } : null;
}

/** Where a bracketed note after a new name starts (X更名为Y(加挂Z牌子)): the note names a sign, not a second new name; else `end`. */
function noteStart(text: string, start: number, end: number): number {
  const m = /[((](?:加挂|挂|对外保留|保留|简称|以下简称)/u.exec(text.slice(start, end));
  return m === null ? end : start + m.index;
}

/** The names of a list written in [start, end), each a unit name; empty when any is not. */
function namesIn(r: Reading, start: number, end: number, lexicon: EventLexicon): string[] {
  const text = cut(r, start, end);
  const names = splitNames(text, lexicon);
  return names.length > 0 && unitNamesOf(text, lexicon).length === names.length ? names : [];
}

/** The names of the comma clauses after `end` that are nothing but names (组建A、B,C、D。): a list that runs on. */
function namesAfter(r: Reading, end: number, lexicon: EventLexicon): string[] {
  const out: string[] = [];
  for (let at = end; at < r.text.length && r.text[at] === ','; ) {
    const next = clauseEnd(r.text, at + 1);
    const names = namesIn(r, at + 1, next, lexicon);
    // Only a clause that starts with a name as written: 由总部直接管理X is a change of its own, and so is 组建X.
    const verbFirst = [...lexicon.createVerbs, ...lexicon.abolishVerbs].some((v) => names[0]?.startsWith(v));
    if (names.length === 0 || verbFirst || !cut(r, at + 1, next).trim().startsWith(names[0])) break;
    out.push(...names);
    at = next;
  }
  return out;
}

/** A function's text without the words around it (涉及…, …等). */
function cleanText(text: string, lexicon: EventLexicon): string {
  let t = text.trim();
  for (const p of lexicon.textPrefixes) if (t.startsWith(p)) t = t.slice(p.length);
  for (const s of lexicon.textSuffixes) if (t.endsWith(s)) t = t.slice(0, -s.length);
  return t.trim();
}

/**
 * Who gives what, in the phrase before a move verb: 科学技术部的X职责 (donor
 * before the first 的), A、B等部门的X (several donors), 科学技术部4名行政编制
 * (donor before a number), or no donor at all. The text is the whole phrase
 * as the notice words the function (科学技术部的X职责); `own` is the part
 * after the donors, which tells a merge's whole duties (的职责等) from a part.
 */
export function donorsAndText(r: Reading, start: number, end: number, lexicon: EventLexicon, glued = false): { donors: string[]; text: string; own: string } {
  const phrase = r.text.slice(start, end);
  const text = cleanText(cut(r, start, end), lexicon);
  const of = phrase.indexOf('的');
  if (of > 0) {
    // A的X, or A承担的X / A负责的X (the donor before the verb of its charge).
    const charge = /(?:承担|负责|管理|主管|代管|行使)$/u.exec(phrase.slice(0, of));
    const donors = namesIn(r, start, start + of, lexicon);
    const charged = donors.length === 0 && charge ? namesIn(r, start, start + charge.index, lexicon) : [];
    if (donors.length + charged.length > 0) return { donors: donors.length > 0 ? donors : charged, text, own: cleanText(cut(r, start + of + 1, end), lexicon) };
  }
  // A、B有关职责 / A相关职能: the donors before the word that points at their work.
  const related = /(?:有关|相关)(?:的)?(?:职责|职能|工作|事项)/u.exec(phrase);
  if (related && related.index > 0) {
    const donors = namesIn(r, start, start + related.index, lexicon);
    if (donors.length > 0) return { donors, text, own: cleanText(cut(r, start + related.index, end), lexicon) };
  }
  const number = /\p{Script=Han}(?=[0-9一二三四五六七八九十]+名)/u.exec(phrase);
  if (number) {
    const donors = namesIn(r, start, start + number.index + 1, lexicon);
    if (donors.length > 0) return { donors, text, own: cleanText(cut(r, start + number.index + 1, end), lexicon) };
  }
  // In a merge's list of contributions (not a single move: 互联网数据中心IDC业务…职能划入B names no donor), a donor may be written without 的.
  const gluedEnd = glued ? gluedDonorEnd(phrase, lexicon) : 0;
  if (gluedEnd > 0) {
    const donors = namesIn(r, start, start + gluedEnd, lexicon);
    if (donors.length > 0) return { donors, text, own: cleanText(cut(r, start + gluedEnd, end), lexicon) };
  }
  // "将品牌推广职能从市场部调整至品牌部": the function, then 从 and its donor.
  const away = /从([^从]{2,30})$/u.exec(phrase);
  if (away) {
    const donors = namesIn(r, start + away.index + 1, end, lexicon);
    if (donors.length > 0) return { donors, text: cleanText(cut(r, start, start + away.index), lexicon), own: cleanText(cut(r, start, start + away.index), lexicon) };
  }
  return { donors: [], text, own: text };
}

/** Org nouns of more than one character, which a longer name ends in (市农业委 → 市农业委员会). */
const LONG_NOUN = (lexicon: EventLexicon) => lexicon.orgNouns.filter((n) => n.length > 1);

/**
 * Where the donors end in a function written without 的 (市发改委组织编制…规划职责,
 * 市环保局、市住建局等相关部门自然保护区…管理职责): the phrase ends in a word
 * for a function, and starts with a list of unit names, each the shortest
 * that reads as one (市水利局 of 市水利局水资源调查), lengthened to a longer org
 * noun just after it (市农业委 → 市农业委员会) and to its bracketed second
 * name (市农业委员会(市林业局)). 0 when there is no such donor.
 */
export function gluedDonorEnd(phrase: string, lexicon: EventLexicon): number {
  if (!/(?:职责|职能|工作|事项)等?$/u.test(phrase)) return 0;
  let at = 0;
  let end = 0;
  for (;;) {
    let k = -1;
    for (let i = at + 2; i <= Math.min(phrase.length - 2, at + 24); i++) {
      if (isUnitName(cleanName(phrase.slice(at, i), lexicon), lexicon)) {
        k = i;
        break;
      }
    }
    if (k < 0) return end;
    const longer = LONG_NOUN(lexicon).flatMap((n) => {
      const j = phrase.indexOf(n, k - n.length + 1);
      return j >= 0 && j + n.length > k && j + n.length <= k + 4 ? [j + n.length] : [];
    });
    if (longer.length > 0) k = Math.max(...longer);
    const alias = /^[(（][^)）]{2,16}[)）]/u.exec(phrase.slice(k));
    if (alias) k += alias[0].length;
    const list = /^(?:、|和|及)/u.exec(phrase.slice(k));
    const partial = /^等(?:相关|有关)?(?:部门|单位|机构)?/u.exec(phrase.slice(k));
    if (list) {
      at = k + list[0].length;
      end = k;
      continue;
    }
    if (partial && partial[0].length > 0) return k + partial[0].length;
    return k;
  }
}

/**
 * X更名为Y, 将X更名为Y, 分局原市场部更名市场经营部; a counted list that
 * changes its kind: 联合、双安2个乡改为建制镇 renames 联合乡 to 联合镇.
 */
export const renamed: EventPattern = (r, lexicon) =>
  occurrences(r.text, lexicon.renameVerbs).flatMap(([i, verb]) => {
    const start = clauseStart(r.text, i);
    if (hasDutyVerb(r.text.slice(start, i), lexicon)) return [];
    const written = cleanName(cut(r, start, i), lexicon);
    // "原阳明大学附设医院昨也随两校合校,改名为「…」": a clause that opens with the verb renames the subject of the clause before.
    const before = written === '' && start > 0 && /[,，]/u.test(r.text[start - 1]) ? (subjectOfClause(r, clauseStart(r.text, start - 1), start - 1, lexicon) ?? '') : written;
    // "前身为西南民族学院,创建于1950年…,2003年4月更名为西南民族大学": the former name the sentence gave before.
    const from = isUnitName(before, lexicon) ? before : (formerNameBefore(r.text, i, lexicon) ?? before);
    // 分为 and 变为 change a unit only when one is written before them (考核结果分为三类 changes none).
    if ((verb === '分为' || verb === '变为') && !isUnitName(from, lexicon)) return [];
    const end = noteStart(r.text, i + verb.length, clauseEnd(r.text, i));
    const targets = namesIn(r, i + verb.length, end, lexicon);
    if (targets.length > 1) return renamedMany(r, start, i, targets, lexicon, SPLIT_VERBS.has(verb)).map((e) => ({ ...e, at: i }));
    const to = nameAt(r, i + verb.length, end, lexicon);
    if (to && (isUnitName(from, lexicon) || isBrandOf(from, to.name))) return [{ kind: 'rename' as const, from, to: to.name, text: null, at: i }];
    return kindChanges(r, start, i, cut(r, i + verb.length, end), lexicon).map((e) => ({ ...e, at: i }));
  });

/** The former name a sentence gives before `at` (前身为X, 原名X, 原称X), or null. */
function formerNameBefore(text: string, at: number, lexicon: EventLexicon): string | null {
  const sentence = text.slice(Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1, at);
  const m = [...sentence.matchAll(/(?:前身为|前身是|原名为?|原称)([^,，。;；、()（）]{2,30})/gu)].pop();
  const name = m === undefined ? '' : cleanName(m[1], lexicon);
  return isUnitName(name, lexicon) ? name : null;
}

/**
 * A rename verb with several new names: A、B升格为C、D renames pairwise; one
 * unit (or its work, X业务) 划分为/改制为 C及D is split into new units, each
 * taking X's work.
 */
function renamedMany(r: Reading, start: number, verbAt: number, targets: string[], lexicon: EventLexicon, splits = false): Omit<FoundEvent, 'at'>[] {
  const sources = namesIn(r, start, verbAt, lexicon);
  if (sources.length === targets.length) return sources.map((from, k) => ({ kind: 'rename' as const, from, to: targets[k], text: null }));
  if (sources.length > 1) return [];
  const creates = targets.map((to) => ({ kind: 'create' as const, from: null, to, text: null }));
  // "…;更名为A、B、C": renamed units whose old names the notice does not write; "…,分拆成A和B": new units.
  if (cut(r, start, verbAt).trim() === '') return splits ? creates : targets.map((to) => ({ kind: 'rename' as const, from: null, to, text: null }));
  // "原战略规划部分为规划部、战略研究和知识信息中心": a unit split into new ones is gone.
  if (splits && sources.length === 1) return [...creates, { kind: 'abolish' as const, from: sources[0], to: null, text: null }];
  const work = /^(.+?)(?:的)?(?:业务|职责|职能)$/u.exec(cleanName(cut(r, start, verbAt), lexicon));
  const donor = work !== null && isUnitName(cleanName(work[1], lexicon), lexicon) ? cleanName(work[1], lexicon) : null;
  if (donor === null) return creates;
  const text = cleanName(cut(r, start, verbAt), lexicon);
  return [...creates, ...targets.map((to) => ({ kind: 'move' as const, from: donor, to, text }))];
}

/** Verbs that split one unit into several new ones (X分为A、B). */
const SPLIT_VERBS: ReadonlySet<string> = new Set(['分为', '划分为', '拆分为', '拆分成', '分拆为', '分拆成', '分设为']);

/**
 * A company's former name renamed to a group of the same brand ("远洋地产更名为远洋集团"):
 * a short proper name that shares its first two characters with the new name.
 */
function isBrandOf(from: string, to: string): boolean {
  return /^\p{Script=Han}{2,10}$/u.test(from) && /(?:集团|公司|控股|股份)$/u.test(to) && from !== to && from.slice(0, 2) === to.slice(0, 2);
}

/** The first unit named in a clause, as its subject (位于宜兰县的原阳明大学附设医院昨也… → 阳明大学附设医院), or null. */
function subjectOfClause(r: Reading, start: number, end: number, lexicon: EventLexicon): string | null {
  const text = cut(r, start, end);
  if (hasDutyVerb(text, lexicon)) return null;
  for (let e = 2; e <= text.length; e++) {
    if (!lexicon.orgNouns.some((n) => text.slice(0, e).endsWith(n))) continue;
    const from = text.lastIndexOf('的', e - 1) + 1;
    if (!isUnitName(cleanName(text.slice(from, e), lexicon), lexicon)) continue;
    // The longest name from there (阳明大学附设医院, not 阳明大学), not running into a list (A局和B局).
    for (let f = Math.min(text.length, from + 40); f > e; f--) {
      const longer = text.slice(from, f);
      if (!/[和与及、]/u.test(longer) && isUnitName(cleanName(longer, lexicon), lexicon)) return cleanName(longer, lexicon);
    }
    return cleanName(text.slice(from, e), lexicon);
  }
  return null;
}

/** The renames of a counted list whose kind changes (A、B2个乡 → 建制镇): each A乡 becomes A镇. */
function kindChanges(r: Reading, start: number, verbAt: number, target: string, lexicon: EventLexicon): Omit<FoundEvent, 'at'>[] {
  const counted = countedList(cleanName(cut(r, start, verbAt), lexicon));
  const noun = /^(?:建制|新的)?(\p{Script=Han}{1,2})$/u.exec(target.trim())?.[1];
  if (counted === null || noun === undefined || noun === counted.noun || !lexicon.orgNouns.includes(noun)) return [];
  const names = namesIn(r, start, verbAt, lexicon);
  if (names.length === 0 || !names.every((n) => n.endsWith(counted.noun))) return [];
  return names.map((from) => ({ kind: 'rename' as const, from, to: from.slice(0, -counted.noun.length) + noun, text: null }));
}

/** A、B被撤销, A和B被撤并: the names before a passive abolish verb go. */
export const abolishedPassive: EventPattern = (r, lexicon) =>
  [...r.text.matchAll(/被(?:撤销|撤并|裁撤|撤消)/gu)].flatMap((m): FoundEvent[] =>
    namesAfterOwner(r, clauseStart(r.text, m.index), m.index, lexicon).map((from) => ({ kind: 'abolish', from, to: null, text: null, at: m.index })),
  );

/** 撤销X、Y, 不再保留X (单设的Y). */
export const abolished: EventPattern = (r, lexicon) =>
  occurrences(r.text, lexicon.abolishVerbs).flatMap(([i, verb]) => {
    if (hasDutyVerb(r.text.slice(clauseStart(r.text, i), i), lexicon)) return [];
    const end = clauseEnd(r.text, i + verb.length);
    // The list runs to the end of the clause, or to the first word that is no name (撤销X,由Y…).
    let names = unitNamesOf(cut(r, i + verb.length, end), lexicon);
    if (names.length > 1) names = [...names, ...namesAfter(r, end, lexicon)];
    // A、B不再保留: the list before the verb, when nothing follows it.
    if (names.length === 0 && cut(r, i + verb.length, end).trim() === '') names = namesIn(r, clauseStart(r.text, i), i, lexicon);
    return names.map((from) => ({ kind: 'abolish' as const, from, to: null, text: null, at: i }));
  });

// "…新学院的成立通知,分别为A、B、C": the clause after a verb that names its units.
const NAMELY = /^,\s*(?:分别为|分别是|依次为|即为|即|包括)[:：]?\s*/u;

/** The names a "namely" clause lists right after `end` (,分别为A、B), with the clauses of names that run on; none without one. */
function namedAfter(r: Reading, end: number, lexicon: EventLexicon): string[] {
  const lead = NAMELY.exec(r.text.slice(end));
  if (!lead) return [];
  const next = clauseEnd(r.text, end + lead[0].length);
  const names = namesIn(r, end + lead[0].length, next, lexicon);
  return names.length === 0 ? [] : [...names, ...namesAfter(r, next, lexicon)];
}

/**
 * 成立X, 组建X、Y等机构, 设立X, 新建X (not 不再设立X); X挂牌成立, X独立建科;
 * 为X、Y等单位揭牌; 新学院的成立通知,分别为X、Y.
 * A unit a merge re-forms under its own name (将A、B的职责整合,重新组建A) is
 * no creation: events.ts drops it.
 */
export const created: EventPattern = (r, lexicon) => {
  const before = occurrences(r.text, lexicon.createVerbs).flatMap(([i, verb]) => {
    const start = clauseStart(r.text, i);
    const lead = r.text.slice(start, i);
    if (lexicon.notCreateBefore.some((w) => lead.endsWith(w)) || hasDutyVerb(lead, lexicon)) return [];
    // 设置 is a noun after a word (岗位设置, 机构设置): a verb only when it opens its clause (设置自治区文物局).
    if (verb === '设置' && i !== start) return [];
    const end = clauseEnd(r.text, i);
    const list = namesIn(r, i + verb.length, end, lexicon);
    if (list.length > 1) return [...list, ...namesAfter(r, end, lexicon)].map((to) => ({ kind: 'create' as const, from: null, to, text: null, at: i }));
    const to = nameAt(r, i + verb.length, end, lexicon);
    if (to) return [{ kind: 'create' as const, from: null, to: to.name, text: null, at: i }];
    const counted = countedNames(r, i + verb.length, end, lexicon);
    if (counted.length > 0) return counted.map((to) => ({ kind: 'create' as const, from: null, to, text: null, at: i }));
    return namedAfter(r, end, lexicon).map((to) => ({ kind: 'create' as const, from: null, to, text: null, at: i }));
  });
  const after = occurrences(r.text, lexicon.createAfter).flatMap(([i]) => {
    // A headline may write two units apart by a space ("X厅 Y局挂牌成立"): each is created.
    const start = clauseStart(r.text, i);
    const spaced = r.written.slice(r.at[start], r.at[i]).trim().split(/[ \t\u3000]+/u).map((n) => cleanName(normalizeText(n), lexicon));
    if (spaced.length > 1 && spaced.every((n) => isUnitName(n, lexicon))) return spaced.map((to) => ({ kind: 'create' as const, from: null, to, text: null, at: i }));
    const to = cleanName(cut(r, start, i), lexicon);
    if (isUnitName(to, lexicon)) return [{ kind: 'create' as const, from: null, to, text: null, at: i }];
    // "标志着X镇“A、B、…N”14个镇政府工作机构正式成立": a quoted list its count vouches for.
    return quotedCounted(cut(r, clauseStart(r.text, i), i), lexicon).map((to) => ({ kind: 'create' as const, from: null, to, text: null, at: i }));
  });
  // "西乡县市场监督管理局成立" (a headline), "…,X成立。", "市政署将于明年元旦设立": a name (and when) and
  // 成立 or 设立 closing the clause; not X成立以来/于.
  const closing = [...r.text.matchAll(/(?:成立|设立)(?=$|[,,。;；!！?？、\s])/gu)].flatMap((m) => {
    if (lexicon.createAfter.some((w) => w.endsWith('成立') && r.text.slice(0, m.index + 2).endsWith(w))) return [];
    const to = cleanName(cut(r, clauseStart(r.text, m.index), m.index).replace(WHEN_BEFORE_VERB, ''), lexicon);
    return isUnitName(to, lexicon) ? [{ kind: 'create' as const, from: null, to, text: null, at: m.index }] : [];
  });
  // "新增的一个厅为组织资讯厅", "另外新增一个市民综合服务处": a new unit counted, then named.
  const added = [...r.text.matchAll(/新(?:增|设|建)(?:的|了)?[一两二三四五六七八九十\d]{1,2}个(?:\p{Script=Han}{1,2}(?:为|是))?/gu)].flatMap((m) => {
    const end = clauseEnd(r.text, m.index + m[0].length);
    const to = nameAt(r, m.index + m[0].length, end, lexicon);
    return to ? [{ kind: 'create' as const, from: null, to: to.name, text: null, at: m.index }] : [];
  });
  // 为A、B等单位揭牌: the plaques of new units are unveiled.
  const unveiled = [...r.text.matchAll(/为([^为,;。]{2,200}?)(?:揭牌|授牌)/gu)].flatMap((m) =>
    namesIn(r, m.index + 1, m.index + 1 + m[1].length, lexicon).map((to) => ({ kind: 'create' as const, from: null, to, text: null, at: m.index })),
  );
  return [...before, ...after, ...closing, ...added, ...unveiled];
};

/** When a unit is set up, written between its name and the verb (将于明年元旦, 明年1月1日起正式, 于2020年). */
const WHEN_BEFORE_VERB = /(?:将于|将|拟于|拟|预计于|预计|计划于|于|在)?(?:[\d一二三四五六七八九十〇零]{1,4}年|今年|明年|年内|年底|年初|[\d一二三四五六七八九十]{1,2}月|[\d一二三四五六七八九十]{1,3}[日号]|元旦|近日|日前|底|初|起|正式|即将)+$/u;

/**
 * Names a count vouches for (设立A、B、C等3大业务集团和…): items that end in no
 * org noun are units when a closing "等N个/大/家 X" counts exactly them and X is a unit noun.
 */
function countedNames(r: Reading, start: number, end: number, lexicon: EventLexicon): string[] {
  const text = cut(r, start, end);
  const m = /等([0-9]+|[一二三四五六七八九十两]+)(?:个|大|家)(\p{Script=Han}{1,6})/u.exec(text);
  // The counted noun is the longest head of what follows the count that is a unit noun (业务集团 in 业务集团和多家…).
  const noun = m === null ? undefined : [...m[2]].map((_, k) => m[2].slice(0, m[2].length - k)).find((n) => isUnitName(n, lexicon));
  if (m === null || noun === undefined) return [];
  return countedItems(text.slice(0, m.index), m[1], lexicon, (n) => /^[\p{Script=Han}A-Za-z0-9]{2,12}$/u.test(n));
}

/** The names of a quoted list closed by a count of exactly them ("“A、B、C”3个工作机构"), or none. */
function quotedCounted(text: string, lexicon: EventLexicon): string[] {
  const m = /[“"]([^“”"]+)[”"]\s*(?:等)?([0-9]+|[一二三四五六七八九十两]+)\s*(?:个|個)(\p{Script=Han}{1,10})$/u.exec(text);
  return m === null ? [] : countedItems(m[1], m[2], lexicon, (n) => isUnitName(n, lexicon));
}

/** The items of a list joined by 、, when the count written with it is their number and each passes `ok`; else none. */
function countedItems(list: string, numeral: string, lexicon: EventLexicon, ok: (name: string) => boolean): string[] {
  const items = list.split('、').map((n) => cleanName(n, lexicon));
  return items.length === countedList(`${numeral}个机构`)?.count && items.every(ok) ? items : [];
}

/** 启用"X"、"Y"印鉴 (create), 原"X"、"Y"印鉴废止 (abolish): a company notice's seals. */
export const seals: EventPattern = (r, lexicon) => {
  const out: FoundEvent[] = [];
  // 可启用X印章 (may use X's seal) creates nothing.
  for (const m of r.text.matchAll(/(?<!可)启用(.+?)(?:印鉴|印章)/gu)) {
    for (const to of namesIn(r, m.index + 2, m.index + 2 + m[1].length, lexicon)) out.push({ kind: 'create', from: null, to, text: null, at: m.index });
  }
  for (const m of r.text.matchAll(/(?:印鉴|印章)(?:废止|停用|作废)/gu)) {
    const start = clauseStart(r.text, m.index);
    for (const from of namesIn(r, start, m.index, lexicon)) out.push({ kind: 'abolish', from, to: null, text: null, at: m.index });
  }
  return out;
};

/** 将A的X职责划入B, X划入B (no donor named), 将A3名行政编制划入B. */
export const moved: EventPattern = (r, lexicon) =>
  occurrences(r.text, lexicon.moveVerbs).flatMap(([i, verb]) => {
    const start = clauseStart(r.text, i);
    const to = nameAt(r, i + verb.length, clauseEnd(r.text, i), lexicon) ?? referredUnit(r, i + verb.length, lexicon);
    if (!to || i === start) return [];
    // "滴滴将出租车、快车划分到X": the moved work starts after the 将 of its clause, not at the unit that moves it.
    const ba = r.text.lastIndexOf('将', i);
    const from = ba > start && !/[即必终]/u.test(r.text[ba - 1] ?? '') && ba + 1 < i ? ba + 1 : itemsStart(r, start, i, lexicon);
    return movedItems(r, from, i).flatMap(({ at, end }) => {
      const { donors, text } = donorsAndText(r, at, end, lexicon);
      if (text.length === 0) return [];
      return (donors.length > 0 ? donors : [null]).map((from) => ({ kind: 'move' as const, from, to: to.name, text, at }));
    });
  });

/**
 * The unit "这一事业群" / "该中心" points back to: the last unit the sentence created before, of that noun
 * (滴滴成立了品质出行事业群,专车事业部…划归到这一事业群中).
 */
function referredUnit(r: Reading, at: number, lexicon: EventLexicon): { name: string; end: number } | null {
  const m = /^(?:到|至)?(?:这一|这个|该|此)(\p{Script=Han}{1,4}?)(?=中|内|里|$|[,,。;；])/u.exec(r.text.slice(at));
  if (m === null) return null;
  const earlier = created(r, lexicon).filter((e) => e.at < at && e.to !== null && e.to.endsWith(m[1]));
  const last = earlier[earlier.length - 1];
  return last?.to ? { name: last.to, end: at + m[0].length } : null;
}

/**
 * Where the functions moved by a verb start: the clause, or back to the 将
 * that opens a list of them (将A的X职责,B的Y职责划入C), when no other verb of
 * the grammar comes between.
 */
function itemsStart(r: Reading, clause: number, verbAt: number, lexicon: EventLexicon): number {
  const lead = r.text.lastIndexOf('将', clause);
  if (lead < 0 || lead >= clause) return clause;
  const between = r.text.slice(lead + 1, clause);
  const verbs = [...lexicon.moveVerbs, ...lexicon.mergeVerbs, ...lexicon.createVerbs, ...lexicon.abolishVerbs, ...lexicon.renameVerbs];
  return /[。;]/u.test(between) || hasAny(between, verbs) ? clause : lead + 1;
}

/** The items of a list of functions in [start, end): one per clause break (not IDC,ECP) or 以及. */
function movedItems(r: Reading, start: number, end: number): { at: number; end: number }[] {
  const out: { at: number; end: number }[] = [];
  let at = start;
  for (let k = start; k <= end; k++) {
    const stop = k === end || isClauseBreak(r.text, k) || r.text.startsWith('以及', k);
    if (!stop) continue;
    if (k > at) out.push({ at, end: k });
    at = k + (r.text.startsWith('以及', k) ? 2 : 1);
  }
  return out;
}

/**
 * A代管的X改由B代管, (将)原由A承担的X职责交由B承担: X moves from A to B. A charge keeps its verb
 * (代管中国老龄协会); work a unit carried (承担的招商引资职责) is the work alone.
 */
export const handedOver: EventPattern = (r, lexicon) =>
  [...r.text.matchAll(/(代管|主管|管理|承担|负责|履行|行使)的([^,，。;；]{1,40}?)(?:改由|交由|调整由|划由|转由)/gu)].flatMap((m) => {
    const start = clauseStart(r.text, m.index);
    const from = cleanName(cut(r, start, m.index).replace(/^\s*将?原?由/u, ''), lexicon);
    const workAt = m.index + m[1].length + 1;
    const byAt = m.index + m[0].length;
    const to = nameAt(r, byAt, clauseEnd(r.text, byAt), lexicon);
    if (!isUnitName(from, lexicon) || !to || to.name === from) return [];
    const work = cut(r, workAt, workAt + m[2].length);
    return [{ kind: 'move' as const, from, to: to.name, text: /代管|主管|管理/u.test(m[1]) ? `${m[1]}${work}` : work, at: m.index }];
  });

/**
 * 将A、B的职责(等), 以及C的X职责整合, (重新)组建Z: A and B merge into Z
 * (their whole duties), C's X moves to Z.
 */
export const merged: EventPattern = (r, lexicon) =>
  occurrences(r.text, lexicon.mergeVerbs).flatMap(([i, verb]) => {
    // 将A、B的职责整合, or 对A、B职责进行整合 (对 opening its clause): the list runs from there to the verb.
    const dui = r.text.lastIndexOf('对', i);
    const byDui = dui >= 0 && dui === clauseStart(r.text, dui) && r.text.slice(0, i).endsWith('进行') && clauseStart(r.text, i) === dui;
    const lead = byDui ? dui : r.text.lastIndexOf('将', i);
    const form = /^(?:后|之后)?[,,]?(?:重新|新)?(?:组建|组成|设立|为)/u.exec(r.text.slice(i + verb.length));
    if (lead < 0 || !form) return [];
    const listEnd = r.text.slice(lead + 1, i).endsWith('进行') ? i - 2 : i;
    const toStart = i + verb.length + form[0].length;
    const to = nameAt(r, toStart, clauseEnd(r.text, toStart), lexicon) ?? formedSubject(r, lead, toStart, lexicon);
    if (!to) return [];
    // 将A、B、C的机构、职能、人员…等(进行)整合: all the units hold goes, so the units merge whole.
    const holdings = /^(.+?)的((?:(?:机构|职能|职责|人员|编制|资产|财产|资产财产|办公场所|场所|设备|业务)[、和及与]?)+(?:等)?)$/u.exec(r.text.slice(lead + 1, listEnd));
    if (holdings) {
      const units = namesIn(r, lead + 1, lead + 1 + holdings[1].length, lexicon);
      if (units.length > 0) return [{ kind: 'merge', from: units, to: to.name, text: null, at: lead }];
    }
    const whole: string[] = [];
    const out: FoundEvent[] = [];
    let offset = lead + 1;
    let moved: string[] = [];
    for (const item of splitItems(r.text.slice(lead + 1, listEnd)).flatMap((piece) => splitOwnItems(piece, lexicon))) {
      const at = r.text.indexOf(item, offset);
      offset = at + item.length;
      // 将A、B承担的X划入C,其余职能整合,组建Z: the X clause is a move of its own, and the rest of A's and B's duties merge into Z.
      if (hasAny(item, lexicon.moveVerbs)) {
        const verb = occurrences(item, lexicon.moveVerbs)[0][0];
        moved = donorsAndText(r, at, at + verb, lexicon).donors;
        continue;
      }
      if (/^(?:其余|剩余|其他)(?:职能|职责)/u.test(item)) {
        whole.push(...moved);
        continue;
      }
      const { donors, text, own } = donorsAndText(r, at, at + item.length, lexicon, true);
      const names = donors.length > 0 ? donors : namesIn(r, at, at + item.length, lexicon);
      if (donors.length === 0 && names.length > 0) whole.push(...names);
      else if (/^(?:职责|职能|职责和编制|全部职责)?等?$/u.test(own)) whole.push(...donors);
      else for (const from of donors) out.push({ kind: 'move', from, to: to.name, text, at: at });
    }
    if (whole.length > 0) out.unshift({ kind: 'merge', from: whole, to: to.name, text: null, at: lead });
    return out;
  });

/**
 * Z将A的职责、B的X职责整合组建而成: the unit formed is the subject of 将,
 * named before it in its clause, when the verb ends the sentence's naming
 * with 而成 (nothing named after 组建).
 */
function formedSubject(r: Reading, lead: number, after: number, lexicon: EventLexicon): { name: string } | null {
  if (!r.text.startsWith('而成', after)) return null;
  const name = cleanName(cut(r, clauseStart(r.text, lead), lead).replace(SUBJECT_PREFIX, ''), lexicon);
  return isUnitName(name, lexicon) ? { name } : null;
}

/** The names of a list in [start, end), read after its last 的 when one qualifies them (远洋地产的A和B, 此前整合的A、B). */
function namesAfterOwner(r: Reading, start: number, end: number, lexicon: EventLexicon): string[] {
  const names = namesIn(r, start, end, lexicon);
  if (names.length > 0) return names;
  const of = r.text.lastIndexOf('的', end - 1);
  return of >= start ? namesIn(r, of + 1, end, lexicon) : [];
}

/** A与B合并为C, A、B整并为C, A和B合并组建C (no 将): the units named before the verb merge into the one after. */
export const mergedAs: EventPattern = (r, lexicon) =>
  // "A与B合并,组建C": the new unit may follow after a comma.
  [...r.text.matchAll(/(?:合并|整合|整并|归并)(?:[,，]\s*)?(?:成为|为|成|组建为|组建|组成|成立)(?:新的)?/gu)].flatMap((m): FoundEvent[] => {
    const start = clauseStart(r.text, m.index);
    // 将 right before the verb is "will" (A、B将合并成为C); anywhere before, it takes the object (将A与B合并为C, read by merged).
    const modal = r.text.slice(0, m.index).endsWith('将') ? 1 : 0;
    const before = r.text.slice(start, m.index - modal);
    if (before.includes('将') || hasDutyVerb(before, lexicon)) return [];
    const from = namesAfterOwner(r, start, m.index - modal, lexicon);
    const toStart = m.index + m[0].length;
    const to = nameAt(r, toStart, clauseEnd(r.text, toStart), lexicon);
    if (from.length < 2 || !to || from.includes(to.name)) return [];
    return [
      { kind: 'merge', from, to: to.name, text: null, at: m.index },
      { kind: 'create', from: null, to: to.name, text: null, at: m.index },
    ];
  });

/** 由A、B(全面)融合组建而成的Z, 由A和B合并组成Z: A and B merge into Z. */
export const mergedBy: EventPattern = (r, lexicon) =>
  [...r.text.matchAll(/由([^由,;。]+?)(?:全面|整体)?(?:融合|合并|整合)(?:组建|组成|重组)?(?:而成)?(?:的)?/gu)].flatMap((m): FoundEvent[] => {
    const from = namesIn(r, m.index + 1, m.index + 1 + m[1].length, lexicon);
    const toStart = m.index + m[0].length;
    const to = nameAt(r, toStart, clauseEnd(r.text, toStart), lexicon);
    return from.length > 1 && to ? [{ kind: 'merge', from, to: to.name, text: null, at: m.index }] : [];
  });

/** 其职责, 其职能, 其全部职责: the whole work of the unit 其 stands for (events.ts names it, as for a move's 其X职责). */
const OWN_WHOLE = /^其(?:全部|所有)?(?:职责|职能|职责和编制|业务)?(?:等)?(?:一并|整体)?$/u;

/** A并入B, 将A、B(整体)并入C: the units go into another, which takes their whole duties. */
export const absorbed: EventPattern = (r, lexicon) =>
  [...r.text.matchAll(/(?:整体)?(?:并入|併入|归并到|合并到|合并至|合并入)/gu)].flatMap((m): FoundEvent[] => {
    const clause = clauseStart(r.text, m.index);
    const lead = r.text.lastIndexOf('将', m.index);
    const start = lead >= clause ? lead + 1 : clause;
    if (hasDutyVerb(r.text.slice(start, m.index), lexicon)) return [];
    const toStart = m.index + m[0].length;
    const to = nameAt(r, toStart, clauseEnd(r.text, toStart), lexicon);
    // "撤销A,其职责并入B": a merge of the unit 其 stands for, which events.ts infers as for a move's donor.
    const own = cut(r, start, m.index).trim();
    if (OWN_WHOLE.test(own)) return to ? [{ kind: 'merge', from: null, to: to.name, text: own, at: m.index }] : [];
    const from = namesIn(r, start, m.index, lexicon);
    return from.length > 0 && to && !from.includes(to.name) ? [{ kind: 'merge', from, to: to.name, text: null, at: m.index }] : [];
  });

/**
 * 整合A与B, 成立(新的)Z; Z, 整合了A与B(的)(机构)职责: the merged units
 * named after the verb, the new one in the next clause or the one before.
 */
export const mergedList: EventPattern = (r, lexicon) =>
  [...r.text.matchAll(/整合了?/gu)].flatMap((m): FoundEvent[] => {
    const ba = r.text.lastIndexOf('将', m.index);
    if (ba >= 0 && ba >= clauseStart(r.text, m.index)) return [];
    const listStart = m.index + m[0].length;
    const listEnd = clauseEnd(r.text, listStart);
    // 整合了A、B的监督管理职能: the units are the list before 的 and the work they bring.
    const list = cut(r, listStart, listEnd).replace(/的[^、]*$/u, '').replace(/(?:的)?(?:机构)?(?:职责|职能)(?:等)?$/u, '');
    const from = namesIn(r, listStart, listStart + list.length, lexicon);
    if (from.length < 2) return [];
    const next = /^[,,](?:重新)?(?:成立|组建|组成)(?:了)?(?:新的)?/u.exec(r.text.slice(listEnd));
    if (next) {
      const to = nameAt(r, listEnd + next[0].length, clauseEnd(r.text, listEnd + next[0].length), lexicon);
      if (to) return [{ kind: 'merge', from, to: to.name, text: null, at: m.index }];
    }
    const start = clauseStart(r.text, m.index);
    const subject = start > 0 && cut(r, start, m.index).trim() === '' ? clauseStart(r.text, start - 1) : start;
    const before = cleanName(cut(r, subject, start > 0 && subject < start ? start - 1 : m.index).replace(/^(?:重新组建的|新组建的|组建后的)/u, ''), lexicon);
    return isUnitName(before, lexicon) ? [{ kind: 'merge', from, to: before, text: null, at: m.index }] : [];
  });

/** Words before the subject of 整合 that are not part of its name (新组建的X整合…). */
const SUBJECT_PREFIX = /^(?:重新组建的|新组建的|组建后的|新成立的|成立后的|新设立的)/u;

/**
 * B整合A的X职责、C的Y职责(以及Z有关职责): the unit that opens the clause takes
 * each contribution the list names, a move from its donor (or from nobody
 * named). A list of whole bodies or their whole duties (整合A、B的职责) is a
 * merge, read by mergedList.
 */
export const integrated: EventPattern = (r, lexicon) =>
  [...r.text.matchAll(/整合了?/gu)].flatMap((m): FoundEvent[] => {
    const start = clauseStart(r.text, m.index);
    const to = cleanName(cut(r, start, m.index).replace(SUBJECT_PREFIX, ''), lexicon);
    if (!isUnitName(to, lexicon)) return [];
    // The list runs over the clauses that name work (…职责, …职能) and stops at the first that does not (主要承担…).
    const listStart = m.index + m[0].length;
    let listEnd = clauseEnd(r.text, listStart);
    while (listEnd < r.text.length && isClauseBreak(r.text, listEnd) && /职责|职能/u.test(r.text.slice(listEnd + 1, clauseEnd(r.text, listEnd + 1))) && !/^(?:主要|负责|承担|并|同时)/u.test(r.text.slice(listEnd + 1))) {
      listEnd = clauseEnd(r.text, listEnd + 1);
    }
    if (!/职责|职能/u.test(r.text.slice(listStart, listEnd))) return [];
    const items = movedItems(r, listStart, listEnd).map((item) => ({ item, ...donorsAndText(r, item.at, item.end, lexicon) }));
    // Whole duties, or work of several units at once (整合了县工商、质监、食药局的监督管理职能): a merge.
    if (items.some(({ donors }) => donors.length > 1) || items.every(({ own }) => /^(?:的)?(?:机构)?(?:职责|职能)(?:等)?$/u.test(own))) return [];
    return items.flatMap(({ item, donors, text }) => (text.length === 0 ? [] : (donors.length > 0 ? donors : [null]).map((from) => ({ kind: 'move' as const, from, to, text, at: item.at }))));
  });

/**
 * A contribution list joined by 、 (A的职责、B的X职责, AX职责、BY职责): split
 * where the part before is a whole item ("name的…", or ending in 职责) and
 * the part after starts one, so a list of donors (A、B的X职责) stays whole.
 */
function splitOwnItems(piece: string, lexicon: EventLexicon): string[] {
  const parts = piece.split('、');
  const out: string[] = [];
  for (const part of parts) {
    const last = out.length - 1;
    const startsOwn = /^(.+?)的/u.exec(part);
    const before = last >= 0 && (out[last].includes('的') || /(?:职责|职能)$/u.test(out[last]));
    if (before && ((startsOwn !== null && isUnitName(cleanName(startsOwn[1], lexicon), lexicon)) || gluedDonorEnd(part, lexicon) > 0)) out.push(part);
    else if (last >= 0) out[last] += `、${part}`;
    else out.push(part);
  }
  return out;
}

/**
 * …由B(统一)承担/负责/管理: B takes the work on (the clause before names it,
 * or the one before that); 由B直接管理X (the work written after the verb) moves X to B.
 */
export const assigned: EventPattern = (r, lexicon) =>
  [...r.text.matchAll(/(?:交由|改由|由)/gu)].flatMap((m): FoundEvent[] => {
    const byAt = m.index + m[0].length;
    const end = clauseEnd(r.text, byAt);
    const taker = receiverBeforeVerb(r, byAt, end, lexicon);
    const start = clauseStart(r.text, m.index);
    // 负责…规定由B承担的事项 is a duty that names B, not a change.
    if (!taker || hasDutyVerb(r.text.slice(start, m.index), lexicon)) return [];
    const object = cleanText(cut(r, taker.verbEnd, end), lexicon);
    if (object.startsWith('的')) return [];
    if (object.length > 0) return [{ kind: 'move', from: null, to: taker.name, text: cut(r, taker.end, end), at: m.index }];
    let text = cleanText(cut(r, start, m.index).replace(/归口$/u, ''), lexicon);
    if (text.length === 0 && start > 1) text = cleanText(cut(r, clauseStart(r.text, start - 1), start - 1), lexicon);
    // 设置X,由B管理: B manages a unit the notice creates, which is no function of B's.
    if (lexicon.createVerbs.some((v) => text.startsWith(v))) return [];
    return text.length > 0 ? [{ kind: 'assign', from: null, to: taker.name, text, at: m.index }] : [];
  });

/** In 由B(统一)管理…: the first taking verb whose words before it are a unit name, with that name. */
function receiverBeforeVerb(r: Reading, start: number, end: number, lexicon: EventLexicon): { name: string; end: number; verbEnd: number } | null {
  const verbs = /(?:直接|统一|具体)?(?:统一管理|承担|负责|管理|代管)/gu;
  verbs.lastIndex = start;
  for (let m = verbs.exec(r.text); m !== null && m.index < end; m = verbs.exec(r.text)) {
    const name = cleanName(cut(r, start, m.index), lexicon);
    if (isUnitName(name, lexicon)) return { name, end: m.index, verbEnd: m.index + m[0].length };
    verbs.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * X(中)增加(了)Y等工作: a unit is given more work (公司董事会办公室中增加了市值管理、投资者关系等工作),
 * a move to X from nobody named. The work must be written as work (…工作, 职责, 职能, 业务).
 */
export const added: EventPattern = (r, lexicon) =>
  [...r.text.matchAll(/增加了?|新增了/gu)].flatMap((m): FoundEvent[] => {
    const start = clauseStart(r.text, m.index);
    // "外循环与基础产品业务部,新增了…职责": the unit may stand alone in the clause before.
    const own = cut(r, start, m.index).trim();
    const subject = own === '' && start > 1 ? cut(r, clauseStart(r.text, start - 1), start - 1) : own;
    const to = cleanName(subject.replace(/(?:中|内|里)$/u, '').replace(/^(?:此外|另外|同时)[,,]?/u, ''), lexicon);
    if (!isUnitName(to, lexicon)) return [];
    const end = clauseEnd(r.text, m.index);
    const text = cut(r, m.index + m[0].length, end);
    return /(?:工作|职责|职能|业务)$/u.test(text) && text.length >= 4 ? [{ kind: 'move', from: null, to, text, at: m.index }] : [];
  });

/** 在A的X职责基础上(,)(重新)组建B: B is formed on A's work, which moves to it. */
export const builtOn: EventPattern = (r, lexicon) =>
  [...r.text.matchAll(/在(.+?)(?:的)?基础上[,,]?(?:重新|新)?(?:组建|成立|设立)/gu)].flatMap((m): FoundEvent[] => {
    const toStart = m.index + m[0].length;
    const to = nameAt(r, toStart, clauseEnd(r.text, toStart), lexicon);
    if (!to) return [];
    const start = m.index + 1;
    const { donors, text } = donorsAndText(r, start, start + m[1].length, lexicon);
    if (donors.length === 0 || text.length === 0) return [];
    return donors.map((from) => ({ kind: 'move' as const, from, to: to.name, text, at: m.index }));
  });

/** The grammar, in the order its patterns are tried; an assign is kept only where no move covers the clause. */
export const EVENT_PATTERNS: readonly EventPattern[] = [renamed, abolished, abolishedPassive, created, seals, merged, mergedAs, mergedBy, mergedList, integrated, builtOn, absorbed, moved, handedOver, added, assigned];
