import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * The file dutylens writes into every folder it writes (report folders, a
 * job's output folder): a folder holding it is dutylens's own output, never
 * read as input, and the only kind of non-empty folder dutylens replaces.
 */
export const OUTPUT_MARKER = '.dutylens-output';

/** The marker's text: says what the folder is to someone who finds the file. */
export const OUTPUT_MARKER_TEXT = 'This folder was written by dutylens. dutylens never reads it as input, and replaces it when told to write a report here.\n';

/** Folders found inside an input folder that are never read: the conventional report folder. */
const SKIPPED_FOLDER_NAMES = new Set(['reports']);

/** True for a folder name that input listing skips wherever it is found below an input folder. */
export function isSkippedFolderName(name: string): boolean {
  return SKIPPED_FOLDER_NAMES.has(name);
}

/** The first bytes of a file (empty when it cannot be read). */
function head(file: string, bytes = 256): string {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, bytes, 0));
  } catch {
    return '';
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * True when `dir` is a folder dutylens wrote: it holds the marker, or (for
 * folders written before the marker existed) a result.json or history.json
 * that begins the way dutylens writes them. Recognised by content, not by name.
 */
export function isOwnOutputFolder(dir: string): boolean {
  if (existsSync(join(dir, OUTPUT_MARKER))) return true;
  if (/^\s*\{\s*"schemaVersion":\s*\d+,\s*"tool":\s*\{\s*"name":\s*"dutylens"/u.test(head(join(dir, 'result.json')))) return true;
  return /^\s*\{\s*"historyVersion":\s*\d+,\s*"job":/u.test(head(join(dir, 'history.json')));
}

/** True for a folder found below an input folder that input listing skips: `reports/`, or a folder dutylens wrote. */
export function isSkippedFolder(dir: string): boolean {
  return isSkippedFolderName(basename(dir)) || isOwnOutputFolder(dir);
}

/**
 * A filter for file paths found under `root` (relative, "/"-separated) that
 * keeps those in no skipped folder (isSkippedFolder) below `root`.
 */
export function outsideSkippedFolders(root: string): (path: string) => boolean {
  const skipped = new Map<string, boolean>();
  return (path) => {
    let dir = '';
    for (const part of path.split('/').slice(0, -1)) {
      dir = dir === '' ? part : `${dir}/${part}`;
      let skip = skipped.get(dir);
      if (skip === undefined) skipped.set(dir, (skip = isSkippedFolder(join(root, dir))));
      if (skip) return false;
    }
    return true;
  };
}
