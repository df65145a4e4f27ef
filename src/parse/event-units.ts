import type { ChangeEvent, Duty, Unit } from '../model.ts';
import { normalizeText } from '../text/normalize.ts';
import { hasPlaceBefore } from '../text/unit-names.ts';
import { dutyId, uniqueIds, unitId } from '../util/ids.ts';
import { collaboratorLinks, trimDutyText } from './duties.ts';
import type { TextLine } from '../ingest/types.ts';
import { DEFAULT_EVENT_LEXICON } from './event-lexicon.ts';
import { noticeSubjects } from './notice-subject.ts';
import { cleanName, isUnitName } from './event-names.ts';
import type { ParsedFile } from './parsed-file.ts';
import { roleOf } from './role.ts';
import { unitKindOf } from './unit-kind.ts';

/**
 * The units and duties a notice's events imply. A notice says who holds what
 * after the change: a function moved to a unit (划入, 承担) is that unit's duty,
 * and a unit created or renamed exists. The text parser reads none of this
 * from "将A的X职责划入B", so the events fill it in: the receiving unit is found
 * by name in the event's document or made, and the moved function becomes its
 * duty unless the unit already has a duty that holds it. The organisation the
 * notice's lead says reorganises, and the unit whose creation it reports, are
 * units too (src/parse/notice-subject.ts), duties or not: they are whom the
 * notice is about. Any other unit only created or renamed stays a mention (no
 * unit without duties). Nothing is removed.
 */
