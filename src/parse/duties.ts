/**
 * Finishing touches on one duty's text: separators trimmed, the document's
 * own proposal note taken out, collaborating units read, and unnumbered
 * text cut into sentence duties.
 */

/** A duty text without the separators around it (leading "、", trailing "；" or ","). */
export function trimDutyText(text: string): string {
  return text
    .trim()
    .replace(/^[、,，;；:：.．\s]+/u, '')
    // A duty row's field name (职责表述: …) is no part of the duty.
    .replace(/^职责(?:表述|描述)\s*[:：]\s*/u, '')
    .replace(/[、,，;；:：\s]+$/u, '')
    .trim();
}

/** A duty with its proposal note taken out. */
export interface Proposal {
  /** The duty text without the note. */
  text: string;
  /** The note, without its parentheses ("建议:增加此项职责,原处室职责未对此进行明确要求…"), or null. */
  note: string | null;
  /** True when the note proposes adding the duty. */
  proposed: boolean;
}

const PROPOSAL = /[(（]\s*(建议\s*[:：][^)）]*)[)）]?/u;

/**
 * Takes the document's proposal out of a duty: "…定期提供客户研究报告(建议:
 * 增加此项职责,…)" is a duty the document proposes to add, with that note.
 * A note cut off by the end of the text (no closing parenthesis) counts too.
 */
export function extractProposal(text: string): Proposal {
  const m = PROPOSAL.exec(text);
  if (!m) return { text, note: null, proposed: false };
  const note = m[1].trim().replace(/[。.]$/u, '');
  const rest = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).trim();
  return { text: rest, note, proposed: /增加|新增|增设/u.test(note) };
}

const COLLABORATOR = /(?:配合|协助|会同|协同)([\p{Script=Han}]{1,10}?(?:部|处|室|科|中心))(?!门)/gu;
const NOT_A_UNIT = /^(相关|其他|其它|有关|各|本|该|上级|下属)/u;

/** Units a duty names as collaborators ("配合数据部拟定…" → ["数据部"]), in order, without repeats. */
export function collaboratorLinks(normalized: string): string[] {
  const names: string[] = [];
  for (const m of normalized.matchAll(COLLABORATOR)) {
    const name = m[1];
    if (name.length >= 2 && !NOT_A_UNIT.test(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * Where unnumbered text splits into duties: after 。, ；, ; and before a
 * stray "、" left by a lost number ("…调整;、收集…", "…实施。 、负责…"); in
 * English after a sentence end followed by a capital. Returns [from, to)
 * ranges of non-empty pieces.
 */
export function sentenceRanges(key: string): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  const cut = (to: number): void => {
    if (key.slice(from, to).trim().length > 0) ranges.push([from, to]);
    from = to;
  };
  for (let i = 0; i < key.length; i++) {
    const ch = key[i];
    if (ch === '。' || ch === '；' || ch === ';') cut(i + 1);
    else if (ch === '、' && i > from && /\s/u.test(key[i - 1])) cut(i);
    else if ((ch === '.' || ch === '!' || ch === '?') && /^\s+[A-Z]/u.test(key.slice(i + 1))) cut(i + 1);
  }
  cut(key.length);
  return ranges;
}
