import type { TextLine } from '../ingest/types.ts';
import type { ParseLexicon } from './lexicon.ts';
import { labelAt, type LabelStyle } from './numbering.ts';
import { type Paragraph, joinParagraphs, paragraphOf, sliceParagraph, trimParagraph } from './paragraph.ts';
import { isPositionName, unitHeadingAt } from './units.ts';

/** What cleaning a file leaves: its paragraphs and the title the site printed on each page, if any. */
export interface CleanText {
  paragraphs: Paragraph[];
  /** "市場部工作職責及核心業務流程" from "市場部工作職責及核心業務流程_第1頁": a title for a file that has none of its own. */
  pageTitle: string | null;
  /** Lines dropped as site furniture, with the reason. */
  dropped: Map<number, string>;
}

/** True when a whole (trimmed, normalised) line is site furniture. */
export function isBoilerplate(key: string, lexicon: ParseLexicon): boolean {
  return key.length <= lexicon.maxBoilerplateLength && lexicon.boilerplateLines.some((pattern) => pattern.test(key));
}

/**
 * True for a bulleted line of a site notice ("- 2、本站所有内容…", "• 3. 本站RAR压缩包…"); not
 * for a bulleted duty that names documents or users ("- 录入保存电子文档;", "- 负责用户投诉处理"):
 * an item that opens with a duty verb is work, not a notice.
 */
export function isNoticeItem(key: string, lexicon: ParseLexicon): boolean {
  const bullet = /^[-•·●]\s*/u.exec(key);
  if (bullet === null || !lexicon.noticeWords.test(key)) return false;
  const item = key.slice(bullet[0].length).replace(/^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．)）]\s*/u, '');
  return !lexicon.dutyVerbs.test(item);
}

/** The line as the parser reads it: a list label the source displayed is put back in front. */
function lineText(line: TextLine): string {
  const text = line.text ?? '';
  const label = line.listLabel?.trim();
  return label && !text.trimStart().startsWith(label) ? `${label} ${text}` : text;
}

/**
 * Drops site boilerplate (download and copyright notices, page counters,
 * related-document lists, comment boxes, licence footers) and blank lines,
 * then joins scraped page chunks that cut sentences in two.
 */
export function cleanLines(lines: readonly TextLine[], lexicon: ParseLexicon): CleanText {
  const kept: Paragraph[] = [];
  let pageTitle: string | null = null;
  let inBlock = false;
  const dropped = new Map<number, string>();
  for (const line of lines) {
    // Wiki citation marks ("…职能部门[1]") are no text of the document; a markdown "#" marks a heading.
    // "校 长", "办 公 室": a short heading spaced out for layout is one word.
    const cited = lexicon.boilerplatePrefixes.reduce((text, prefix) => text.replace(prefix, ''), lineText(line).replace(/\[\d{1,3}\]/gu, ''));
    const raw = /^\s*(?:\p{Script=Han}[ \t\u3000]+){1,6}\p{Script=Han}\s*$/u.test(cited) ? cited.replace(/[ \t\u3000]+/gu, '') : cited;
    const markdown = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/u.exec(raw);
    const plain = trimParagraph(paragraphOf(markdown ? markdown[2] : raw, line.line));
    const level = markdown ? markdown[1].length : line.heading;
    const p = level === undefined ? plain : { ...plain, heading: level };
    if (p.key.length === 0) continue;
    const pageMark = /^(.{2,60}?)_第\s*\d+\s*页$/u.exec(p.key);
    if (pageMark && pageTitle === null) pageTitle = p.text.slice(0, pageMark[1].length).trim();
    if (lexicon.boilerplateBlocks.some((pattern) => pattern.test(p.key))) {
      inBlock = true;
      dropped.set(line.line, 'site boilerplate');
      continue;
    }
    if (inBlock && /^[-•·●]/u.test(p.key)) {
      dropped.set(line.line, 'site boilerplate');
      continue;
    }
    inBlock = false;
    if (isBoilerplate(p.key, lexicon) || isNoticeItem(p.key, lexicon)) {
      dropped.set(line.line, 'site boilerplate');
      continue;
    }
    kept.push(p);
  }
  const body = withoutRunningHeaders(joinStackedCharacters(kept), lexicon, dropped);
  return {
    paragraphs: joinHardWraps(joinPageChunks(body, lexicon.minChunkLength), lexicon)
      .flatMap(splitGluedOutline)
      .flatMap((p) => splitGluedSections(p, lexicon))
      .flatMap((p) => splitGluedUnits(p, lexicon))
      .flatMap(splitGluedBullets),
    pageTitle,
    dropped,
  };
}

