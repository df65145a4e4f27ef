import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadedParse } from './load.ts';
import { sha256 } from './job-inputs.ts';
import { writeFileAtomically } from './write-output.ts';

/**
 * Bump when the parser's output for the same bytes changes in a way the tool
 * version does not capture (development builds keep one version for a while).
 */
export const PARSE_CACHE_VERSION = 1;

/** What a cached parse depends on: the file's path and bytes, how it was read, and the parser. */
export interface ParseCacheKeyInput {
  /** Workspace-relative path: it is recorded in every source. */
  file: string;
  /** The stem of the file's document ids (its path under the input folder). */
  stem: string;
  /** sha256 of the file's bytes. */
  hash: string;
  language: 'auto' | 'zh' | 'en';
  unitColumns?: string[];
  dutyColumn?: string;
  /** Hash of the tool (version and source): a changed parser never reuses old parses. */
  toolHash: string;
}

/** The cache key of one file's parse. */
export function parseCacheKey(input: ParseCacheKeyInput): string {
  return sha256(
    JSON.stringify([PARSE_CACHE_VERSION, input.toolHash, input.file, input.stem, input.hash, input.language, input.unitColumns ?? null, input.dutyColumn ?? null]),
  );
}

/** The cache folder of a job: reports/<job>/.cache/parsed. */
export function parseCacheDir(output: string): string {
  return join(output, '.cache', 'parsed');
}

/** A cached parse, or null when absent or unreadable (a broken entry is simply parsed again). */
export async function readCachedParse(dir: string, key: string): Promise<LoadedParse | null> {
  try {
    const data = JSON.parse(await readFile(join(dir, `${key}.json`), 'utf8')) as LoadedParse;
    return Array.isArray(data.documents) && Array.isArray(data.units) && Array.isArray(data.duties) && Array.isArray(data.warnings) ? data : null;
  } catch {
    return null;
  }
}

/** Stores a parse (atomically, so a killed run leaves no half entry). */
export async function writeCachedParse(dir: string, key: string, parsed: LoadedParse): Promise<void> {
  await writeFileAtomically(join(dir, `${key}.json`), JSON.stringify(parsed));
}

/** Removes entries this run did not use, so the cache holds one parse per current input. */
export async function pruneParseCache(dir: string, keep: ReadonlySet<string>): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!keep.has(name.replace(/\.json$/, ''))) await rm(join(dir, name), { force: true, recursive: true });
  }
}
