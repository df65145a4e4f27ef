import { JSDOM } from 'jsdom';
import { figure, inputLimits, overLimit, type InputLimits } from './limits.ts';
import { listLabel } from './list-label.ts';
import { cutLongLine } from './text-lines.ts';
import type { TextLine } from './types.ts';

/** The file being read and its limits, for the caps on tables and lines. */
export interface HtmlReading {
  /** The file, as messages name it. */
  file: string;
  /** The limits it is read under. */
  limits: InputLimits;
}

/** Elements that start a new block of text: their text is kept apart from their neighbours'. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TD', 'TH', 'BR', 'OL', 'UL', 'TABLE']);

/** Whitespace collapsed to single spaces (tabs too: a tab separates table cells), trimmed. */
function clean(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The text of a node, with a space between blocks so that two paragraphs in one cell do not run together. */
function blockText(node: Node, skip: (el: Element) => boolean = () => false): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out += child.textContent ?? '';
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (skip(el)) continue;
      out += BLOCK_TAGS.has(el.tagName) ? ` ${blockText(el, skip)} ` : blockText(el, skip);
    }
  }
  return out;
}

/** A pending row-spanning cell: its text and how many more rows it covers. */
interface Carry {
  text: string;
  rows: number;
}

/** A span attribute as a count: at least 1, and within the span limit (a gridSpan of 2e8 would spread 200 million cells). */
function spanOf(td: Element, name: 'colspan' | 'rowspan', reading: HtmlReading): number {
  const span = Math.max(1, Math.floor(Number(td.getAttribute(name) ?? 1)) || 1);
  if (span > reading.limits.span) {
    const what = name === 'colspan' ? 'columns' : 'rows';
    throw overLimit(reading.file, `a table cell spans ${figure(span)} ${what}`, `${figure(reading.limits.span)} ${what}`, reading.limits);
  }
  return span;
}

/** Throws when a table holds more cells than the limit allows. */
function checkCells(count: number, reading: HtmlReading): void {
  const { cells } = reading.limits;
  if (count > cells) throw overLimit(reading.file, `a table has more than ${figure(cells)} cells`, `${figure(cells)} cells`, reading.limits);
}

/**
 * The cells of each table row, with row- and column-spanning cells spread
 * over the grid positions they cover (the spanned text is repeated down a
 * rowspan, as a reader of a merged 部门 column would read it; the extra
 * columns of a colspan stay empty). Spans and the table's cell count are
 * held to the reading's limits.
 */
export function tableGrid(table: Element, reading: HtmlReading = { file: 'table', limits: inputLimits() }): string[][] {
  const carry: (Carry | undefined)[] = [];
  const grid: string[][] = [];
  let cellCount = 0;
  const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
  for (const tr of rows) {
    const cells: string[] = [];
    const takeCarried = (): void => {
      let c = carry[cells.length];
      while (c && c.rows > 0) {
        cells.push(c.text);
        c.rows -= 1;
        c = carry[cells.length];
      }
    };
    for (const td of Array.from(tr.children).filter((el) => el.tagName === 'TD' || el.tagName === 'TH')) {
      takeCarried();
      const text = clean(blockText(td));
      const colSpan = spanOf(td, 'colspan', reading);
      const rowSpan = spanOf(td, 'rowspan', reading);
      for (let k = 0; k < colSpan; k++) {
        carry[cells.length] = rowSpan > 1 ? { text: k === 0 ? text : '', rows: rowSpan - 1 } : undefined;
        cells.push(k === 0 ? text : '');
      }
      checkCells(cellCount + cells.length, reading);
    }
    takeCarried();
    cellCount += cells.length;
    checkCells(cellCount, reading);
    grid.push(cells);
  }
  return grid;
}

/** Collects lines from a block-level element into `out`, numbering them in order. */
function walkBlock(el: Element, out: TextLine[], reading: HtmlReading): void {
  const tag = el.tagName;
  const heading = /^H([1-6])$/u.exec(tag);
  if (heading) {
    push(out, { text: clean(blockText(el)), heading: Number(heading[1]) }, reading);
  } else if (tag === 'OL' || tag === 'UL') {
    walkList(el, 0, out, reading);
  } else if (tag === 'TABLE') {
    for (const cells of tableGrid(el, reading)) {
      if (cells.some((c) => c !== '')) push(out, { text: cells.join('\t'), tableRow: true }, reading);
    }
  } else if (Array.from(el.children).some((c) => BLOCK_TAGS.has(c.tagName))) {
    // A container (blockquote, div): its blocks are the paragraphs.
    for (const child of Array.from(el.children)) walkBlock(child, out, reading);
  } else {
    push(out, { text: clean(blockText(el)) }, reading);
  }
}

/** Walks a list: each item is one line labelled by its position; nested lists go one level deeper. */
function walkList(list: Element, level: number, out: TextLine[], reading: HtmlReading): void {
  let position = 0;
  for (const li of Array.from(list.children)) {
    if (li.tagName !== 'LI') continue;
    position += 1;
    const nested = (el: Element): boolean => el.tagName === 'OL' || el.tagName === 'UL' || el.tagName === 'TABLE';
    push(out, { text: clean(blockText(li, nested)), listLevel: level, listLabel: listLabel(level, position) }, reading);
    for (const child of Array.from(li.children)) {
      if (child.tagName === 'OL' || child.tagName === 'UL') walkList(child, level + 1, out, reading);
      else if (child.tagName === 'TABLE') walkBlock(child, out, reading);
    }
  }
}

/** Appends a non-empty line with the next paragraph number; a paragraph over the line limit is cut into pieces of that number. */
function push(out: TextLine[], line: Omit<TextLine, 'line'>, reading: HtmlReading): void {
  if (line.text === '') return;
  const number = (out.at(-1)?.line ?? 0) + 1;
  for (const text of cutLongLine(line.text, reading.limits.lineChars)) out.push({ ...line, text, line: number });
}

/**
 * The lines of an HTML fragment as mammoth writes it for a .docx: h1–h6 →
 * `heading`, list items → `listLevel` and a synthesised `listLabel`, each
 * table row → one line with cells joined by a tab and `tableRow: true`,
 * every other block → a plain line. Empty paragraphs are dropped; `line` is
 * the 1-based index of the paragraph among the lines kept.
 */
export function htmlToLines(html: string, reading: HtmlReading = { file: 'document', limits: inputLimits() }): TextLine[] {
  const { document } = new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window;
  const out: TextLine[] = [];
  for (const el of Array.from(document.body.children)) walkBlock(el, out, reading);
  return out;
}
