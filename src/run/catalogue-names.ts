/**
 * Bundled catalogues by name: `--catalogue marketing-department` (or a job's
 * `catalogue: headquarters`) names a catalogue shipped with dutylens in
 * analysis/catalogues/, when no file of that name exists. A name stays a
 * name in the recorded options, so a result does not depend on where
 * dutylens is installed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../util/errors.ts';

/** The catalogues shipped with dutylens, at the package root (found the same from src/ and from dist/). */
export const BUNDLED_CATALOGUE_DIR = fileURLToPath(new URL('../../analysis/catalogues/', import.meta.url));

/** The names of the bundled catalogues (file names without .yaml), sorted. */
export function bundledCatalogueNames(dir: string = BUNDLED_CATALOGUE_DIR): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => /\.ya?ml$/i.test(n))
    .map((n) => n.replace(/\.ya?ml$/i, ''))
    .sort();
}

/** The bundled catalogue a spec names ("headquarters" or "headquarters.yaml"), or null when it names none. */
export function bundledCatalogueFile(spec: string, dir: string = BUNDLED_CATALOGUE_DIR): string | null {
  const name = spec.replace(/\.ya?ml$/i, '');
  if (/[\\/]/.test(name) || !bundledCatalogueNames(dir).includes(name)) return null;
  for (const ext of ['.yaml', '.yml']) {
    const file = resolve(dir, `${name}${ext}`);
    if (existsSync(file)) return file;
  }
  return null;
}

/** True when `spec` is the name of a bundled catalogue and no file `spec` exists under `base`. */
export function isBundledCatalogueName(spec: string, base: string = process.cwd(), dir: string = BUNDLED_CATALOGUE_DIR): boolean {
  return !existsSync(resolve(base, spec)) && bundledCatalogueFile(spec, dir) !== null;
}

/** The file a catalogue spec names: the file itself when it exists (relative to `base`), else the bundled catalogue of that name, else null. */
export function catalogueFileOrNull(spec: string, base: string = process.cwd(), dir: string = BUNDLED_CATALOGUE_DIR): string | null {
  const file = resolve(base, spec);
  return existsSync(file) ? file : bundledCatalogueFile(spec, dir);
}

/** What is said of a catalogue spec that names neither a file nor a bundled catalogue: the bundled names. */
export function missingCatalogueMessage(dir: string = BUNDLED_CATALOGUE_DIR): string {
  return `no such file, and no bundled catalogue of that name (bundled: ${bundledCatalogueNames(dir).join(', ') || 'none'})`;
}

/** Like catalogueFileOrNull, but throws an InputError listing the bundled names when the spec names nothing. */
export function catalogueFile(spec: string, base: string = process.cwd(), dir: string = BUNDLED_CATALOGUE_DIR): string {
  const file = catalogueFileOrNull(spec, base, dir);
  if (file === null) throw new InputError(spec, `cannot read catalogue: ${missingCatalogueMessage(dir)}`);
  return file;
}
