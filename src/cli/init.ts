/**
 * `dutylens init [dir]`: a starter layout to run at once and then make one's
 * own: analysis/job.yaml (every field commented) and documents/ with an
 * example document. The files come from analysis/starter/ in the package;
 * `{{name}}` in them becomes the job's name. Nothing is ever overwritten:
 * when any of the files exists, nothing is written.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../util/errors.ts';
import { EXIT } from './cli-errors.ts';

/** The starter files, at the package root (found the same from src/ and from dist/). */
export const STARTER_DIR = fileURLToPath(new URL('../../analysis/starter/', import.meta.url));

/** A job name (letters, digits, . _ -) made from a folder's name; `duties` when nothing of it is usable. */
export function jobNameFor(folder: string): string {
  const name = folder
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+|-+$/g, '');
  return name || 'duties';
}

/** Writes the starter layout into `dir` (created when missing); returns the files written, relative to the working folder. */
export async function writeStarter(dir: string, starter: string = STARTER_DIR): Promise<string[]> {
  const target = resolve(dir);
  const entries = await readdir(starter, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => relative(starter, join(e.parentPath, e.name))).sort();
  const shown = (rel: string) => relative(process.cwd(), join(target, rel)) || '.';
  const existing = files.filter((rel) => existsSync(join(target, rel))).map(shown);
  if (existing.length > 0) {
    throw new InputError(existing.join(', '), `${existing.length === 1 ? 'exists' : 'exist'} already; init overwrites nothing, so nothing was written`);
  }
  const name = jobNameFor(basename(target));
  for (const rel of files) {
    const text = (await readFile(join(starter, rel), 'utf8')).replaceAll('{{name}}', name);
    await mkdir(dirname(join(target, rel)), { recursive: true });
    // 'wx': a file that appeared since the check above is still not overwritten.
    await writeFile(join(target, rel), text, { flag: 'wx' });
  }
  return files.map(shown);
}

/** `dutylens init [dir]`: writes the starter layout and says what to do next. */
export async function runInit(dir: string, flags: { quiet?: boolean }): Promise<number> {
  const written = await writeStarter(dir);
  if (!flags.quiet) {
    for (const file of written) console.log(`wrote ${file}`);
    const cd = resolve(dir) === process.cwd() ? '' : `cd ${relative(process.cwd(), resolve(dir))} && `;
    console.log(`next: put your duty documents in documents/ (and remove the example), then ${cd}dutylens run --open`);
  }
  return EXIT.ok;
}
