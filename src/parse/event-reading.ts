import { alignedNormalize, normalizeText } from '../text/normalize.ts';
import { PINYIN_GLOSS } from '../text/unit-names.ts';

/**
 * A sentence as the event grammar reads it: Simplified, width-folded and
 * without pronunciation glosses (`text`), each character mapped back to the
 * written sentence, so that names and functions are cut from what was written.
 */
export interface Reading {
  /** The form the patterns match. */
  text: string;
  /** The sentence as written. */
  written: string;
  /** For each character of `text`, its offset in `written`. */
  at: number[];
}

/** The reading of a written sentence. */
export function readingOf(written: string): Reading {
  // A cited title (《关于在市场经营部内设立客户服务协调中心的通知》) states no change: its words are masked.
  const aligned = alignedNormalize(written).replace(/《[^《》]*》/gu, (title) => `《${'□'.repeat(title.length - 2)}》`);
  const drop = new Set<number>();
  for (const m of aligned.matchAll(PINYIN_GLOSS)) for (let k = 0; k < m[0].length; k++) drop.add(m.index + k);
  // Spaces a page puts around names (原 研究发展科 与 管制考核科 整并为 研究考核科) are no part of them.
  for (const m of aligned.matchAll(/(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})/gu)) for (let k = 0; k < m[0].length; k++) drop.add(m.index + k);
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < aligned.length; i++) {
    if (drop.has(i)) continue;
    text += aligned[i];
    at.push(i);
  }
  return { text, written, at };
}

/**
 * The written text behind text[start, end), normalised (Simplified, width-folded);
 * a gloss right after the last character is kept with it, as written.
 */
export function cut(reading: Reading, start: number, end: number): string {
  if (end <= start) return '';
  const from = reading.at[start];
  const to = end < reading.at.length ? reading.at[end] : reading.written.length;
  return normalizeText(reading.written.slice(from, to)).replace(/(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})/gu, '');
}

/** Characters that end a clause: a comma, semicolon or colon (a comma between Latin letters, as in IDC,ECP, does not). */
export function isClauseBreak(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === ',' && /[A-Za-z0-9]/u.test(text[i - 1] ?? '') && /[A-Za-z0-9]/u.test(text[i + 1] ?? '')) return false;
  // "裁撤A并升格成立B", "撤销A并入B": 并 before a verb of change starts a clause of its own.
  if (ch === '并' && AND_THEN_CHANGE.test(text.slice(i, i + 8))) return true;
  return ch === ',' || ch === ',' || ch === ';' || ch === ':' || ch === ':' || ch === '。' || ch === '!' || ch === '?';
}

const AND_THEN_CHANGE = /^并(?:且|同时)?(?:升格)?(?:成立|组建|设立|新设|增设|升格|更名|改名|划入|划归|撤销|裁撤|合并|整合|挂牌|改为)/u;

/** Where the clause holding position i starts. */
export function clauseStart(text: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && !isClauseBreak(text, k)) k--;
  return k + 1;
}

/** Where the clause holding position i ends (exclusive). */
export function clauseEnd(text: string, i: number): number {
  let k = i;
  while (k < text.length && !isClauseBreak(text, k)) k++;
  return k;
}

/** Splits a line into sentences at 。!? and semicolons, with each sentence's offset. */
export function sentencesOf(line: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let start = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || /[。!?;!?;]/u.test(line[i])) {
      const text = line.slice(start, i + (i < line.length ? 1 : 0));
      if (text.trim().length > 0) out.push({ text, offset: start });
      start = i + 1;
    }
  }
  return out;
}
