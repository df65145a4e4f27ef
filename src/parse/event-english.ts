import type { ChangeEventKind } from '../model.ts';

/**
 * The change-event grammar for English notices ("X has been merged with Y and
 * renamed as Z", "the dissolution of X", "Y will take on the energy portion
 * from X"). English unit names are Title-Case spans with connectors (of, and,
 * the) and inner commas (Department of Infrastructure, Transport, and
 * Communications), so a sentence is first read into its names, and the
 * patterns match the sentence with each name replaced by a slot. Hand-written:
 * no library reads organisation names or reorganisation verbs.
 */

/** An event as the English grammar finds it in one sentence. */
export interface EnglishEvent {
  kind: ChangeEventKind;
  from: string | string[] | null;
  to: string | null;
  text: string | null;
}

/** Words that make a Title-Case span a unit name. */
const ORG_NOUNS =
  /\b(?:Departments?|Ministry|Ministries|Divisions?|Offices?|Agency|Agencies|Bureaux?|Bureaus?|Units?|Sections?|Directorates?|Authority|Authorities|Commissions?|Councils?|Services?|Boards?|Branch|Branches|Centre|Center|Teams?|Committees?|Institutes?|Administration|Portfolio|Secretariat|Inspectorate|Registry|Faculty|School|College|Office)\b/u;

const ORG_END = new RegExp(`(?:${ORG_NOUNS.source})$`, 'u');

/** A name's words: Title-Case or acronyms; joined by spaces, connectors and commas. */
const WORD = String.raw`(?:[A-Z][A-Za-z'’&.-]*[A-Za-z]|[A-Z])`;
const CONNECT = String.raw`(?:of|and|the|for|on|in|&)`;
const SPAN = new RegExp(String.raw`${WORD}(?:(?:\s+|,\s*)(?:${CONNECT}\s+)*${WORD})*`, 'gu');

/** A name and where the sentence writes it. */
interface Found {
  name: string;
  start: number;
  end: number;
}

/**
 * The unit names of a sentence. A Title-Case span is cut at its commas, and
 * the pieces are joined again where they are one name: a piece without an org
 * noun continues the name before it (Department of Infrastructure, Transport)
 * or starts the one after it (Information, Public Relations and Languages
 * Department); a piece that starts with "the" starts a name of its own, and a
 * leading word before a comma (Now, the X Department) is dropped.
 */
export function englishNames(sentence: string): Found[] {
  const out: Found[] = [];
  for (const m of sentence.matchAll(SPAN)) {
    const pieces: Found[] = [];
    let offset = m.index;
    for (const part of m[0].split(',')) {
      const lead = part.length - part.trimStart().length;
      pieces.push({ name: part.trim(), start: offset + lead, end: offset + part.trimEnd().length });
      offset += part.length + 1;
    }
    const names: Found[] = [];
    let pending: Found | null = null;
    for (const piece of pieces) {
      const hasOrg = ORG_NOUNS.test(piece.name);
      const fresh = /^the\s/iu.test(piece.name);
      const last = names[names.length - 1];
      if (pending !== null && !fresh) {
        pending = { name: sentence.slice(pending.start, piece.end), start: pending.start, end: piece.end };
        if (hasOrg) {
          names.push(pending);
          pending = null;
        }
        continue;
      }
      pending = null;
      if (hasOrg) names.push(piece);
      else if (last !== undefined && !fresh && /\bof\b/u.test(last.name) && last.end === pieces[pieces.indexOf(piece) - 1]?.end) {
        names[names.length - 1] = { name: sentence.slice(last.start, piece.end), start: last.start, end: piece.end };
      } else pending = piece;
    }
    for (const n of names.flatMap((name) => splitJoined(name, sentence))) out.push(trimThe(n, sentence));
  }
  return out;
}

/**
 * Two names a span joins with "and" (Forests and Wildlife Department and the
 * Department of Environment): split where the part before ends with an org
 * noun and the part after holds one. "Department of Environment and Climate
 * Change" stays whole.
 */