export function withEventUnits(parsed: ParsedFile, lines: readonly TextLine[] = []): ParsedFile {
  const events = parsed.events ?? [];
  if (events.length === 0) return parsed;
  const units = [...parsed.units];
  const duties = [...parsed.duties];
  const unitOf = (documentId: string, name: string, line: number, file: string, kind = unitKindOf(normalizeText(name), 0), parent: Unit | null = null): Unit => {
    const clean = normalizeText(name);
    const found = units.find((u) => u.documentId === documentId && (u.name === clean || u.path[u.path.length - 1] === clean || sameWithPlace(u.name, clean)));
    if (found) return found;
    const path = parent ? [...parent.path, clean] : [clean];
    const made: Unit = {
      id: unitId(documentId, path),
      documentId,
      name: clean,
      kind: parent ? unitKindOf(clean, path.length - 1) : kind,
      parentId: parent?.id ?? null,
      path,
      attributes: {},
      source: { file, line },
    };
    units.push(made);
    return made;
  };
  const file = parsed.documents[0]?.source.file ?? events[0].source.file;
  // A unit made for an event gets the unit the notice's clause creates it in ("计画处原A与B整并为C,并增设D"), made too.
  // The organisation that reorganises itself (a company, a 县政府, a 镇), when the notice names one that is no bare
  // place (a 区's bureaus are the 区 government's, not units inside a unit of the text): the units it makes sit under it.
  let owner: Unit | null = null;
  const eventUnit = (documentId: string, name: string, line: number): Unit => {
    const clean = normalizeText(name);
    const known = units.some((u) => u.documentId === documentId && u.name === clean);
    const within = known ? null : containerIn(lines, clean, DEFAULT_EVENT_LEXICON);
    const ownerHere = owner !== null && owner.documentId === documentId && owner.name !== clean && !hasPlaceBefore(clean, owner.name) ? owner : null;
    const parent = within === null ? (known ? null : ownerHere) : unitOf(documentId, within, line, file, undefined, ownerHere);
    return unitOf(documentId, clean, line, file, undefined, parent);
  };
  // The document a line belongs to: the last one starting at or before it.
  const byStart = [...parsed.documents].sort((a, b) => b.source.line - a.source.line);
  const holderOf = (line: number) => byStart.find((d) => d.source.line <= line) ?? parsed.documents[0];
  // A duty a notice gives a unit, worded as the notice words it.
  const noticeDuty = (unit: Unit, text: string, note: string | null, source: Duty['source']): Duty => {
    const normalized = normalizeText(text);
    const language = parsed.documents.find((d) => d.id === unit.documentId)?.language ?? 'zh';
    return { id: dutyId(unit.id, normalized), unitId: unit.id, parentId: null, level: 0, number: null, text, normalized, role: roleOf(normalized, language), proposed: false, note, links: collaboratorLinks(normalized), source };
  };
  const organisations: Unit[] = [];
  for (const subject of noticeSubjects(lines, DEFAULT_EVENT_LEXICON)) {
    const holder = holderOf(subject.line);
    if (!holder) continue;
    const unit = unitOf(holder.id, subject.name, subject.line, file, subject.role === 'organisation' ? 'organisation' : undefined);
    if (subject.role === 'organisation' && !organisations.includes(unit)) organisations.push(unit);
  }
  if (organisations.length === 1 && !/[省市县区州旗盟乡]$/u.test(organisations[0].name)) owner = organisations[0];
  // The work one sentence moves to one unit is one duty of it, as a segment joined by ，/、 is one duty anywhere.
  const moved = new Map<string, { receiver: Unit; texts: string[]; event: (typeof events)[number] }>();
  for (const event of events) {
    // Units a notice only creates or renames are mentions until a duty lands on them.
    if (event.to === null) continue;
    // A merge gives the unit it forms the merged units' duties, worded as the notice words them (将A、B的职责等整合),
    // unless a move of the same sentence already gives it work.
    const merged = event.kind === 'merge' && !events.some((e) => e.kind === 'move' && e.to === event.to && e.sentence === event.sentence) ? mergedText(event.sentence) : null;
    if (merged === null && ((event.kind !== 'move' && event.kind !== 'assign') || event.text === null)) continue;
    const text = merged ?? movedText(event);
    if (text.length < 2) continue;
    const receiver = eventUnit(event.documentId, event.to, event.source.line);
    const normalized = normalizeText(text);
    // A duty the text already gave (the sentence itself, or a duty holding the function) is not added again; the duties
    // added here from one sentence's other moved functions do not count as such.
    const sentence = normalizeText(event.sentence);
    const holds = (d: Duty, k: number) => d.unitId === receiver.id && (d.normalized.includes(normalized) || (k < parsed.duties.length && sentence.includes(d.normalized)));
    if (duties.some(holds)) continue;
    const key = `${receiver.id}\u0000${event.source.line}\u0000${event.sentence}`;
    const entry = moved.get(key) ?? { receiver, texts: [], event };
    if (!entry.texts.includes(text)) entry.texts.push(text);
    moved.set(key, entry);
  }
  for (const { receiver, texts, event } of moved.values()) duties.push(noticeDuty(receiver, texts.join('，'), event.sentence, event.source));
  // A notice that states the work of a unit it is about or creates ("重新组建的X,…,主要职责包括负责…"; "新设的X将负责…") gives
  // that unit the work; a unit the notice only created becomes a unit once it has work.
  {
    // Units the text parser gave duties keep those alone: their own text is read.
    const read = new Set(parsed.duties.map((d) => d.unitId));
    const named = new Set(units.map((u) => u.name));
    // Where the text parser read duties, the notice's work goes only to units there are; else a created unit is made for it.
    const targets = parsed.duties.length > 0 ? [] : [...new Set(events.flatMap((e) => (e.to !== null && e.kind !== 'abolish' ? [normalizeText(e.to)] : [])))].filter((n) => !named.has(n));
    for (const stated of statedWork(lines, [...units.map((u) => u.name), ...targets], targets)) {
      const holder = holderOf(stated.line);
      if (!holder) continue;
      const unit = eventUnit(holder.id, stated.name, stated.line);
      if (read.has(unit.id)) continue;
      const duty = noticeDuty(unit, stated.text, null, { file: unit.source.file, line: stated.line });
      if (!duties.some((d) => d.unitId === unit.id && d.normalized === duty.normalized)) duties.push(duty);
    }
  }
  const ids = uniqueIds(duties.map((d) => d.id));
  // The reading summary counts what the file yields now; lines that gave a moved duty are used.
  const movedLines = new Set(duties.slice(parsed.duties.length).map((d) => d.source.line));
  const reading = parsed.reading && {
    ...parsed.reading,
    units: units.length,
    duties: duties.length,
    leftOut: parsed.reading.leftOut.filter((l) => !movedLines.has(l.line)),
  };
  return { ...parsed, units, duties: duties.map((d, i) => (d.id === ids[i] ? d : { ...d, id: ids[i] })), ...(reading ? { reading } : {}) };
}

