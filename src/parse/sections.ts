import type { ParseLexicon } from './lexicon.ts';

/**
 * What a lead-in word switches to:
 * - `section`: a non-duty section kept as a unit attribute (权力:, 任职资格:);
 * - `note`: a note on the preceding duty (工作标准:);
 * - `duties`: the unit's duty list (工作职责与任务, 部门职责如下:);
 * - `ignore`: a lead-in with nothing to keep (人员构架:);
 * - `position`: a position description header (岗位名称…所在部门…).
 */
export type KeyKind = 'section' | 'note' | 'duties' | 'ignore' | 'position';

/** A lead-in word found in a text. */
export interface KeyMatch {
  kind: KeyKind;
  /** The section name as the lexicon spells it. */
  name: string;
  /** Offset just past the word and its colon. */
  end: number;
}

/** Every lead-in of the lexicon with its kind, longest first so "考核办法" wins over "考核". */
function keysOf(lexicon: ParseLexicon): { name: string; kind: KeyKind }[] {
  const all: { name: string; kind: KeyKind }[] = [
    ...lexicon.sectionKeys.map((name) => ({ name, kind: 'section' as const })),
    ...lexicon.noteKeys.map((name) => ({ name, kind: 'note' as const })),
    ...lexicon.dutyKeys.map((name) => ({ name, kind: 'duties' as const })),
    ...lexicon.ignoreKeys.map((name) => ({ name, kind: 'ignore' as const })),
  ];
  return all.sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
}

/** A lead-in with its kind, and whether it is matched without regard to case (Latin words). */
interface LeadKey {
  name: string;
  kind: KeyKind;
  latin: boolean;
}

const keyCache = new WeakMap<ParseLexicon, Map<string, LeadKey[]>>();

/**
 * The lexicon's lead-ins, longest first, grouped by their first character
 * (lower-cased), built once per lexicon: a cache, not a setting. Parsing asks
 * at every offset, so only the keys that can start there are tried.
 */
function keysByFirst(lexicon: ParseLexicon): Map<string, LeadKey[]> {
  let index = keyCache.get(lexicon);
  if (!index) {
    index = new Map();
    for (const { name, kind } of keysOf(lexicon)) {
      const first = name[0].toLowerCase();
      index.set(first, [...(index.get(first) ?? []), { name, kind, latin: /[A-Za-z]/u.test(name) }]);
    }
    keyCache.set(lexicon, index);
  }
  return index;
}

/** The lead-ins that may start at an offset of a text. */
function keysAt(key: string, at: number, lexicon: ParseLexicon): readonly LeadKey[] {
  const ch = key[at];
  return ch === undefined ? [] : (keysByFirst(lexicon).get(ch.toLowerCase()) ?? []);
}

/** True when `key` has the lead-in at `at`, case-insensitively for Latin words. */
function wordAt(key: string, at: number, word: LeadKey): boolean {
  return word.latin ? key.slice(at, at + word.name.length).toLowerCase() === word.name.toLowerCase() : key.startsWith(word.name, at);
}

/** The field names that open a position description's header. */
export const POSITION_OPENERS: readonly string[] = ['岗位名称', '职位名称', '职务名称'];

/**
 * The lead-in starting at `at` inside running text, or null. Inside a
 * sentence a section word only counts with its colon ("权力:", "工作标准:"),
 * so "考核" in "进行考核" stays text; "工作职责与任务" and "岗位名称" are
 * distinctive enough without one.
 */
export function keyAt(key: string, at: number, lexicon: ParseLexicon): KeyMatch | null {
  const opener = POSITION_OPENERS.find((name) => key.startsWith(name, at));
  if (opener !== undefined && opensHeader(key, at, opener, lexicon)) return { kind: 'position', name: opener, end: at };
  for (const word of keysAt(key, at, lexicon)) {
    if (!wordAt(key, at, word)) continue;
    const { name, kind } = word;
    // A bare "职责:" inside running text ends a longer word ("市场经理职责:主要负责…"): no lead-in there.
    if (name === '职责' && at > 0 && /\p{Script=Han}/u.test(key[at - 1])) continue;
    const colon = /^\s*[:：]\s*/u.exec(key.slice(at + name.length));
    if (colon) return { kind, name, end: at + name.length + colon[0].length };
    if (kind === 'duties' && name === lexicon.dutyKeys[0]) return { kind, name, end: at + name.length };
  }
  return null;
}

/**
 * Whether a name field opens a position header: a colon follows it, or its
 * value (two characters or more) is followed by another field. "负责核定岗位名称和岗位编号"
 * names the fields as nouns.
 */
function opensHeader(key: string, at: number, opener: string, lexicon: ParseLexicon): boolean {
  if (/^\s*[:：]/u.test(key.slice(at + opener.length))) return true;
  const { fields } = readPositionHeader(key, at, lexicon);
  return fields.length >= 2 && key.slice(fields[0].from, fields[0].to).trim().length >= 2;
}

/**
 * A section heading after a label ("三、岗位要求", "三、各职位考核办法",
 * "二、岗位职责1. …", "一、岗位概述市场部是…"): the colon is optional there.
 */
export function sectionHeadingAt(key: string, at: number, lexicon: ParseLexicon): KeyMatch | null {
  // "各岗位职责", "岗位主要职责": the words a form puts before the lead-in.
  const start = at + (/^\s*(?:各职位|各岗位|本岗位|本部门|本职位|岗位(?=主要|具体|工作|基本)|职位(?=主要|具体|工作|基本))?/u.exec(key.slice(at))?.[0].length ?? 0);
  for (const word of keysAt(key, start, lexicon)) {
    const { name, kind } = word;
    if (kind === 'ignore' || !wordAt(key, start, word)) continue;
    const colon = /^\s*[:：]?\s*/u.exec(key.slice(start + name.length))!;
    return { kind, name: key.slice(at, start) + name, end: start + name.length + colon[0].length };
  }
  return null;
}

/** One field of a position header: name and where its value lies. */
export interface HeaderField {
  name: string;
  from: number;
  to: number;
}

/**
 * Reads a position header "岗位名称营销部经理所在部门营销部直接上级市场运营总监
 * 直接下级营销部员工岗位定员1人填写日期120203" starting at `at`: every field
 * label of the lexicon found before the header ends (at 本职概述, 工作职责与任务 …),
 * in the order written, whatever that order is, and where the header ends.
 */
export function readPositionHeader(key: string, at: number, lexicon: ParseLexicon): { fields: HeaderField[]; end: number } {
  const stops = lexicon.positionHeaderEnds.map((stop) => key.indexOf(stop, at + 1)).filter((found) => found !== -1 && found - at <= 400);
  const limit = stops.length > 0 ? Math.min(...stops) : Math.min(key.length, at + 400);
  const labels = [...lexicon.positionFields].sort((a, b) => b.length - a.length);
  const starts: { name: string; at: number }[] = [];
  for (let i = at; i < limit; ) {
    const name = labels.find((label) => key.startsWith(label, i));
    if (name === undefined) {
      i++;
      continue;
    }
    starts.push({ name, at: i });
    i += name.length;
  }
  // Without a closing field the last value is short (a date, a head count).
  const end = stops.length > 0 ? limit : Math.min(key.length, (starts[starts.length - 1]?.at ?? at) + (starts[starts.length - 1]?.name.length ?? 0) + 30);
  const fields = starts.map((s, i) => ({
    name: s.name,
    from: s.at + s.name.length,
    to: i + 1 < starts.length ? starts[i + 1].at : end,
  }));
  return { fields, end };
}
