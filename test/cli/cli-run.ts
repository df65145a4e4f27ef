import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve('bin/dutylens.js');

/** What one CLI run printed and returned. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A fresh working folder under the OS temp dir holding copies of the given
 * files (repository path → name in the folder), and a function that runs the
 * dutylens CLI there as a user would.
 */
export function cliWorkspace(prefix: string, files: Record<string, string>): { work: string; dutylens: (...args: string[]) => CliRun } {
  const work = mkdtempSync(join(tmpdir(), prefix));
  for (const [from, to] of Object.entries(files)) copyFileSync(from, join(work, to));
  const dutylens = (...args: string[]): CliRun => {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, CI: '' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  return { work, dutylens };
}
