import { stat } from 'node:fs/promises';
import { basename, relative, resolve, sep } from 'node:path';

/**
 * Each file's path under the input folder it was found in: the deepest of
 * `folders` that holds it, else just its name (a file named on its own).
 * Document ids are made of these (documentStems). Relative paths are
 * relative to `base`.
 */
export function pathsUnderRoots(files: readonly string[], folders: readonly string[], base = process.cwd()): string[] {
  const absolute = folders.map((f) => resolve(base, f));
  return files.map((file) => {
    const at = resolve(base, file);
    const holding = absolute.filter((f) => at.startsWith(f.endsWith(sep) ? f : f + sep)).sort((x, y) => y.length - x.length)[0];
    return holding === undefined ? basename(file) : relative(holding, at);
  });
}

/** The paths among `paths` that are folders. */
export async function foldersAmong(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) if ((await stat(p).catch(() => null))?.isDirectory()) out.push(p);
  return out;
}
