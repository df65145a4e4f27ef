import type { TextLine } from '../ingest/types.ts';
import type { ChangeEvent } from '../model.ts';
import { normalizeText } from '../text/normalize.ts';
import { fullNameOf, hasPlaceBefore, unitNameKey } from '../text/unit-names.ts';
import { DEFAULT_EVENT_LEXICON, type EventLexicon } from './event-lexicon.ts';
import { EVENT_PATTERNS, type FoundEvent } from './event-patterns.ts';
import { englishAcronyms, englishEvents, englishSentences, isEnglishLine } from './event-english.ts';
import { readingOf, sentencesOf } from './event-reading.ts';

/** A change event before it is given its document. */
export type LineEvent = Omit<ChangeEvent, 'documentId'>;

/** A leading list label (一、 (七) 1. 第三条) is no part of the sentence. */
const LABEL = /^\s*(?:[((][一二三四五六七八九十百0-9]+[))]|[一二三四五六七八九十百]+[、.．]|[0-9]+[、.．](?![0-9])|第[一二三四五六七八九十百0-9]+条)\s*/u;

/** The events of one sentence, in the order the sentence states them; an assign inside a moved clause is the move's. */
function sentenceEvents(sentence: string, lexicon: EventLexicon): FoundEvent[] {
  const reading = readingOf(sentence);
  const found = EVENT_PATTERNS.flatMap((pattern) => pattern(reading, lexicon));
  const moves = found.filter((e) => e.kind === 'move');
  return found.filter((e) => e.kind !== 'assign' || !moves.some((m) => m.to === e.to && Math.abs(m.at - e.at) < 40)).sort((a, b) => a.at - b.at);
}

/**
 * The change events of a notice's lines: each line split into sentences,
 * each sentence read by the grammar (EVENT_PATTERNS). A move or assign that
 * names no donor, in a line that abolished one unit before it, takes that
 * unit as donor (撤销A。X划入B: X is A's). Assignments (由B承担) are events
 * only in a text that states some other change: in a duty document they are
 * duties.
 */
export function extractEvents(file: string, lines: readonly TextLine[], lexicon: EventLexicon = DEFAULT_EVENT_LEXICON): LineEvent[] {
  const out: LineEvent[] = [];
  const acronyms = englishAcronyms(lines.map((l) => l.text ?? '').filter(isEnglishLine).join('\n'));
  for (const line of lines) {
    const text = (line.text ?? '').replace(LABEL, '');
    if (text.trim().length === 0) continue;
    let abolished: string[] = [];
    const sentences = isEnglishLine(text) ? englishSentences(text) : sentencesOf(text).map((s) => s.text);
    for (const sentence of sentences) {
      let subject: string | null = null;
      let lastDonor: string | null = null;
      const events: FoundEvent[] = isEnglishLine(sentence) ? englishEvents(sentence, acronyms).map((e, at) => ({ ...e, at })) : sentenceEvents(sentence, lexicon);
      for (const e of events) {
        // A unit split into new ones (X分为A、B: the abolish stands with the creates it gives way to) hands its work to them, not to later moves.
        const split = events.some((c) => c.kind === 'create' && c.at === e.at);
        if (e.kind === 'abolish' && typeof e.from === 'string' && !split) abolished.push(e.from);
        const inferred: string | null = (e.kind === 'move' || e.kind === 'assign' || e.kind === 'merge') && e.from === null ? donorOf(e, abolished, subject, lastDonor) : null;
        // A merge of "其职责" (撤销A,其职责并入B) is a merge of the unit 其 stands for, or of nothing known: no event.
        if (e.kind === 'merge' && e.from === null) {
          if (inferred !== null && inferred !== e.to) out.push({ kind: 'merge', from: [inferred], to: e.to, text: null, sentence: sentence.trim(), source: { file, line: line.line } });
          continue;
        }
        const donor: string | string[] | null = inferred ?? e.from;
        if (e.kind === 'move' && typeof donor === 'string') lastDonor = donor;
        if ((e.kind === 'rename' || e.kind === 'abolish') && typeof e.from === 'string') subject = e.from;
        out.push({ kind: e.kind, from: donor, to: e.to, text: e.text, sentence: sentence.trim(), source: { file, line: line.line } });
      }
    }
    abolished = [];
  }
  const stated = out.some((e) => e.kind !== 'assign');
  return unique(withoutReformed(resolveShortNames(stated ? out : [])));
}

