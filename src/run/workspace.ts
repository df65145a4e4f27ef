import { isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from '../util/errors.ts';

/**
 * Resolves a job's output folder against the workspace (the working folder)
 * and refuses one that escapes it (`../..`, an absolute path elsewhere)
 * unless allowed: a typo in a job file must not make a scheduled run write
 * or replace folders anywhere on the machine.
 */
export function resolveOutput(workspace: string, output: string, allowOutside: boolean, field: string): string {
  const absolute = resolve(workspace, output);
  if (!allowOutside && !isInside(workspace, absolute)) {
    throw new InputError(field, `output folder ${output} is outside the workspace (${relative(workspace, absolute) || '.'}); pass --allow-outside to write there`);
  }
  if (absolute === resolve(workspace)) throw new InputError(field, 'the output folder cannot be the workspace itself');
  return absolute;
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