function splitJoined(found: Found, sentence: string): Found[] {
  const re = /\s+and\s+(?:the\s+)?/gu;
  for (let m = re.exec(found.name); m !== null; m = re.exec(found.name)) {
    const left = found.name.slice(0, m.index);
    const right = found.name.slice(m.index + m[0].length);
    if (ORG_END.test(left) && ORG_NOUNS.test(right)) {
      const rightStart = found.start + m.index + m[0].length;
      return [{ name: left, start: found.start, end: found.start + left.length }, ...splitJoined({ name: right, start: rightStart, end: found.end }, sentence)];
    }
  }
  return [found];
}

/** A name without a leading "the" / "The" / "former". */
function trimThe(found: Found, sentence: string): Found {
  const lead = /^(?:(?:the|The|former|Former)\s+)+/u.exec(found.name);
  if (lead === null || !ORG_NOUNS.test(found.name.slice(lead[0].length))) return found;
  const start = found.start + lead[0].length;
  return { name: sentence.slice(start, found.end), start, end: found.end };
}

/** "The Departments of A, B and C": the list after a plural head, each item a unit. */
function pluralHeadList(name: string): string[] | null {
  const m = /^Departments of (.+)$/u.exec(name);
  if (m === null) return null;
  const items = m[1].split(/,\s*/u).filter((s) => s.length > 0);
  const last = items.pop() ?? '';
  const and = /^(.+?)\s+and\s+(.+)$/u.exec(last.replace(/^and\s+/u, ''));
  return [...items, ...(and !== null && items.length > 0 ? [and[1], and[2]] : [last.replace(/^and\s+/u, '')])];
}

const BE = String.raw`(?:has been|have been|had been|was|were|will be|would be|is|are|to be|is to be|are to be|being)`;
const SLOT = String.raw`⟦(\d+)⟧`;
const SLOTS = String.raw`(⟦\d+⟧(?:(?:,\s*|\s+)(?:and\s+)?(?:the\s+)?⟦\d+⟧)*)`;

/** The sentence with each name replaced by its slot ⟦k⟧. */
function skeletonOf(sentence: string, names: readonly Found[]): string {
  let out = '';
  let at = 0;
  names.forEach((n, k) => {
    out += `${sentence.slice(at, n.start)}⟦${k}⟧`;
    at = n.end;
  });
  return out + sentence.slice(at);
}

/** The names of a slot list (⟦0⟧, ⟦1⟧ and ⟦2⟧), a plural head (Departments of A, B and C) read as its items. */
function namesOfSlots(slots: string, names: readonly Found[]): string[] {
  return [...slots.matchAll(/⟦(\d+)⟧/gu)].flatMap((m) => {
    const name = names[Number(m[1])].name;
    return pluralHeadList(name) ?? [name];
  });
}

/** One pattern: a regex over the skeleton and the events of one match. */
interface Pattern {
  re: RegExp;
  events: (m: RegExpExecArray, names: readonly Found[]) => EnglishEvent[];
}

const one = (names: readonly Found[], slot: string | undefined) => (slot === undefined ? null : names[Number(slot)].name);

/** A function's words: from the match, without a leading article. */
const work = (text: string) => text.replace(/^(?:the|its|their|all)\s+/iu, '').trim();

