import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';

/** A file to write: a path relative to the output folder, and its content whole or as a stream of text chunks. */
export type OutputFile = { path: string; content: string | Uint8Array } | { path: string; chunks: Iterable<string> };

/** Writes text chunks to a file, waiting whenever the stream's buffer is full. */
async function writeChunks(file: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  const failed = new Promise<never>((_, reject) => out.on('error', reject));
  failed.catch(() => {}); // awaited below through Promise.race; this only marks it handled
  try {
    for (const chunk of chunks) if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
  } finally {
    out.end();
  }
  await Promise.race([once(out, 'finish'), failed]);
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
    if ('chunks' in f) await writeChunks(target, f.chunks);
    else await writeFile(target, f.content);
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
