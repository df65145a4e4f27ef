import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { InputError } from '../util/errors.ts';
import { decodeText } from './decode.ts';
import { inputFormatOf } from './input-format.ts';
import { readDelimited } from './read-delimited.ts';
import { readDocx } from './read-docx.ts';
import { readModel } from './read-model.ts';
import { readXlsx } from './read-xlsx.ts';
import { textToLines } from './text-lines.ts';
import type { ColumnOverrides, IngestedFile } from './types.ts';

/** Compares strings by Unicode code point (JS's default sort compares UTF-16 units, which misorders astral characters). */
export function compareCodePoints(a: string, b: string): number {
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (;;) {
    const x = ai.next();
    const y = bi.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

/** Hidden files and folders (.git, .DS_Store) and Office lock files (~$报告.docx) are never inputs. */
function isSkipped(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

/** Relative paths (with "/") of the input files under a folder, recursively, unsorted. */
async function walk(folder: string, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(folder, prefix), { withFileTypes: true })) {
    if (isSkipped(entry.name)) continue;
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await walk(folder, rel)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && inputFormatOf(entry.name) !== null) {
      // A symlink is followed only to a file: following linked folders could loop.
      if (entry.isFile() || (await stat(join(folder, rel)).catch(() => null))?.isFile()) out.push(rel);
    }
  }
  return out;
}

/**
 * The input files named by `paths`, in argument order. A folder is read
 * recursively and its files sorted by the code-point order of their path
 * relative to the folder (so the order is the same on every OS); inside
 * folders only files with a known extension are taken, and hidden entries
 * and `~$` Office lock files are skipped. A file named explicitly is always
 * taken (readInput then says if its type is unsupported). A file reached
 * twice is listed once. Throws InputError for a path that does not exist.
 */
export async function listInputFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (!seen.has(file)) {
      seen.add(file);
      out.push(file);
    }
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null) throw new InputError(path, 'no such file or folder');
    if (info.isDirectory()) {
      for (const rel of (await walk(path, '')).sort(compareCodePoints)) add(join(path, ...rel.split('/')));
    } else add(path);
  }
  return out;
}

/**
 * Reads one input file into what the parser needs, dispatching on its
 * extension: .txt/.md → text lines; .docx → text lines with headings, lists
 * and table rows; .xlsx/.csv/.tsv → a duty table; .yaml/.yml/.json → an org
 * model. PDF, legacy .doc and unknown types throw InputError, as do files
 * that cannot be decoded or parsed. The file is only ever read.
 */
export async function readInput(file: string, overrides?: ColumnOverrides): Promise<IngestedFile> {
  const format = inputFormatOf(file);
  if (format === null) {
    const ext = extname(file);
    throw new InputError(file, ext === '' ? 'unsupported file type (no extension)' : `unsupported file type ${ext}`);
  }
  if (format === 'pdf') throw new InputError(file, 'PDF is not supported yet: convert it to .docx or .txt');
  if (format === 'doc') throw new InputError(file, 'legacy Word .doc is not supported: save it as .docx');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file, { flag: 'r' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'no such file' : `cannot read: ${code ?? String(error)}`);
  }
  switch (format) {
    case 'txt':
    case 'md': {
      const { text, encoding } = decodeText(bytes, file);
      return { kind: 'text', file, format, encoding, lines: textToLines(text) };
    }
    case 'docx':
      return readDocx(bytes, file);
    case 'xlsx':
      return readXlsx(bytes, file, overrides);
    case 'csv':
    case 'tsv':
      return readDelimited(bytes, file, format, overrides);
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
  for (const file of listed) {
    try {
      files.push(await readInput(file, options.overrides));
    } catch (error) {
      collect(error);
    }
  }
  return { files, errors };
}