/** A line cut by a fixed width: it stops inside a phrase (after a character or 、), not at a clause end. */
function endsInsidePhrase(key: string): boolean {
  return /[\p{Script=Han}、]$/u.test(key.trimEnd());
}

/**
 * Joins the lines of a hard-wrapped text (a 法規 page printed at a fixed
 * width: "一、民政課:掌理自治行政、…、環境衛生、災" / "害防救、禮俗宗教…及其他有關" /
 * "民政事項。"). A file is hard-wrapped when at least three of its lines stop
 * inside a phrase at one width (±1 character, at least 20); then each line
 * of about that width that stops inside a phrase takes the next line,
 * unless that line starts with a label of its own. Files without such a width are left as they are: a list whose
 * items carry no closing punctuation is no wrapped text.
 */
export function joinHardWraps(paragraphs: readonly Paragraph[], lexicon: ParseLexicon): Paragraph[] {
  const widths = new Map<number, number>();
  for (const p of paragraphs) if (p.key.length >= 20 && endsInsidePhrase(p.key)) widths.set(p.key.length, (widths.get(p.key.length) ?? 0) + 1);
  const near = (w: number) => (widths.get(w - 1) ?? 0) + (widths.get(w) ?? 0) + (widths.get(w + 1) ?? 0);
  const width = [...widths.keys()].filter((w) => near(w) >= 3).sort((a, b) => near(b) - near(a) || b - a)[0];
  if (width === undefined) return [...paragraphs];
  const out: Paragraph[] = [];
  let last: Paragraph | null = null;
  for (const p of paragraphs) {
    const previous = out[out.length - 1];
    // A line at the width (or a little short of it: full-width punctuation, a word not split) runs on.
    const runsOn = last !== null && last.key.length >= width - 8 && endsInsidePhrase(last.key);
    last = p;
    // A time-share cell of a duty table ("65 %") starts a row: it never runs on from the line before.
    if (previous && runsOn && labelAt(p.key, 0, lexicon.measureAfterNumber) === null && !/^[-•·●]/u.test(p.key) && !/^\d{1,3}\s*[%％]$/u.test(p.key.trim())) {
      out[out.length - 1] = joinParagraphs(previous, p);
    } else out.push(p);
  }
  return out;
}

/** The paragraph cut before each offset (ascending, none at 0), each piece trimmed, empty ones dropped. */
function splitAt(p: Paragraph, cuts: readonly number[]): Paragraph[] {
  return [0, ...cuts].map((from, i) => sliceParagraph(p, from, cuts[i] ?? p.text.length)).map(trimParagraph).filter((piece) => piece.key.length > 0);
}

// A dotted label (2.1, 2.1.1.3) glued between words: after a character of text, before a Han one.
const GLUED_DOTTED = /(?<=[\p{Script=Han},，。;；:：、)）])([0-9]{1,2}(?:\.[0-9]{1,2}){1,4})(?=\p{Script=Han})/gu;

/** Whether dotted label `next` can follow `prev` in one outline: a first child (2.1 → 2.1.1), a sibling (2.1.1 → 2.1.2), or an ancestor's sibling (2.1.1.8 → 2.1.2, → 2.2). */
function followsInOutline(prev: readonly number[], next: readonly number[]): boolean {
  if (next.length === prev.length + 1) return next.slice(0, -1).every((v, i) => v === prev[i]) && next[next.length - 1] === 1;
  if (next.length > prev.length || next.length < 2) return false;
  const k = next.length - 1;
  return next.slice(0, k).every((v, i) => v === prev[i]) && next[k] === prev[k] + 1;
}

/**
 * Splits a paragraph whose line breaks were lost inside a dotted outline
 * ("2.1理货组岗位职责2.1.1退货员岗位职责2.1.1.1负责退货的接收…2.1.1.2负责…"):
 * before each glued dotted label that follows the label before it in outline
 * order, when at least two do. Numbers in running text (增长2.5倍, 版本1.0) do
 * not form such a sequence and stay where they are.
 */
