import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A file to write: a path relative to the output folder and its content. */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/**
 * Writes a whole output folder atomically: everything goes into a fresh
 * sibling folder first, which then replaces the old one by rename. An
 * interrupted write leaves the previous report untouched (and at worst a
 * stray `.tmp-` folder, which the next run removes).
 */
export async function writeFolderAtomically(dir: string, files: readonly OutputFile[]): Promise<void> {
  const parent = dirname(dir);
  const name = basename(dir);
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, `.${name}.tmp-${process.pid}`);
  const old = join(parent, `.${name}.old-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  for (const f of files) {
    const target = join(tmp, f.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, f.content);
  }
  if (existsSync(dir)) {
    await rename(dir, old);
    await rename(tmp, dir);
    await rm(old, { recursive: true, force: true });
  } else {
    await rename(tmp, dir);
  }
}

/** Writes one file atomically: to a temporary sibling, then renamed over the target. */
export async function writeFileAtomically(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.tmp-${process.pid}`);
  await writeFile(tmp, content);
  await rename(tmp, file);
}
