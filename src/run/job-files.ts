import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Result } from '../model.ts';
import { ResultSchema } from '../model.ts';
import { READABLE_RESULT_VERSIONS, upgradeResult } from '../findings/result-upgrade.ts';
import { hasErrorCode, InputError } from '../util/errors.ts';
import { looksLikeJob } from './job.ts';

/**
 * The job files named on the command line: a file is taken as is (and
 * validated when read); a folder gives its own *.yaml / *.yml files that are
 * jobs (catalogues, rules and lexicons in it are skipped), sorted by name.
 */
export async function jobFilesIn(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new InputError(path, 'no such job file or folder');
    if (!info.isDirectory()) {
      out.push(path);
      continue;
    }
    const names = (await readdir(path)).filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith('.')).sort();
    const jobs: string[] = [];
    for (const name of names) {
      const file = join(path, name);
      let data: unknown = null;
      try {
        data = parseYaml(await readFile(file, 'utf8'));
      } catch {
        // Not YAML we can read: not a job; `dutylens run <file>` names the problem.
      }
      if (looksLikeJob(data)) jobs.push(file);
    }
    if (jobs.length === 0) throw new InputError(path, 'holds no job files (*.yaml with name and inputs)');
    out.push(...jobs);
  }
  return out;
}

/** Reads and validates a result.json (any dutylens run's or analyze's output). */
export async function readResultFile(file: string): Promise<Result> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) throw new InputError(file, 'no such file');
    throw new InputError(file, `cannot read result: ${(error as Error).message.split('\n')[0]}`);
  }
  const version = (data as { schemaVersion?: unknown })?.schemaVersion;
  if (version === undefined) throw new InputError(file, 'not a dutylens result (it has no schemaVersion): give the result.json that analyze or run wrote');
  if (typeof version !== 'number' || !READABLE_RESULT_VERSIONS.includes(version)) {
    throw new InputError(file, `schemaVersion ${JSON.stringify(version)} is not one this dutylens knows (it reads ${READABLE_RESULT_VERSIONS.join(' and ')})`);
  }
  const parsed = ResultSchema.safeParse(upgradeResult(data));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(file, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}