export function splitGluedOutline(p: Paragraph): Paragraph[] {
  const start = /^([0-9]{1,2}(?:\.[0-9]{1,2}){1,4})(?=\p{Script=Han})/u.exec(p.key);
  let prev: number[] | null = start ? start[1].split('.').map(Number) : null;
  const cuts: number[] = [];
  for (const m of p.key.matchAll(GLUED_DOTTED)) {
    const label = m[1].split('.').map(Number);
    if (prev !== null && followsInOutline(prev, label)) cuts.push(m.index);
    if (prev === null || followsInOutline(prev, label)) prev = label;
  }
  if (cuts.length < 2) return [p];
  return splitAt(p, cuts);
}

/**
 * A table cell too narrow for its word, flattened one character a line ("职" "责" "一"): a run
 * of two or more lines of one Chinese character each is one line ("职责一").
 */
function joinStackedCharacters(paragraphs: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    let j = i;
    while (j < paragraphs.length && /^\p{Script=Han}$/u.test(paragraphs[j].key.trim()) && paragraphs[j].heading === undefined) j++;
    if (j - i >= 2) {
      out.push(paragraphs.slice(i + 1, j).reduce((a, b) => joinParagraphs(a, b), paragraphs[i]));
      i = j - 1;
    } else out.push(paragraphs[i]);
  }
  return out;
}

/**
 * Splits a whole document that reached us as one line ("…制度:一、门卫安全管理1、…。二、门卫岗位职责1、…"):
 * before each 一、 二、 三、 glued after a sentence end (or a title) that numbers on from the one before,
 * when one of those sections is headed by a unit (门卫岗位职责, 项目经理岗位描述). The first section's label
 * may follow a title without punctuation (负责制一、总则). The numbered items inside stay for the walker.
 */
export function splitGluedSections(p: Paragraph, lexicon: ParseLexicon): Paragraph[] {
  const isLabelAt = (at: number) => labelAt(p.key, at, lexicon.measureAfterNumber) !== null;
  const cuts: number[] = [];
  let expected = 1;
  let headed = false;
  for (let at = 1; at < p.key.length; at++) {
    const label = labelAt(p.key, at, lexicon.measureAfterNumber);
    if (label === null || label.style !== 'cn-dun' || label.value !== expected) continue;
    if (expected > 1 && !/[。;；:：!！?？]\s*$/u.test(p.key.slice(0, at))) continue;
    cuts.push(at);
    expected++;
    if (unitHeadingAt(p.key, at + label.length, ['titled'], lexicon, isLabelAt) !== null) headed = true;
    at += label.length - 1;
  }
  if (cuts.length < 2 || !headed) return [p];
  return splitAt(p, cuts);
}

/**
 * Splits a paragraph whose line breaks were lost inside a list of units
 * ("…的采买等。3)财务部:参与企业经营管理…。4)业务管理部:总经理领导下…。5)工程部:…"):
 * before each label inside the paragraph that a unit heading follows
 * (财务部:, 策划部门策划部门是…), when at least two such labels of one style
 * number on from each other. Posts are left to the walker, which reads a
 * list of them inside a line in place. A label in running text (第3条, 增长2.5倍) or a
 * list of duties inside one sentence (负责:1、…2、…) names no unit and stays.
 */
export function splitGluedUnits(p: Paragraph, lexicon: ParseLexicon): Paragraph[] {
  const isLabelAt = (at: number) => labelAt(p.key, at, lexicon.measureAfterNumber) !== null;
  const found: Array<{ at: number; style: LabelStyle; value: number }> = [];
  for (let at = 1; at < p.key.length; at++) {
    const label = labelAt(p.key, at, lexicon.measureAfterNumber);
    if (label === null || label.style === 'bare' || label.style === 'bullet') continue;
    // Posts listed inline (1、产品主管:…;2、市场调研主管:…) are read in place by the walker.
    const heading = unitHeadingAt(p.key, at + label.length, ['stop', 'repeated', 'titled'], lexicon, isLabelAt);
    if (heading === null || isPositionName(heading.name)) continue;
    found.push({ at, style: label.style, value: label.value });
    at += label.length - 1;
  }
  const cuts = found.filter((f, i) => found.some((g, j) => j !== i && g.style === f.style && Math.abs(g.value - f.value) === 1)).map((f) => f.at);
  if (cuts.length < 2) return [p];
  return splitAt(p, cuts);
}

