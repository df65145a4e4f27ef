import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { checkOutputAgainstInputs, refuseDash, resolveOutput } from '../run/workspace.ts';
import { checkReplaceable, recoverInterruptedWrite } from '../run/write-output.ts';

/**
 * Checks a report folder (`analyze -o`, `render -o`) before anything is
 * read: not "-", not one of the inputs, holding none, not inside an input
 * folder where later runs would read it, not the working folder or one
 * holding it and inside it (symlinks followed) unless `allowOutside`; not a
 * folder dutylens did not write. Then tidies what a killed earlier write of
 * the folder left beside it.
 */
export async function guardReportFolder(output: string, inputs: readonly string[], options: { allowOutside?: boolean }): Promise<void> {
  resolveOutput(process.cwd(), output, options.allowOutside ?? false, '--output');
  checkOutputAgainstInputs(output, inputs, 'folder', '--output');
  await recoverInterruptedWrite(output);
  await checkReplaceable(output);
}

/** Checks an output file (`extract -o`, `apply -o`, `suggest-catalogue -o`): not "-" (leave out -o for stdout), not one of the inputs. */
export function guardOutputFile(output: string, inputs: readonly string[]): void {
  refuseDash(output, '--output', 'leave out -o to write to stdout');
  checkOutputAgainstInputs(output, inputs, 'file', '--output');
}

/**
 * Where a file output goes so that an existing file (an org model someone
 * corrected) is not replaced unasked: the path itself when it is free or
 * `force` is given, else the first free `NAME.new.EXT`, `NAME.new-2.EXT` … beside it.
 */
export function freePathBeside(output: string, force: boolean): string {
  if (force || !existsSync(output)) return output;
  const ext = extname(output);
  const stem = basename(output, ext);
  for (let n = 1; ; n++) {
    const candidate = join(dirname(output), `${stem}.new${n === 1 ? '' : `-${n}`}${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
}
