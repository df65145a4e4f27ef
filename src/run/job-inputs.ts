import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { inputFormatOf } from '../ingest/input-format.ts';
import { compareCodePoints } from '../ingest/list-inputs.ts';
import { outsideSkippedFolders } from '../ingest/own-output.ts';
import { workspacePath } from './workspace.ts';

/** A job's input files, and the input entries that named nothing. */
export interface ListedInputs {
  /** Input files, relative to the workspace with "/" separators, in job order (folders and globs sorted). */
  files: string[];
  /** One `inputs[i]: problem` per entry that names no file. */
  problems: string[];
}

/**
 * Lists the files a job's `inputs` name, resolved against the job file's
 * folder. A folder is read recursively; folders and globs take only files of
 * a known input type, skip hidden entries, `~$` Office lock files, `reports/`
 * and folders dutylens wrote (isSkippedFolder), and are
 * sorted by code point (the same order `dutylens analyze` reads a folder in).
 * A file named explicitly is always taken. Kept free of the ingest readers so
 * that a run with nothing to do does not load them.
 */
export async function listJobInputs(patterns: readonly string[], baseDir: string, workspace: string): Promise<ListedInputs> {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: string[] = [];
  const add = (absolute: string) => {
    const rel = workspacePath(workspace, absolute);
    if (!seen.has(rel)) {
      seen.add(rel);
      files.push(rel);
    }
  };
  for (const [i, pattern] of patterns.entries()) {
    const dynamic = isDynamicPattern(pattern);
    const folder = dynamic ? null : await stat(resolve(baseDir, pattern)).catch(() => null);
    if (!dynamic && folder === null) {
      problems.push(`inputs[${i}]: ${pattern}: no such file or folder`);
      continue;
    }
    if (folder && !folder.isDirectory()) {
      add(resolve(baseDir, pattern));
      continue;
    }
    const cwd = dynamic ? baseDir : resolve(baseDir, pattern);
    const found = (await glob(dynamic ? pattern : '**/*', { cwd, dot: false, onlyFiles: true, expandDirectories: false }))
      .filter((p) => !p.split('/').some((part) => part.startsWith('~$')) && inputFormatOf(p) !== null)
      .filter(outsideSkippedFolders(cwd))
      .sort(compareCodePoints);
    if (found.length === 0) problems.push(`inputs[${i}]: ${pattern}: matches no input file`);
    for (const p of found) add(resolve(cwd, p));
  }
  return { files, problems };
}

/** sha256 (hex) of each file's bytes, by workspace-relative path. */
export async function hashFiles(files: readonly string[], workspace: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of files) out.set(f, sha256(await readFile(resolve(workspace, f))));
  return out;
}

/** sha256 (hex) of bytes or text. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The input folders of a job's `inputs` (workspace-relative): each entry
 * that names a folder, and each glob's fixed leading folder. A file's
 * document id is its path under the deepest of them (pathsUnderRoots).
 */
export async function inputFolders(patterns: readonly string[], baseDir: string, workspace: string): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const parts = pattern.split('/');
      const fixed = parts.slice(0, parts.findIndex((p) => isDynamicPattern(p)));
      out.push(workspacePath(workspace, resolve(baseDir, fixed.length > 0 ? fixed.join('/') : '.')));
    } else if ((await stat(resolve(baseDir, pattern)).catch(() => null))?.isDirectory()) {
      out.push(workspacePath(workspace, resolve(baseDir, pattern)));
    }
  }
  return out;
}
