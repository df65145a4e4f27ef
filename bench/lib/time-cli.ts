import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, where the CLI runs. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'dutylens.js');

/** One timed CLI run: wall time, peak RSS (worker threads included), exit code, and what it printed. */
export interface CliRun {
  seconds: number;
  mb: number;
  code: number | null;
  stdout: string;
  /** Stderr without the line /usr/bin/time adds. */
  stderr: string;
}

/** The built command, as an installed package runs it (`npm run build` first). */
export const BUILT_BIN = join(ROOT, 'dist', 'cli', 'main.js');

/** Runs `dutylens ARGS` in a fresh process under /usr/bin/time (the checkout's bin/dutylens.js, or `entry`). */
export function timeCli(args: readonly string[], entry: string = BIN): CliRun {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, entry, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const lines = r.stderr.trim().split('\n');
  const kb = Number(lines.pop());
  return { seconds, mb: Number.isFinite(kb) ? kb / 1024 : NaN, code: r.status, stdout: r.stdout, stderr: lines.join('\n') };
}

/** The summary `dutylens analyze --json` prints on its last line. */
export interface CliSummary {
  organisations: number;
  documents: number;
  units: number;
  duties: number;
  pairs: number;
  conflicts: number;
}

/** The summary of an `analyze --json` run. */
export function summaryOf(run: CliRun): CliSummary {
  return (JSON.parse(run.stdout.trim().split('\n').pop()!) as { summary: CliSummary }).summary;
}
