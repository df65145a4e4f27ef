/**
 * Numbering labels and their styles. A style is what makes two labels
 * siblings: "(一)" and "（二）" share one (the text is width-folded
 * first), "一、" and "一." do not. The financial numerals 壹贰叁 are the
 * same style as 一二三: the seeds mix "壹、" and "二、" in one list.
 */
export type LabelStyle =
  | 'cn-dun' // 一、
  | 'cn-dot' // 一.
  | 'cn-paren' // (一)
  | 'di' // 第一、
  | 'part' // 第一部分, 第一部份, 第一篇, 第一编: above the chapters
  | 'chapter' // 第一章
  | 'article' // 第一条, 第3條
  | 'dotted2' // 2.3
  | 'dotted3' // 2.3.1
  | 'dotted4' // 2.3.1.4
  | 'cn-space' // "一 企划科:" (a numeral and a space at a line start)
  | 'alpha-dot' // A. a.
  | 'alpha-paren' // (a) a)
  | 'alpha-dun' // "a、" at a paragraph start
  | 'alpha-dun-upper' // "A、" at a paragraph start: its own family, so a、 nests under it
  | 'ar-dun' // 1、 01、
  | 'ar-dot' // 1.
  | 'ar-paren' // (1)
  | 'ar-rparen' // 1)
  | 'circled' // ①
  | 'circled-paren' // ⑴
  | 'duty-n' // 职责一 (职责表述:…), the rows of a 岗位说明书's duty table
  | 'bare' // "1 跟踪…", "4制订…"
  | 'bullet'; // - • *

/** A numbering label found in a text. */
export interface Label {
  style: LabelStyle;
  /** Its number (1 for 一/壹/①/01); 0 for bullets. */
  value: number;
  /** Length of the label in the text, including spaces around it. */
  length: number;
  /** True when the label is glued to a preceding word ("…发展策略1.研究…"), not after punctuation or a line start. */
  glued: boolean;
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const CN_TEN = /[十拾]/u;
const CN = '[一二三四五六七八九十零〇壹贰叁肆伍陆柒捌玖拾]';

/** The value of a Chinese numeral up to 99 ("十二" 12, "二十" 20, "壹" 1), or NaN. */
export function chineseNumeralValue(numeral: string): number {
  if (numeral.length === 0) return NaN;
  const chars = [...numeral];
  const tenAt = chars.findIndex((c) => CN_TEN.test(c));
  if (tenAt === -1) return chars.length === 1 && chars[0] in CN_DIGITS ? CN_DIGITS[chars[0]] : NaN;
  const tens = tenAt === 0 ? 1 : CN_DIGITS[chars[0]];
  const unit = tenAt === chars.length - 1 ? 0 : CN_DIGITS[chars[tenAt + 1]];
  if (tenAt > 1 || chars.length - tenAt > 2 || tens === undefined || unit === undefined) return NaN;
  return tens * 10 + unit;
}

interface Pattern {
  style: LabelStyle;
  re: RegExp;
  chinese: boolean;
}

// Sticky patterns, tried in this order at one offset; group 1 is the number.
const PATTERNS: readonly Pattern[] = [
  { style: 'part', re: new RegExp(`第\\s*(${CN}{1,3}|\\d{1,2})\\s*(?:部分|部份|篇|编)\\s*[:：]?`, 'uy'), chinese: true },
  { style: 'chapter', re: new RegExp(`第\\s*(${CN}{1,3}|\\d{1,2})\\s*章\\s*[:：]?`, 'uy'), chinese: true },
  { style: 'article', re: new RegExp(`第\\s*(${CN}{1,4}|\\d{1,3})\\s*[条條]\\s*[:：、]?\\s*`, 'uy'), chinese: true },
  { style: 'di', re: new RegExp(`第(${CN}{1,3})\\s*[、,，:：]`, 'uy'), chinese: true },
  { style: 'cn-paren', re: new RegExp(`[(（]\\s*(${CN}{1,3})\\s*[)）]\\s*`, 'uy'), chinese: true },
  { style: 'cn-dun', re: new RegExp(`(${CN}{1,3})\\s*、\\s*`, 'uy'), chinese: true },
  { style: 'cn-dot', re: new RegExp(`(${CN}{1,3})\\s*[.．](?![.．\\d])\\s*`, 'uy'), chinese: true },
  // "职责一 职责表述:…": a duty row of a post description; only before a space, a colon, 职责表述 or the end.
  { style: 'duty-n', re: new RegExp(`职责\\s*(${CN}{1,3})(?=[\\s:：]|$|职责)\\s*(?:职责(?:表述|描述)\\s*[:：]\\s*)?`, 'uy'), chinese: true },
  { style: 'ar-paren', re: /[(（]\s*(\d{1,2})\s*[)）]\s*/uy, chinese: false },
  { style: 'ar-dun', re: /(\d{1,3})\s*、\s*/uy, chinese: false },
  { style: 'ar-dot', re: /(\d{1,3})\s*[.．](?![.．\d])\s*/uy, chinese: false },
  { style: 'ar-rparen', re: /(\d{1,2})[)）]\s*/uy, chinese: false },
];