const PATTERNS: readonly Pattern[] = [
  // X has been merged with Y (and Z) and (re)named / will be known as W.
  {
    re: new RegExp(
      String.raw`${SLOTS}\s+${BE}\s+merged\s+(?:with|into)\s+(?:the\s+)?${SLOTS},?\s+and\s+(?:(?:re)?named|called|will be (?:known|called)|is (?:known|called)|to be (?:known|called))\s+(?:as\s+)?(?:the\s+)?${SLOT}`,
      'gu',
    ),
    events: (m, n) => [{ kind: 'merge', from: [...namesOfSlots(m[1], n), ...namesOfSlots(m[2], n)], to: one(n, m[3]), text: null }],
  },
  // X and Y (Departments) have been merged (and renamed) as / into / to form Z.
  {
    re: new RegExp(
      String.raw`${SLOTS}\s+(?:Departments\s+)?${BE}\s+merged(?:\s+and\s+(?:(?:re)?named|will be (?:known|called)|(?:is|are) (?:known|called)))?\s+(?:as|into|to form|to create)\s+(?:the\s+)?(?:a\s+)?(?:new\s+)?${SLOT}`,
      'gu',
    ),
    events: (m, n) => [{ kind: 'merge', from: namesOfSlots(m[1], n), to: one(n, m[2]), text: null }],
  },
  // F of X has been merged with Y: X's F moves to Y.
  {
    re: new RegExp(String.raw`(?:^|\s)(?:The\s+|the\s+)?([a-z][a-z -]+?)\s+of\s+(?:the\s+)?${SLOT}\s+${BE}\s+(?:merged with|moved to|transferred to|added to)\s+(?:the\s+)?${SLOT}`, 'gu'),
    events: (m, n) => [{ kind: 'move', from: one(n, m[2]), to: one(n, m[3]), text: work(m[1]) }],
  },
  // X has been merged with / into Y (nothing named after it).
  {
    re: new RegExp(String.raw`${SLOTS}\s+${BE}\s+merged\s+(?:with|into)\s+(?:the\s+)?${SLOT}(?![^.]*?\b(?:named|known|called)\b)`, 'gu'),
    events: (m, n) => [{ kind: 'merge', from: namesOfSlots(m[1], n), to: one(n, m[2]), text: null }],
  },
  // X will be taken under the banner of / absorbed into / folded into Y.
  {
    re: new RegExp(String.raw`${SLOTS}\s+${BE}\s+(?:taken under the (?:banner|umbrella|wing) of|absorbed (?:into|by)|folded into|subsumed (?:into|by|within)|amalgamated (?:with|into))\s+(?:the\s+)?${SLOT}`, 'gu'),
    events: (m, n) => [{ kind: 'merge', from: namesOfSlots(m[1], n), to: one(n, m[2]), text: null }],
  },
  // X has been renamed (as / to) Y; X will be known as Y.
  {
    re: new RegExp(String.raw`${SLOT}\s+${BE}\s+(?:renamed|re-named|rebranded|known|called)\s+(?:as\s+|to\s+)?(?:the\s+)?${SLOT}`, 'gu'),
    events: (m, n) => [{ kind: 'rename', from: one(n, m[1]), to: one(n, m[2]), text: null }],
  },
  // renaming / renamed / name change from X to Y.
  {
    re: new RegExp(String.raw`(?:renam(?:ing|ed)|name change|rename)\s+(?:of\s+)?(?:it\s+)?from\s+(?:the\s+)?${SLOT}\s+to\s+(?:the\s+)?${SLOT}`, 'gu'),
    events: (m, n) => [{ kind: 'rename', from: one(n, m[1]), to: one(n, m[2]), text: null }],
  },
  // X will (now) take on Y (a whole unit) / the F from (the former) Y, to become Z.
  {
    re: new RegExp(
      String.raw`${SLOT}\s+(?:will\s+|would\s+|is to\s+)?(?:now\s+)?(?:take[sn]?|took|absorbs?|absorbed|assumes?|assumed)\s+(?:on\s+|over\s+)?(?:the\s+)?(?:(?:former\s+)?${SLOT}|([a-z][a-z -]+?)\s+from\s+(?:the\s+)?(?:former\s+)?${SLOT})(?:,?\s+to become\s+(?:the\s+)?${SLOT})?`,
      'gu',
    ),
    events: (m, n) => {
      const taker = one(n, m[1]);
      const becomes = one(n, m[5]);
      const receiver = becomes ?? taker;
      const out: EnglishEvent[] = [];
      if (m[2] !== undefined) out.push({ kind: 'merge', from: [one(n, m[2]) ?? ''], to: receiver, text: null });
      else out.push({ kind: 'move', from: one(n, m[4]), to: receiver, text: work(m[3]) });
      if (becomes !== null && taker !== null) out.push({ kind: 'rename', from: taker, to: becomes, text: null });
      return out;
    },
  },
  // (After the take-on pattern, whose "to become" it is.) X will become Y, (which will) see X become Y, X will take the name of Y: the unit goes on under a new name.
  {
    re: new RegExp(String.raw`${SLOT}\s+(?:will\s+|would\s+|is to\s+)?(?:become|becomes|became|take the name of|takes the name of|took the name of)\s+(?:the\s+)?${SLOT}`, 'gu'),
    events: (m, n) => [{ kind: 'rename', from: one(n, m[1]), to: one(n, m[2]), text: null }],
  },
  // the dissolution / abolition of X; X has been abolished / dissolved.
  {
    re: new RegExp(String.raw`(?:dissolution|abolition|abolishment|disbanding|disbandment|closure|scrapping|winding up)\s+of\s+(?:the\s+)?${SLOTS}`, 'gu'),
    events: (m, n) => namesOfSlots(m[1], n).map((from) => ({ kind: 'abolish' as const, from, to: null, text: null })),
  },
  {
    re: new RegExp(String.raw`${SLOTS}\s+${BE}\s+(?:abolished|dissolved|disbanded|scrapped|wound up|closed down|axed)`, 'gu'),
    events: (m, n) => namesOfSlots(m[1], n).map((from) => ({ kind: 'abolish' as const, from, to: null, text: null })),
  },
  // create / establish / set up (a new) X; a new X will be created.
  {
    re: new RegExp(String.raw`\b(?:creat(?:e|es|ed|ing)|establish(?:es|ed|ing)?|set(?:s|ting)? up|form(?:s|ed|ing)?|launch(?:es|ed|ing)?)\s+(?:of\s+)?(?:a\s+|an\s+|the\s+)?(?:new\s+)?${SLOTS}`, 'gu'),
    events: (m, n) => namesOfSlots(m[1], n).map((to) => ({ kind: 'create' as const, from: null, to, text: null })),
  },
  // (A new) X will be created / established (the Electrical and Mechanical Installations Department will be created).
  {
    re: new RegExp(String.raw`${SLOTS}\s+${BE}\s+(?:created|established|set up|formed|launched)\b`, 'gu'),
    events: (m, n) => namesOfSlots(m[1], n).map((to) => ({ kind: 'create' as const, from: null, to, text: null })),
  },
  // Responsibility for F will transfer / pass from X to Y.
  {
    re: new RegExp(String.raw`\b[Rr]esponsibilit(?:y|ies)\s+for\s+([a-z][a-z ,-]+?)\s+(?:will\s+|is to\s+)?(?:transfer(?:s|red)?|pass(?:es|ed)?|move[sd]?|shift(?:s|ed)?)\s+from\s+(?:the\s+)?${SLOT}\s+to\s+(?:the\s+)?${SLOT}`, 'gu'),
    events: (m, n) => [{ kind: 'move', from: one(n, m[2]), to: one(n, m[3]), text: work(m[1]) }],
  },
  // Unit X will be moved / transferred from A to B: X and its work go to B.
  {
    re: new RegExp(String.raw`${SLOT}\s+${BE}\s+(?:moved|transferred|relocated)\s+from\s+(?:the\s+)?${SLOT}\s+to\s+(?:the\s+)?${SLOT}`, 'gu'),
    events: (m, n) => [{ kind: 'move', from: one(n, m[2]), to: one(n, m[3]), text: one(n, m[1]) }],
  },
  // X will take over / assume responsibility for F: X is given F.
  {
    re: new RegExp(String.raw`${SLOT}\s+(?:will\s+|would\s+|is to\s+)?(?:now\s+)?(?:take[sn]?\s+over|took\s+over|assumes?|assumed|take[sn]?\s+on)\s+(?:the\s+)?responsibilit(?:y|ies)\s+for\s+([a-z][a-z ,-]+[a-z])`, 'gu'),
    events: (m, n) => [{ kind: 'assign', from: null, to: one(n, m[1]), text: work(m[2]) }],
  },
  // transfer / move F (from X) to Y.
  {
    re: new RegExp(String.raw`\b(?:transfer(?:s|red|ring)?|mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?)\s+(?:of\s+)?(?:the\s+)?([a-z][a-z ,-]+?)\s+(?:from\s+(?:the\s+)?${SLOT}\s+)?to\s+(?:the\s+)?${SLOT}`, 'gu'),
    events: (m, n) => [{ kind: 'move', from: one(n, m[2]), to: one(n, m[3]), text: work(m[1]) }],
  },
  // F (of / from X) is now part of / goes to / moves to / transfers to Y; brought F within the ambit of Y.
  {
    re: new RegExp(String.raw`(?:^|,\s*|\bwhile\s+|\band\s+)(?:[Tt]he\s+)?((?!while\b|and\b|the\b)[a-z][a-z -]+?)\s+(?:(?:of|from)\s+(?:the\s+)?${SLOT}\s+)?(?:${BE}\s+now\s+part of|(?:is|are)\s+now\s+part of|(?:will\s+)?(?:go|goes|move|moves|transfer|transfers|end up|ends up)\s+(?:in|to)|${BE}\s+(?:transferred|moved|given|handed)\s+to)\s+(?:the\s+)?${SLOT}`, 'gu'),
    events: (m, n) => [{ kind: 'move', from: one(n, m[2]), to: one(n, m[3]), text: work(m[1]) }],
  },
  {
    re: new RegExp(String.raw`\bbr(?:ought|ing|ings)\s+([a-z][a-z -]+?)\s+(?:within|under)\s+the\s+(?:ambit|remit|control|purview)\s+of\s+(?:the\s+)?${SLOT}`, 'gu'),
    events: (m, n) => [{ kind: 'move', from: null, to: one(n, m[2]), text: work(m[1]) }],
  },
];

