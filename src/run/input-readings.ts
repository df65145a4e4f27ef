import { inputFormatOf } from '../ingest/input-format.ts';
import type { InputReading } from '../model.ts';
import { round } from '../util/round.ts';
import type { LoadedParse } from './load.ts';

/** How much of a text file's left-out lines the result keeps, so a large file does not bloat it (`extract --explain` prints them all). */
export interface ReadingLimits {
  /** Left-out lines kept per file; the rest are counted. */
  lines: number;
  /** Characters kept of each left-out line. */
  characters: number;
}

export const READING_LIMITS: ReadingLimits = { lines: 200, characters: 200 };

/** What a file is read as, from the way it was parsed and its extension. */
function formatOf(file: string, parsed: LoadedParse, fromModel: boolean): InputReading['format'] {
  if (fromModel) return 'model';
  if (parsed.reading) return 'text';
  const format = inputFormatOf(file);
  return format === 'xlsx' || format === 'csv' || format === 'tsv' ? 'table' : 'text';
}

/** `text` cut to `max` code points, "…" marking the cut. */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * How one input file was read, for the result: its units and duties and,
 * for a text file, the share of its text used and the first left-out lines
 * with their reasons (the parser's reading summary, capped by `limits`).
 * Tables and org models have no line detail.
 */
export function inputReading(file: string, parsed: LoadedParse, fromModel: boolean, limits: ReadingLimits = READING_LIMITS): InputReading {
  const format = formatOf(file, parsed, fromModel);
  const base = { file, format, units: parsed.units.length, duties: parsed.duties.length };
  if (format !== 'text') return { ...base, characters: null, used: null, leftOut: [], moreLeftOut: 0 };
  const leftOut = parsed.reading?.leftOut ?? [];
  return {
    ...base,
    characters: parsed.characters ?? 0,
    // A file the parser could not read (it says so in a warning) used nothing.
    used: round(parsed.reading?.used ?? 0, 4),
    leftOut: leftOut.slice(0, limits.lines).map((l) => ({ line: l.line, text: clip(l.text, limits.characters), why: l.why })),
    moreLeftOut: Math.max(0, leftOut.length - limits.lines),
  };
}

/**
 * The line for a file that yielded no duties and that the parser did not
 * already name (it names a non-blank text file with no duties, and one it
 * could not parse): a blank text file, a table or an org model with none.
 * Null when the file yielded duties or was named already, so each such file
 * is named once.
 */
export function nothingReadWarning(reading: InputReading, parsed: LoadedParse): string | null {
  if (reading.duties > 0) return null;
  switch (reading.format) {
    case 'text':
      return reading.characters === 0 && parsed.reading ? `${reading.file}: the file holds no text; nothing to read` : null;
    case 'table':
      return `${reading.file}: no duties found in the table; name its columns with --unit-columns and --duty-column`;
    case 'model':
      return `${reading.file}: the org model holds no duties`;
  }
}