/**
 * The characters a label can begin with away from a line start: the first
 * characters of PATTERNS (第, an opening bracket, a Chinese numeral, a
 * digit), a digit of a bare number, a circled number. Keep in step with
 * PATTERNS and labelAt.
 */
const LABEL_START = new RegExp(`[第职(（0-9\u2460-\u2487${CN.slice(1, -1)}]`, 'u');
/** A Chinese numeral or 第: before a Chinese label, it makes the label part of a longer numeral. */
const CN_OR_DI = new RegExp(`${CN}|第`, 'u');
/** "一 企划科": a Chinese numeral and a space at a line start. */
const CN_SPACE = new RegExp(`^(${CN}{1,3})[ \\t\u3000]+(?=\\p{Script=Han})`, 'u');

/** "一, 会计凭证的复核": a numeral and a comma before Chinese text, where a paragraph starts. */
const CN_COMMA = new RegExp(`^(${CN}{1,3})\\s*[,，]\\s*(?=\\p{Script=Han})`, 'u');

/** True for a letter or digit of any script (what makes a label "glued" or a number part of a word). */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * The numbering label starting at `at` in `key` (the aligned normal form),
 * or null. Digits inside a number ("120203", "V4.1", "3G") and numerals
 * inside a word ("第二", "十二" read from its second character) are not
 * labels; a bare number ("1 跟踪…", "4制订…") needs Chinese text after it
 * and no measure word ("3人", "2010年").
 */
