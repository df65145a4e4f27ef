import type { ChangeEvent, Duty, Unit } from '../model.ts';
import { normalizeText } from '../text/normalize.ts';
import { hasPlaceBefore } from '../text/unit-names.ts';
import { dutyId, uniqueIds, unitId } from '../util/ids.ts';
import { collaboratorLinks, trimDutyText } from './duties.ts';
import type { TextLine } from '../ingest/types.ts';
import { DEFAULT_EVENT_LEXICON } from './event-lexicon.ts';
import { noticeSubjects } from './notice-subject.ts';
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
  const unitOf = (documentId: string, name: string, line: number, file: string, kind = unitKindOf(normalizeText(name), 0)): Unit => {
    const clean = normalizeText(name);
    const found = units.find((u) => u.documentId === documentId && (u.name === clean || u.path[u.path.length - 1] === clean || sameWithPlace(u.name, clean)));
    if (found) return found;
    const made: Unit = {
      id: unitId(documentId, [clean]),
      documentId,
      name: clean,
      kind,
      parentId: null,
      path: [clean],
      attributes: {},
      source: { file, line },
    };
    units.push(made);
    return made;
  };
  const file = parsed.documents[0]?.source.file ?? events[0].source.file;
  for (const subject of noticeSubjects(lines, DEFAULT_EVENT_LEXICON)) {
    const holder = [...parsed.documents].sort((a, b) => b.source.line - a.source.line).find((d) => d.source.line <= subject.line) ?? parsed.documents[0];
    if (holder) unitOf(holder.id, subject.name, subject.line, file, subject.role === 'organisation' ? 'organisation' : undefined);
  }
  for (const event of events) {
    // Units a notice only creates or renames are mentions until a duty lands on them.
    if (event.to === null || (event.kind !== 'move' && event.kind !== 'assign') || event.text === null) continue;
    const text = movedText(event);
    if (text.length < 2) continue;
    const receiver = unitOf(event.documentId, event.to, event.source.line, event.source.file);
    const normalized = normalizeText(text);
    // A duty the text already gave (the sentence itself, or a duty holding the function) is not added again; the duties
    // added here from one sentence's other moved functions do not count as such.
    const sentence = normalizeText(event.sentence);
    const holds = (d: Duty, k: number) => d.unitId === receiver.id && (d.normalized.includes(normalized) || (k < parsed.duties.length && sentence.includes(d.normalized)));
    if (duties.some(holds)) continue;
    const language = parsed.documents.find((d) => d.id === event.documentId)?.language ?? 'zh';
    duties.push({
      id: dutyId(receiver.id, normalized),
      unitId: receiver.id,
      parentId: null,
      level: 0,
      number: null,
      text,
      normalized,
      role: roleOf(normalized, language),
      proposed: false,
      note: event.sentence,
      links: collaboratorLinks(normalized),
      source: event.source,
    } satisfies Duty);
  }
  // A notice that states the work of a unit it is about ("重新组建的X,…,主要职责包括负责…") gives that unit the work.
  if (parsed.duties.length === 0) {
    for (const stated of statedWork(lines, units)) {
      const unit = units.find((u) => u.id === stated.unitId)!;
      const normalized = normalizeText(stated.text);
      if (duties.some((d) => d.unitId === unit.id && d.normalized === normalized)) continue;
      const language = parsed.documents.find((d) => d.id === unit.documentId)?.language ?? 'zh';
      duties.push({
        id: dutyId(unit.id, normalized),
        unitId: unit.id,
        parentId: null,
        level: 0,
        number: null,
        text: stated.text,
        normalized,
        role: roleOf(normalized, language),
        proposed: false,
        note: null,
        links: collaboratorLinks(normalized),
        source: { file: unit.source.file, line: stated.line },
      } satisfies Duty);
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

/** Words before a unit's name when a sentence is about its work (重新组建的X, 组建后,X). */
const STATED_PREFIX = /^(?:[^,,。]{0,12}?[,,])?(?:重新组建的|新组建的|新成立的|组建后[,,]?|成立后[,,]?|整合后的|新的)?/u;
/** Where the stated work starts: after 主要职责包括/是, or at 负责/承担. */
const STATED_WORK = /(?:主要职责(?:包括|是|为)[:：]?|职责包括[:：]?)|(?=(?:主要|将|统一)?(?:负责|承担))/u;

/**
 * The work a notice states for one of its units: a sentence that opens with the
 * unit's name (after 重新组建的, 组建后 …) and says what it does (主要职责包括…, 负责…).
 */
function statedWork(lines: readonly TextLine[], units: readonly Unit[]): { unitId: string; text: string; line: number }[] {
  const out: { unitId: string; text: string; line: number }[] = [];
  for (const line of lines) {
    for (const sentence of (line.text ?? '').split(/[。!?！？]/u)) {
      const text = sentence.trim();
      const body = normalizeText(text).replace(STATED_PREFIX, '');
      const unit = [...units].sort((a, b) => b.name.length - a.name.length).find((u) => body.startsWith(u.name));
      if (!unit) continue;
      const rest = body.slice(unit.name.length);
      const m = STATED_WORK.exec(rest);
      if (m === null) continue;
      const work = trimDutyText(rest.slice(m.index + m[0].length).replace(/^[,,]/u, ''));
      if (work.length >= 6) out.push({ unitId: unit.id, text: work, line: line.line });
    }
  }
  return out;
}

/** One name with a place before it and one without (镇江市自然资源和规划局, 市自然资源和规划局; 中国退役军人事务部, 退役军人事务部); not a bare 办公室. */
function sameWithPlace(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && hasPlaceBefore(long, short);
}

/**
 * The moved function as a duty, worded as the notice words it ("市水利局水资源调查和确权登记管理职责"): the donor
 * stays in the text, so the receiver's list says where the work came from, and 职责/职能 are stopwords, so they
 * do not make two moved functions look alike.
 */
function movedText(event: ChangeEvent): string {
  return trimDutyText((event.text ?? '').replace(/^(?:将|把)/u, ''));
}