/** Words before a unit's name when a clause is about its work (重新组建的X, 新设的X, 组建后的X). */
const STATED_PREFIX = /^(?:(?:重新|新)?(?:组建|成立|设立|设置|增设|设)的|(?:组建|成立|整合|分设|调整)后的|新的)?/u;
/** Where the stated work starts: after 主要职责包括/是, or at 负责/承担/专注于/统一管理 (将负责, 则负责, 主要负责). */
const STATED_WORK = /(?:主要职责(?:包括|是|为)[:：]?|职责包括[:：]?)|(?:主要|将|则|具体)*(?=负责|承担|专注于|专门负责|统一负责|统一管理|统一领导)/u;

/**
 * The work a notice states for one of its units: in a sentence, a clause that
 * opens with the unit's name (after 重新组建的, 新设的 …) and says what it does
 * (主要职责包括…, 负责…), up to the next clause opening with another unit's
 * name ("社会救助科专注于…,社会行政科则负责…" states two units' work).
 */
function statedWork(lines: readonly TextLine[], names: readonly string[], made: readonly string[] = []): { name: string; text: string; line: number }[] {
  const longestFirst = [...new Set(names)].sort((a, b) => b.length - a.length);
  const madeLongestFirst = [...new Set(made)].sort((a, b) => b.length - a.length);
  const out: { name: string; text: string; line: number }[] = [];
  for (const line of lines) {
    // Names are matched on the normalized text; the work is cut from the text as written where the two align.
    const raw = (line.text ?? '').split(/[。!?！？]/u);
    normalizeText(line.text ?? '').split(/[。!?！？]/u).forEach((sentence, s) => {
      const clauses = sentence.split(/(?<=[,，;；])/u);
      const written = (raw[s] ?? '').split(/(?<=[,，;；])/u);
      const aligned = written.length === clauses.length;
      const opened = clauses.map((c) => {
        const body = c.trim().replace(STATED_PREFIX, '');
        return longestFirst.find((n) => body.startsWith(n)) ?? null;
      });
      const closed = clauses.map((c) => closingChange(c, madeLongestFirst));
      for (let k = 0; k < clauses.length; k++) {
        const name = opened[k];
        if (name !== null) {
          let end = k + 1;
          while (end < clauses.length && opened[end] === null && closed[end] === null) end++;
          const segment = clauses.slice(k, end).join('').trim();
          const original = aligned ? written.slice(k, end).join('').trim() : segment;
          const prefix = STATED_PREFIX.exec(segment)?.[0].length ?? 0;
          const rest = segment.slice(prefix + name.length);
          const m = STATED_WORK.exec(rest);
          if (m === null) continue;
          const from = prefix + name.length + m.index + m[0].length;
          const source = original.length === segment.length ? original : segment;
          const work = trimDutyText(source.slice(from).replace(/^[,,，]/u, '').replace(/[,，;；]$/u, ''));
          if (work.length >= 6) out.push({ name, text: work, line: line.line });
          continue;
        }
        // "成立前瞻技术研究部,集中在…研发上;": the clauses after one that creates or renames a unit, up to the next ;, say its work.
        const created = closed[k];
        if (created === null || /[;；]$/u.test(clauses[k].trim())) continue;
        let end = k + 1;
        while (end < clauses.length && opened[end] === null && closed[end] === null && !/[;；]$/u.test(clauses[end - 1].trim())) end++;
        const work = trimDutyText((aligned ? written : clauses).slice(k + 1, end).join('').trim().replace(/[,，;；]$/u, ''));
        if (work.length >= 6 && !statesChange(normalizeText(work))) out.push({ name: created, text: work, line: line.line });
      }
    });
  }
  return out;
}

/** The verbs of the event grammar: a clause holding one states a change, not a unit's work. */
const CHANGE_VERBS = (({ createVerbs, abolishVerbs, renameVerbs, moveVerbs, mergeVerbs }) => [...createVerbs, ...abolishVerbs, ...renameVerbs, ...moveVerbs, ...mergeVerbs])(DEFAULT_EVENT_LEXICON);