export function labelAt(key: string, at: number, measureAfterNumber: RegExp): Label | null {
  // The parser asks at every offset of a paragraph, and most start no label: away from a line
  // start or a space, every label begins with one of LABEL_START's characters.
  if (at > 0 && at < key.length && !LABEL_START.test(key[at]) && !/\s/u.test(key[at - 1])) return null;
  const before = at > 0 ? key[at - 1] : undefined;
  const glued = isWordChar(before);
  for (const { style, re, chinese } of PATTERNS) {
    re.lastIndex = at;
    const m = re.exec(key);
    if (!m) continue;
    if (chinese && before !== undefined && CN_OR_DI.test(before) && style !== 'cn-paren') continue;
    if (!chinese && before !== undefined && /[\dA-Za-z.．\-/]/u.test(before) && style !== 'ar-paren') continue;
    // "1)" read from inside "(1)" is not a label of its own.
    if (style === 'ar-rparen' && before !== undefined && /[(（]/u.test(before)) continue;
    const value = chinese && !/^\d+$/u.test(m[1]) ? chineseNumeralValue(m[1]) : Number(m[1]);
    if (!Number.isFinite(value)) continue;
    return { style, value, length: m[0].length, glued };
  }
  const line = lineLabelAt(key, at);
  if (line) return line;
  const circled = key.codePointAt(at);
  if (circled !== undefined && circled >= 0x2460 && circled <= 0x2473) return { style: 'circled', value: circled - 0x245f, length: 1 + spaces(key, at + 1), glued };
  if (circled !== undefined && circled >= 0x2474 && circled <= 0x2487) return { style: 'circled-paren', value: circled - 0x2473, length: 1 + spaces(key, at + 1), glued };
  if (at === 0) {
    const bullet = /^[-•·●◆▪*]\s+/u.exec(key);
    if (bullet) return { style: 'bullet', value: 0, length: bullet[0].length, glued: false };
  }
  if (before !== undefined && /[\dA-Za-z.．%\-/]/u.test(before)) return null;
  const bare = /(\d{1,2})(?!\d)\s*/uy;
  bare.lastIndex = at;
  const m = bare.exec(key);
  if (m && /\p{Script=Han}/u.test(key[at + m[0].length] ?? '') && !measureAfterNumber.test(key.slice(at + m[1].length))) {
    return { style: 'bare', value: Number(m[1]), length: m[0].length, glued };
  }
  return null;
}

/** Number of spaces at an offset. */
function spaces(key: string, at: number): number {
  let n = 0;
  while (key[at + n] === ' ' || key[at + n] === '\t') n++;
  return n;
}

/**
 * Labels that only count where a line (or a cell) starts, since inside text
 * they are numbers, initials or words: dotted "2.3"/"2.3.1" (value: the last
 *  part; up to four levels, 2.3.1.4), "一 企划科" (a numeral and a space), "A." and "(a)".
 */
function lineLabelAt(key: string, at: number): Label | null {
  if (at > 0 && !/\s/u.test(key[at - 1])) return null;
  const rest = key.slice(at);
  const dotted = /^(\d{1,2}(?:[.．]\d{1,2}){1,3})[.．、]?(?![\d%.．])\s*/u.exec(rest);
  const after = dotted ? rest.slice(dotted[0].length) : '';
  if (dotted && /^[\p{Script=Han}A-Za-z(（“"]/u.test(after) && !/^(?:倍|万|亿|元|年|月|日|个|人|次|米|吨|公里|小时|版)/u.test(after)) {
    const parts = dotted[1].split(/[.．]/u);
    return { style: parts.length === 2 ? 'dotted2' : parts.length === 3 ? 'dotted3' : 'dotted4', value: Number(parts[parts.length - 1]), length: dotted[0].length, glued: false };
  }
  // "一,  会计凭证的复核": a numeral and a comma where the paragraph starts, a 一、 typed with the wrong mark.
  const cnComma = at === 0 ? CN_COMMA.exec(rest) : null;
  if (cnComma) {
    const value = chineseNumeralValue(cnComma[1]);
    if (Number.isFinite(value)) return { style: 'cn-dun', value, length: cnComma[0].length, glued: false };
  }
  const cnSpace = CN_SPACE.exec(rest);
  if (cnSpace && /^[\s\-•·●*]*$/u.test(key.slice(0, at))) {
    const value = chineseNumeralValue(cnSpace[1]);
    if (Number.isFinite(value)) return { style: 'cn-space', value, length: cnSpace[0].length, glued: false };
  }
  // "A、秘書室" / "a、由秘書室每天負責…": a letter and 、 where a paragraph starts, upper and lower case two families.
  const alphaDun = at === 0 ? /^([A-Ha-h])\s*、\s*(?=\p{Script=Han})/u.exec(rest) : null;
  if (alphaDun) {
    const upper = alphaDun[1] === alphaDun[1].toUpperCase();
    return { style: upper ? 'alpha-dun-upper' : 'alpha-dun', value: alphaDun[1].toLowerCase().charCodeAt(0) - 96, length: alphaDun[0].length, glued: false };
  }
  const alpha = /^(?:([A-Ha-h])[.．](?=\s)|[(（]([a-h])[)）]|([a-h])\))\s*/u.exec(rest);
  if (alpha) {
    const letter = (alpha[1] ?? alpha[2] ?? alpha[3]).toLowerCase();
    return { style: alpha[1] ? 'alpha-dot' : 'alpha-paren', value: letter.charCodeAt(0) - 96, length: alpha[0].length, glued: false };
  }
  return null;
}
