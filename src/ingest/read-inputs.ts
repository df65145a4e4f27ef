import { open, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from '../util/errors.ts';
import { decodeText } from './decode.ts';
import { inputFormatOf } from './input-format.ts';
import { inputLimits, megabytes, overLimit, type InputLimits } from './limits.ts';
import { compareCodePoints, listInputFiles } from './list-inputs.ts';
import { readDelimited } from './read-delimited.ts';
import { readModel } from './read-model.ts';
import { textToLines } from './text-lines.ts';
import type { ColumnOverrides, IngestedFile } from './types.ts';

export { compareCodePoints, listInputFiles };

/** What a path that is not a regular file is, as the message names it. */
function fileKind(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  if (info.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** The error a failed read gives, by its errno code. */
function readError(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  return new InputError(file, code === 'ENOENT' ? 'no such file' : `cannot read: ${code ?? String(error)}`);
}

/**
 * A regular file's bytes, within the size limit. Anything else (a named
 * pipe, a device, a symlink to /dev/zero) is named and never opened for
 * reading: opening a FIFO blocks until a writer comes, and a device never
 * ends. The size is checked before reading and again on the open file, and
 * no more than the limit is ever read, so a file that grows meanwhile is
 * still refused.
 */
async function readRegularFile(file: string, limits: InputLimits, maxBytes = limits.fileBytes): Promise<Uint8Array> {
  const info = await stat(file).catch((error: unknown) => {
    throw readError(file, error);
  });
  if (!info.isFile()) throw new InputError(file, `${fileKind(info)}, not a regular file: skipped`);
  const tooBig = (size: number) => overLimit(file, `${megabytes(size)} on disk`, megabytes(maxBytes), limits);
  if (info.size > maxBytes) throw tooBig(info.size);
  const handle = await open(file, 'r').catch((error: unknown) => {
    throw readError(file, error);
  });
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new InputError(file, `${fileKind(opened)}, not a regular file: skipped`);
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) {
        if (length > maxBytes) throw tooBig(length);
        break;
      }
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw error instanceof InputError ? error : readError(file, error);
  } finally {
    await handle.close();
  }
}

/**
 * Reads one input file into what the parser needs, dispatching on its
 * extension: .txt/.md → text lines; .docx → text lines with headings, lists
 * and table rows; .xlsx/.csv/.tsv → a duty table; .yaml/.yml/.json → an org
 * model. PDF, legacy .doc and unknown types throw InputError, as do files
 * that cannot be decoded or parsed, paths that are not regular files, and
 * files over the limits `options.maxFileMb` sets (see limits.ts). The file
 * is only ever read.
 */
export async function readInput(file: string, options?: ColumnOverrides): Promise<IngestedFile> {
  const format = inputFormatOf(file);
  if (format === null) {
    const ext = extname(file);
    throw new InputError(file, ext === '' ? 'unsupported file type (no extension)' : `unsupported file type ${ext}`);
  }
  if (format === 'pdf') throw new InputError(file, 'PDF is not supported yet: convert it to .docx or .txt');
  if (format === 'doc') throw new InputError(file, 'legacy Word .doc is not supported: save it as .docx');
  const limits = inputLimits(options?.maxFileMb);
  const model = format === 'yaml' || format === 'json';
  const bytes = await readRegularFile(file, limits, model ? limits.modelBytes : limits.fileBytes);
  switch (format) {
    case 'txt':
    case 'md': {
      const { text, encoding } = decodeText(bytes, file);
      return { kind: 'text', file, format, encoding, lines: textToLines(text, limits.lineChars) };
    }
    // mammoth and exceljs load only when such a file comes (a tenth of a second each at start-up).
    case 'docx':
      return (await import('./read-docx.ts')).readDocx(bytes, file, limits);
    case 'xlsx':
      return (await import('./read-xlsx.ts')).readXlsx(bytes, file, options, limits);
    case 'csv':
    case 'tsv':
      return readDelimited(bytes, file, format, options, limits);
    case 'yaml':
    case 'json':
      return readModel(bytes, file, format);
  }
}

/** What readInputs gives back: the files read, and the errors of those that could not be. */
export interface ReadInputsResult {
  /** Files read, in listing order. */
  files: IngestedFile[];
  /** One error per path or file that failed, in order. */
  errors: InputError[];
}

/**
 * Lists and reads every input, in order. Problems with the input (a missing
 * path, an unreadable file) are collected so that one bad file does not
 * stop a batch, unless `strict` is set, in which case the first one is
 * thrown. Errors that are not InputErrors are bugs and always thrown.
 */
export async function readInputs(
  paths: string[],
  options: { strict?: boolean; overrides?: ColumnOverrides } = {},
): Promise<ReadInputsResult> {
  inputLimits(options.overrides?.maxFileMb); // a bad --max-file-mb is one error, not one per file
  const files: IngestedFile[] = [];
  const errors: InputError[] = [];
  const collect = (error: unknown): void => {
    if (!(error instanceof InputError) || options.strict) throw error;
    errors.push(error);
  };
  const listed = new Set<string>();
  for (const path of paths) {
    try {
      for (const file of await listInputFiles([path])) listed.add(file);
    } catch (error) {
      collect(error);
    }
  }
  // Read a few files at once (a folder of 10,000 small files waits on the disk, not the CPU),
  // then take the outcomes in listing order, so files, errors and the strict throw are as a
  // one-by-one read gives them.
  const outcomes = await inOrder([...listed], READ_AHEAD, (file) => readInput(file, options.overrides));
  for (const outcome of outcomes) {
    if (outcome.ok) files.push(outcome.value);
    else collect(outcome.error);
  }
  return { files, errors };
}

/** Files read at the same time. */
const READ_AHEAD = 16;

/** What one call gave: its value, or what it threw. */
type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * `run` on every item, at most `limit` at a time, with the outcomes in item
 * order. Hand-written: ten lines, where a pool library (p-limit) would be a
 * new dependency for this one loop.
 */
async function inOrder<I, T>(items: readonly I[], limit: number, run: (item: I) => Promise<T>): Promise<Outcome<T>[]> {
  const outcomes = new Array<Outcome<T>>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let k = next++; k < items.length; k = next++) {
      try {
        outcomes[k] = { ok: true, value: await run(items[k]) };
      } catch (error) {
        outcomes[k] = { ok: false, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return outcomes;
}
