import { alignedNormalize } from '../text/normalize.ts';

/**
 * A run of source text the parser reads as one piece: usually one line,
 * several lines when scraped page chunks are joined back together. Three
 * arrays move in lockstep so that any slice still knows where it came from.
 */
export interface Paragraph {
  /** The original text, for display. */
  text: string;
  /** The aligned normal form (same length as `text`), for matching. */
  key: string;
  /** The 1-based source line of each UTF-16 unit of `text`. */
  lines: number[];
  /** Heading level 1–6 when the source marked the line as a heading (.docx heading style, markdown #). */
  heading?: number;
}

/** A paragraph from one source line. */
export function paragraphOf(text: string, line: number): Paragraph {
  return { text, key: alignedNormalize(text), lines: new Array<number>(text.length).fill(line) };
}

/** The part of a paragraph between two offsets. */
export function sliceParagraph(p: Paragraph, from: number, to: number = p.text.length): Paragraph {
  const piece = { text: p.text.slice(from, to), key: p.key.slice(from, to), lines: p.lines.slice(from, to) };
  return p.heading === undefined ? piece : { ...piece, heading: p.heading };
}

/** Two paragraphs joined without a separator (a sentence cut by a page break). */
export function joinParagraphs(a: Paragraph, b: Paragraph): Paragraph {
  const joined = { text: a.text + b.text, key: a.key + b.key, lines: a.lines.concat(b.lines) };
  return a.heading === undefined ? joined : { ...joined, heading: a.heading };
}

/** The paragraph without leading and trailing whitespace. */
export function trimParagraph(p: Paragraph): Paragraph {
  const start = p.key.length - p.key.trimStart().length;
  const end = p.key.trimEnd().length;
  return start >= end ? sliceParagraph(p, 0, 0) : sliceParagraph(p, start, end);
}

/** The source line at an offset (the last line when the offset is past the end; 0 when empty). */
export function lineAt(p: Paragraph, offset: number): number {
  if (p.lines.length === 0) return 0;
  return p.lines[Math.max(0, Math.min(offset, p.lines.length - 1))];
}

/** The paragraph with the ranges [from, to) removed. */
export function removeRanges(p: Paragraph, ranges: readonly (readonly [number, number])[]): Paragraph {
  if (ranges.length === 0) return p;
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  let text = '';
  let key = '';
  const lines: number[] = [];
  let at = 0;
  for (const [from, to] of sorted) {
    if (from > at) {
      text += p.text.slice(at, from);
      key += p.key.slice(at, from);
      lines.push(...p.lines.slice(at, from));
    }
    at = Math.max(at, to);
  }
  text += p.text.slice(at);
  key += p.key.slice(at);
  lines.push(...p.lines.slice(at));
  return { text, key, lines };
}