// A dash bullet glued after text ("…的设计- 根据客户的需求…"): a dash and a space, after a character or a clause end; not a hyphen (2020-2021, 规格-型号).
const GLUED_BULLET = /(?<=[\p{Script=Han},，。;；:：、)）])\s*[-•●]\s+(?=\p{Script=Han})/gu;

/**
 * Splits a paragraph whose line breaks were lost inside a bulleted list
 * ("主要职责包括:- 提供创意构思和方案…- 根据客户的需求…- 确保…"): before each
 * bullet glued after text, when at least two are. A single dash in a
 * sentence stays where it is.
 */
export function splitGluedBullets(p: Paragraph): Paragraph[] {
  const cuts = [...p.key.matchAll(GLUED_BULLET)].map((m) => m.index + (m[0].length - m[0].trimStart().length));
  if (cuts.length < 2) return [p];
  return splitAt(p, cuts);
}

/**
 * Drops a page's running header where it interrupts a numbered list: a short
 * unnumbered line that the file repeats elsewhere, standing between items n
 * and n + 1 of one list ("8、…" / "业务保安责任制" / "9、…"). Printed pages
 * repeat their header at every page break; a heading would not sit inside a
 * list whose numbering goes on. Each dropped line is recorded in `dropped`.
 */
function withoutRunningHeaders(paragraphs: readonly Paragraph[], lexicon: ParseLexicon, dropped: Map<number, string>): Paragraph[] {
  const label = (p: Paragraph) => labelAt(p.key, 0, lexicon.measureAfterNumber);
  const seen = new Map<string, number>();
  for (const p of paragraphs) if (p.key.length <= 30) seen.set(p.key, (seen.get(p.key) ?? 0) + 1);
  return paragraphs.filter((p, i) => {
    if ((seen.get(p.key) ?? 0) < 2 || i === 0 || i === paragraphs.length - 1 || label(p) !== null) return true;
    const before = label(paragraphs[i - 1]);
    const after = label(paragraphs[i + 1]);
    const inList = before !== null && after !== null && before.style === after.style && after.value === before.value + 1;
    if (inList) for (const line of new Set(p.lines)) dropped.set(line, 'a page header repeated inside a numbered list');
    return !inList;
  });
}

/** True when a text stops mid-sentence (no closing punctuation). */
function endsMidSentence(key: string): boolean {
  return !/[。；;！!？?.…」”"]\s*$/u.test(key);
}

const PAGE_MARK = /^(\d{1,3})、/u;

/**
 * Joins page chunks back together. Some sites print a document as chunks
 * of fixed size, each on a new line starting with its page number "N、";
 * a chunk then begins mid-sentence ("4、实现。3、做好…" continues "…保证目标
 * 计划的"). A run of at least three long paragraphs numbered k, k+1, …
 * where most predecessors stop mid-sentence is taken for such chunks: the
 * page numbers are removed and each chunk whose predecessor stops
 * mid-sentence is joined to it.
 */
export function joinPageChunks(paragraphs: readonly Paragraph[], minChunkLength: number): Paragraph[] {
  const isChunk = paragraphs.map(() => false);
  let i = 0;
  while (i < paragraphs.length) {
    const first = PAGE_MARK.exec(paragraphs[i].key);
    if (!first || paragraphs[i].key.length < minChunkLength) {
      i++;
      continue;
    }
    let j = i + 1;
    let midCuts = 0;
    let expected = Number(first[1]) + 1;
    while (j < paragraphs.length) {
      const mark = PAGE_MARK.exec(paragraphs[j].key);
      if (!mark || Number(mark[1]) !== expected) break;
      if (endsMidSentence(paragraphs[j - 1].key)) midCuts++;
      expected++;
      j++;
    }
    // A real numbered list ends its items with punctuation; page chunks end anywhere.
    if (j - i >= 3 && midCuts * 2 >= j - i - 1) for (let k = i; k < j; k++) isChunk[k] = true;
    i = Math.max(j, i + 1);
  }
  const out: Paragraph[] = [];
  paragraphs.forEach((p, k) => {
    if (!isChunk[k]) {
      out.push(p);
      return;
    }
    const body = sliceParagraph(p, PAGE_MARK.exec(p.key)![0].length);
    const previous = out[out.length - 1];
    if (k > 0 && isChunk[k - 1] && previous && endsMidSentence(previous.key)) out[out.length - 1] = joinParagraphs(previous, body);
    else out.push(body);
  });
  return out;
}