/** Whether a text holds a verb of the event grammar. */
function statesChange(text: string): boolean {
  return CHANGE_VERBS.some((v) => text.includes(v));
}

/** The unit a clause creates or renames when the clause closes with its name (成立X, A更名为X, A将变为X), else null; `made` longest first. */
function closingChange(clause: string, made: readonly string[]): string | null {
  const body = clause.trim().replace(/[,，;；]$/u, '');
  const name = made.find((n) => body.endsWith(n));
  if (name === undefined) return null;
  return /(?:成立|组建|设立|新设|增设|更名为|变为|改为|改组为|升格为)$/u.test(body.slice(0, body.length - name.length)) ? name : null;
}

/** Verbs (and particles) after the unit a clause creates, splits or merges units in: 农业处新设X, 计画处原A与B整并为C, 社会处将A分设为B. */
const CONTAINS_CHANGE = /^(?:新设立|新设|增设|设立|下设|内设|新增|原|将|则新设|则增设)/u;
/** A clause that moves work between units (X将A的职责划入B) says nothing of where B sits. */
const MOVES_WORK = [...DEFAULT_EVENT_LEXICON.moveVerbs, '划出', '交由', '承担', '转隶'];
/** Words that continue the clause before with the same subject (并增设X). */
const SAME_SUBJECT = /^(?:并|同时|另|再|且)/u;

/**
 * The unit a notice creates `name` in: the unit that opens the clause naming
 * it with a change to its own sections ("农业处新设农地利用科"), or the clause
 * before when this one goes on with 并/同时 ("…,并增设智慧治理科"). Null when
 * no sentence of the notice says.
 */
function containerIn(lines: readonly TextLine[], name: string, lexicon: typeof DEFAULT_EVENT_LEXICON): string | null {
  for (const line of lines) {
    if (!normalizeText(line.text ?? '').replace(/\s+/gu, '').includes(name)) continue;
    let subject: string | null = null;
    for (const clause of normalizeText(line.text ?? '').replace(/\s+/gu, '').split(/(?<=[,，;；。!?！？])/u)) {
      const body = clause.replace(SAME_SUBJECT, '');
      const opener = openingUnit(body, lexicon);
      if (opener !== null) subject = opener;
      else if (!SAME_SUBJECT.test(clause)) subject = null;
      if (body.includes(name) && subject !== null && subject !== name) return subject;
      if (/[。!?！？]$/u.test(clause)) subject = null;
    }
  }
  return null;
}

/** The unit name a clause opens with when a change to that unit's own sections follows it, else null. */
function openingUnit(body: string, lexicon: typeof DEFAULT_EVENT_LEXICON): string | null {
  if (MOVES_WORK.some((v) => body.includes(v))) return null;
  for (let k = Math.min(body.length - 1, 24); k >= 2; k--) {
    if (!CONTAINS_CHANGE.test(body.slice(k))) continue;
    const name = cleanName(body.slice(0, k), lexicon);
    if (name === body.slice(0, k) && isUnitName(name, lexicon)) return name;
  }
  return null;
}

/** One name with a place before it and one without (镇江市自然资源和规划局, 市自然资源和规划局; 中国退役军人事务部, 退役军人事务部); not a bare 办公室. */
function sameWithPlace(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && hasPlaceBefore(long, short);
}

/** The clause of a merge sentence that says what is merged (将A、B的职责等整合), or null when the sentence has no 将…整合 clause. */
function mergedText(sentence: string): string | null {
  const m = /(?:将|把|对)([^。;；]*?(?:整合|合并))/u.exec(sentence);
  // 将 goes as in a moved function; 对…进行整合 is kept whole, as written.
  return m === null ? null : trimDutyText(m[0].startsWith('对') ? m[0] : m[1]);
}

/**
 * The moved function as a duty, worded as the notice words it ("市水利局水资源调查和确权登记管理职责"): the donor
 * stays in the text, so the receiver's list says where the work came from, and 职责/职能 are stopwords, so they
 * do not make two moved functions look alike.
 */
function movedText(event: ChangeEvent): string {
  return trimDutyText((event.text ?? '').replace(/^(?:将|把)/u, ''));
}