/**
 * The donor of a move that names none: the one unit the line abolished before
 * it (撤销A。X划入B); for work written as its own (所属X业务, 其X职责), the
 * unit the sentence renamed or abolished just before (工业局改制为Y,所属X业务移拨Z);
 * or the donor of the sentence's move before it (B takes the energy portion
 * from A, while the environment portion goes to C).
 */
function donorOf(e: FoundEvent, abolished: readonly string[], subject: string | null, lastDonor: string | null): string | null {
  if (abolished.length === 1) return abolished[0];
  if (subject !== null && /^(?:所属|其)/u.test(e.text ?? '')) return subject;
  return lastDonor;
}

/**
 * A merge into one of its own units (将A、B的职责整合,重新组建A) re-forms A: A is not created. A "merge" of
 * A alone into A (将A承担的行政职能划入B,其余职能整合,重新组建A) merges nothing: A is formed anew, a create.
 */
function withoutReformed(given: readonly LineEvent[]): LineEvent[] {
  const events = given.map((e) =>
    e.kind === 'merge' && Array.isArray(e.from) && e.from.length === 1 && e.to !== null && unitNameKey(e.from[0]) === unitNameKey(e.to) ? { ...e, kind: 'create' as const, from: null } : e,
  );
  const reformed = new Set(events.flatMap((e) => (e.kind === 'merge' && Array.isArray(e.from) && e.to !== null && e.from.includes(e.to) ? [unitNameKey(e.to)] : [])));
  return events.filter((e) => e.kind !== 'create' || e.to === null || !reformed.has(unitNameKey(e.to)));
}

/** Every name an event uses. */
function namesOf(e: LineEvent): string[] {
  return [...(Array.isArray(e.from) ? e.from : e.from === null ? [] : [e.from]), ...(e.to === null ? [] : [e.to])];
}

/**
 * Short forms (号百运营中心) written for a name the same notice spells out
 * (号码百事通运营中心) read as the full name. Two names one sentence writes
 * side by side (市公路管理局、市农村公路管理局) are two units, never a short form.
 */
function resolveShortNames(events: readonly LineEvent[]): LineEvent[] {
  const names = [...new Set(events.flatMap(namesOf))];
  // Names are Simplified and width-folded, sentences as written: compare them folded alike, without spaces.
  const sentences = [...new Set(events.map((e) => normalizeText(e.sentence).replace(/\s+/gu, '')))];
  const together = (a: string, b: string) => sentences.some((s) => s.includes(a) && s.includes(b));
  const full = (name: string) => {
    const longer = fullNameOf(name, names);
    return longer === null || together(name, longer) ? name : longer;
  };
  return events.map((e) => ({
    ...e,
    from: Array.isArray(e.from) ? e.from.map(full) : e.from === null ? null : full(e.from),
    to: e.to === null ? null : full(e.to),
  }));
}

/**
 * Each event once: the same change said twice (a heading 撤销A and its first
 * sentence, 组建Z and …组建Z) is kept where first said, and a unit created
 * under a longer name as well (白城市自然资源局, 市自然资源局) is kept under the longer.
 */
function unique(events: readonly LineEvent[]): LineEvent[] {
  const seen = new Set<string>();
  const created = events.filter((e) => e.kind === 'create').map((e) => e.to ?? '');
  return events.filter((e) => {
    const key = JSON.stringify([e.kind, e.from, e.to, e.text]);
    if (seen.has(key)) return false;
    seen.add(key);
    if (e.kind !== 'create') return true;
    return !created.some((other) => hasPlaceBefore(other, e.to ?? ''));
  });
}
