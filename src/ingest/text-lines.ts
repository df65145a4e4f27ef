import type { TextLine } from './types.ts';

/** Where a long line is best cut: after a sentence end, else after a pause or a space. */
const SENTENCE_END = /[。；;！!？?]/u;
const PAUSE = /[，,、：:\s]/u;

/**
 * The pieces of a line no longer than `max` characters each, cut after the
 * last sentence end inside each window (else after a comma or space, else
 * at `max`, never inside a surrogate pair). Each window is scanned once, so
 * a 50-million-character line costs one pass: a scraped page without line
 * breaks then reaches the parser as sentences, not as one runaway line.
 */
export function cutLongLine(line: string, max: number): string[] {
  if (line.length <= max) return [line];
  const pieces: string[] = [];
  let from = 0;
  while (line.length - from > max) {
    let cut = -1;
    let pause = -1;
    // Only the second half of a window is searched, so that every piece is at least max/2 long.
    for (let i = from + max - 1; i >= from + max / 2 && cut === -1; i--) {
      if (SENTENCE_END.test(line[i])) cut = i + 1;
      else if (pause === -1 && PAUSE.test(line[i])) pause = i + 1;
    }
    if (cut === -1) cut = pause !== -1 ? pause : from + max;
    const code = line.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff && cut - 1 > from) cut -= 1; // keep a surrogate pair whole
    pieces.push(line.slice(from, cut));
    from = cut;
  }
  pieces.push(line.slice(from));
  return pieces;
}

/**
 * One TextLine per line of decoded text, numbered from 1. Blank lines are
 * kept so that line numbers match what an editor shows; CRLF, CR and LF all
 * end a line. A line longer than `maxLineChars` becomes several TextLines
 * with the same line number (see cutLongLine).
 */
export function textToLines(text: string, maxLineChars = Number.POSITIVE_INFINITY): TextLine[] {
  const parts = text.split(/\r\n|\r|\n/u);
  // A final newline ends the last line; it does not start an empty one.
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  const out: TextLine[] = [];
  parts.forEach((line, i) => {
    for (const piece of cutLongLine(line, maxLineChars)) out.push({ text: piece, line: i + 1 });
  });
  return out;
}
