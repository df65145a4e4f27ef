import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { appendAll } from '../util/append.ts';
import { InputError } from '../util/errors.ts';
import { inputFormatOf } from './input-format.ts';
import { isSkippedFolder } from './own-output.ts';

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
    // dutylens's own output (reports/, marked report folders) is never read back as documents.
    if (entry.isDirectory()) {
      if (!isSkippedFolder(join(folder, rel))) appendAll(out, await walk(folder, rel));
    } else if (inputFormatOf(entry.name) !== null) {
      // A symlink is followed only to a file: following linked folders could loop. A named pipe or
      // device (or a link to one) is listed, so that readInput names it and skips it without opening it.
      const target = entry.isSymbolicLink() ? await stat(join(folder, rel)).catch(() => null) : entry;
      if (target !== null && !target.isDirectory()) out.push(rel);
    }
  }
  return out;
}

/**
 * The input files named by `paths`, in argument order. A folder is read
 * recursively and its files sorted by the code-point order of their path
 * relative to the folder (so the order is the same on every OS); inside
 * folders only files with a known extension are taken, and hidden entries,
 * `~$` Office lock files, `reports/` and folders dutylens wrote are skipped. A file named explicitly is always
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
