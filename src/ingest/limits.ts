import { InputError } from '../util/errors.ts';

/**
 * How much of one input file dutylens reads. Every limit comes from one
 * figure, `--max-file-mb`, so that one flag raises them all in proportion: a
 * file twice as large may inflate to twice as much and hold twice the rows.
 * The defaults hold the largest real duty documents seen many times over,
 * while a zip bomb, a phantom spreadsheet corner or a runaway line stops
 * with a message instead of filling memory.
 */
export interface InputLimits {
  /** The `--max-file-mb` figure the limits come from. */
  maxFileMb: number;
  /** Bytes a document may have on disk. */
  fileBytes: number;
  /** Bytes an org model (.yaml/.json, dutylens's own format, checked by its schema) may have: a million duties is ~250 MB. */
  modelBytes: number;
  /** Bytes the entries of a .docx or .xlsx may inflate to, together. */
  inflatedBytes: number;
  /** Rows of one spreadsheet or CSV table. */
  rows: number;
  /** Cells of one table (rows × columns), in a .docx, .xlsx or CSV. */
  cells: number;
  /** Columns or rows one table cell may span (gridSpan, colspan, rowspan). */
  span: number;
  /** Characters of one line; a longer line is cut into pieces this long at most. */
  lineChars: number;
}

/** The default of `--max-file-mb`. */
export const DEFAULT_MAX_FILE_MB = 64;

/** The flag that raises the limits, as messages name it. */
export const LIMIT_FLAG = '--max-file-mb';

/** The limits for a `--max-file-mb` figure (default 64: 64 MB files, 256 MB inflated, 500,000 rows, 8,000,000 cells, 16,384-cell spans). */
export function inputLimits(maxFileMb: number = DEFAULT_MAX_FILE_MB): InputLimits {
  if (!(maxFileMb > 0)) throw new InputError(LIMIT_FLAG, `must be a positive number of megabytes, not ${maxFileMb}`);
  const scale = maxFileMb / DEFAULT_MAX_FILE_MB;
  const mb = 1024 * 1024;
  return {
    maxFileMb,
    fileBytes: Math.round(maxFileMb * mb),
    modelBytes: Math.round(16 * maxFileMb * mb),
    inflatedBytes: Math.round(4 * maxFileMb * mb),
    // Half a million rows: a 300,000-row duty table reads; a million-row sheet is named in seconds, not parsed for minutes.
    rows: Math.round(500_000 * scale),
    cells: Math.round(8_000_000 * scale),
    span: Math.round(16_384 * scale),
    lineChars: Math.round(20_000 * scale),
  };
}

/** A count as the messages write it: 500,000. */
export function figure(n: number): string {
  return n.toLocaleString('en-US');
}

/** Bytes as megabytes, as the messages write them: 300 MB. */
export function megabytes(bytes: number): string {
  return `${figure(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

/**
 * The one-line error for a file over a limit: what was found, the limit and
 * the flag that raises it (`big.xlsx: more than 500,000 rows, over the limit
 * of 500,000 rows; raise the limits with --max-file-mb (now 64)`).
 */
export function overLimit(file: string, found: string, limit: string, limits: InputLimits): InputError {
  return new InputError(file, `${found}, over the limit of ${limit}; raise the limits with ${LIMIT_FLAG} (now ${figure(limits.maxFileMb)})`);
}
