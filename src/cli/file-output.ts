import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { stringify as toYaml } from 'yaml';
import type { OrgModel } from '../model.ts';
import { writeFileAtomically } from '../run/write-output.ts';
import { freePathBeside } from './output-guard.ts';
import { yamlKeepingComments } from './yaml-keep-comments.ts';

/** Where a file output went: the path asked for, or the free `NAME.new.EXT` beside it; and the note that says so. */
export interface WrittenFile {
  target: string;
  /** One line for the user when the file went beside the one asked for, else null. */
  beside: string | null;
}

/** What is written, for the note: `what` names it ("model"), `kept` says what a forced write keeps (", keeping its comments"). */
export interface FileOutputNames {
  what: string;
  kept?: string;
}

/**
 * Writes a file output (`extract -o`, `apply -o`, `suggest-catalogue -o`) by
 * one rule: an existing file may hold someone's corrections, so it is
 * replaced only with `force`; otherwise the output goes to the first free
 * `NAME.new.EXT` beside it (freePathBeside). `content` gets the text of the
 * file being replaced (null when there is none), so a forced write can keep
 * what the user added. The caller has checked the path against the inputs
 * (guardOutputFile), so an input is never written.
 */
export async function writeFileOutput(output: string, force: boolean, names: FileOutputNames, content: (previous: string | null, target: string) => string): Promise<WrittenFile> {
  const target = freePathBeside(output, force);
  const previous = existsSync(target) ? await readFile(target, 'utf8') : null;
  await writeFileAtomically(target, content(previous, target));
  const beside = target === output ? null : `${output} exists and may hold corrections: the new ${names.what} is ${target} (pass --force to replace ${output}${names.kept ?? ''})`;
  return { target, beside };
}

/** The names an org model's file output goes by: a forced write keeps the comments (orgModelText). */
export const MODEL_OUTPUT: FileOutputNames = { what: 'model', kept: ', keeping its comments' };

/** An org model as its file holds it: JSON by extension, else YAML written over the previous file's so that its comments stay. */
export function orgModelText(model: OrgModel, previous: string | null, target: string): string {
  if (extname(target).toLowerCase() === '.json') return `${JSON.stringify(model, null, 2)}\n`;
  return previous === null ? toYaml(model, { lineWidth: 0 }) : yamlKeepingComments(previous, model);
}
