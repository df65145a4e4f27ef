import type { TextLine } from './types.ts';

/**
 * One TextLine per line of decoded text, numbered from 1. Blank lines are
 * kept so that line numbers match what an editor shows; CRLF, CR and LF all
 * end a line.
 */
export function textToLines(text: string): TextLine[] {
  const parts = text.split(/\r\n|\r|\n/u);
  // A final newline ends the last line; it does not start an empty one.
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.map((line, i) => ({ text: line, line: i + 1 }));
}