/** Splits an English line into sentences at . ! ? before a capital or the end. */
export function englishSentences(line: string): string[] {
  return line
    .split(/(?<=[.!?])\s+(?=[A-Z"“(])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Whether a line is English prose (Latin letters, no Han). */
export function isEnglishLine(text: string): boolean {
  return !/\p{Script=Han}/u.test(text) && /[A-Za-z]{3,}/u.test(text);
}

/**
 * The short forms a text defines for unit names ("the Land, Public Works and
 * Transport Bureau (DSSOPT)"): each acronym and the name it stands for.
 */
export function englishAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of englishNames(text)) {
    const m = /^\s*\(([A-Z]{2,8})\)/u.exec(text.slice(n.end));
    if (m !== null && !out.has(m[1])) out.set(m[1], n.name);
  }
  return out;
}

/**
 * The sentence's names with its defined acronyms among them: "the former
 * DSSOPT will take the name of …" names the bureau DSSOPT stands for. An
 * acronym in brackets right after a name is its definition, not a name again.
 */
function namesWithAcronyms(sentence: string, acronyms: ReadonlyMap<string, string>): Found[] {
  const names = englishNames(sentence);
  if (acronyms.size === 0) return names;
  const short: Found[] = [];
  for (const m of sentence.matchAll(/\b[A-Z]{2,8}\b/gu)) {
    const name = acronyms.get(m[0]);
    const start = m.index;
    const end = start + m[0].length;
    if (name === undefined || names.some((n) => start < n.end && n.start < end)) continue;
    if (/\(\s*$/u.test(sentence.slice(0, start)) && /^\s*\)/u.test(sentence.slice(end))) continue;
    short.push({ name, start, end });
  }
  return [...names, ...short].sort((a, b) => a.start - b.start);
}

/** The change events of one English sentence, in the order the sentence states them; `acronyms` are the short forms its text defines. */
export function englishEvents(sentence: string, acronyms: ReadonlyMap<string, string> = new Map()): EnglishEvent[] {
  const names = namesWithAcronyms(sentence, acronyms);
  if (names.length === 0) return [];
  const skeleton = skeletonOf(sentence, names);
  const found: { at: number; events: EnglishEvent[] }[] = [];
  const taken: [number, number][] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(skeleton); m !== null; m = p.re.exec(skeleton)) {
      const span: [number, number] = [m.index, m.index + m[0].length];
      // The first pattern to read a stretch of the sentence reads it: a merge with a new name is not also a plain merge.
      if (taken.some(([a, b]) => span[0] < b && a < span[1])) continue;
      taken.push(span);
      found.push({ at: m.index, events: p.events(m, names) });
    }
  }
  return found
    .sort((a, b) => a.at - b.at)
    .flatMap((f) => f.events)
    .filter((e) => (e.to === null || e.to.length > 0) && (e.from === null || e.from.length > 0));
}
