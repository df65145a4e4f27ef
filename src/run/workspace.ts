import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../util/errors.ts';
import { isSkippedFolderName } from '../ingest/own-output.ts';

/**
 * Resolves an output folder against the workspace (the working folder) and
 * refuses one that escapes it (`../..`, an absolute path elsewhere, or a
 * path inside that leads out through a symlink) unless allowed: a typo must
 * not make dutylens write or replace folders anywhere on the machine. The
 * workspace itself, or a folder holding it, is refused even when allowed.
 */
export function resolveOutput(workspace: string, output: string, allowOutside: boolean, field: string): string {
  refuseDash(output, field, 'a report is a folder, not a stream');
  const absolute = resolve(workspace, output);
  const real = realPathOf(absolute);
  const home = realPathOf(workspace);
  if (!allowOutside && !isInside(home, real)) {
    const through = isInside(workspace, absolute) ? ` through a symlink (to ${real})` : '';
    throw new InputError(field, `output folder ${output} is outside the workspace${through}; pass --allow-outside to write there`);
  }
  if (isInside(real, home)) throw new InputError(field, `output folder ${output} is the working folder or holds it; name a folder inside it`);
  return absolute;
}

/** Refuses `-` as an output path: dutylens would otherwise make a file or folder named "-". */
export function refuseDash(output: string, field: string, why: string): void {
  if (output === '-') throw new InputError(field, `"-" is not an output path (${why}); name a file or folder`);
}

/**
 * Refuses an output that would overwrite, replace or be read back as one of
 * the inputs (files or folders, as given): a file output equal to an input
 * file, or an existing file inside an input folder (the listing reads it); a folder output that is an input, holds one, or lies inside an input
 * folder where later runs would read it (anywhere but under a folder the
 * input listing skips, such as `reports/` or a hidden folder). Paths are
 * compared after resolving symlinks.
 */
export function checkOutputAgainstInputs(output: string, inputs: readonly string[], kind: 'file' | 'folder', field: string): void {
  const out = realPathOf(output);
  for (const input of inputs) {
    const at = realPathOf(input);
    if (kind === 'file') {
      if (at === out) throw new InputError(field, `${output} is one of the inputs; dutylens never writes over its inputs: name another file`);
      if (existsSync(out) && isInside(at, out) && !readSkipped(at, out)) {
        throw new InputError(field, `${output} lies in the input folder ${input}, so it is read as one of the inputs; dutylens never writes over its inputs: name another file`);
      }
      continue;
    }
    if (isInside(out, at)) {
      const what = at === out ? 'is the input' : `holds the input ${input}`;
      throw new InputError(field, `output folder ${output} ${what}; writing the report there would replace it: name another folder`);
    }
    if (isInside(at, out) && !readSkipped(at, out)) {
      throw new InputError(field, `output folder ${output} lies inside the input folder ${input}, so later runs would read the report as documents: write it outside ${input}, or under ${join(input, 'reports')}`);
    }
  }
}

/** True when `path`, inside the input folder `folder`, is or lies under what the input listing skips (`reports/`, anything hidden). */
function readSkipped(folder: string, path: string): boolean {
  return relative(folder, path).split(sep).some((part) => part.startsWith('.') || isSkippedFolderName(part));
}

/**
 * The real path of `path`: symlinks resolved along the part that exists, the
 * part that does not yet exist appended as written.
 */
export function realPathOf(path: string): string {
  let existing = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync.native(existing), ...rest);
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return resolve(path);
      rest.unshift(basename(existing));
      existing = parent;
    }
  }
}

/** True when `path` is `folder` or lies under it. */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** A path as shown to the user and recorded in results: relative to the workspace, with "/" separators. */
export function workspacePath(workspace: string, path: string): string {
  const rel = relative(workspace, path);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}
