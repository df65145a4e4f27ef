import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark } from '../lib/benchmark.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Wall time of one fresh `node …args` process in the repository, in seconds, and its exit code. */
function timeNode(args: readonly string[]): { seconds: number; code: number | null } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...args], { cwd: ROOT, encoding: 'utf8' });
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, code: r.status };
}

/** Best and all of `n` runs, or the failing exit code. */
function bestOf(n: number, args: readonly string[]): { best: number; all: number[] } | { failed: number | null } {
  const runs = Array.from({ length: n }, () => timeNode(args));
  const failed = runs.find((r) => r.code !== 0);
  if (failed) return { failed: failed.code };
  const all = runs.map((r) => r.seconds);
  return { best: Math.min(...all), all };
}

/**
 * `dutylens --help` in a fresh process, as an installed package starts: the
 * JavaScript built to dist/ (built first, `npm run build`), best of five.
 * Beside it, the same from the sources through tsx, as a checkout's
 * bin/dutylens.js runs. Target: under 0.3 s for the build.
 */
export const startupBenchmark: Benchmark = {
  name: 'startup',
  description: 'dutylens --help in a fresh process, built (dist/) and from the sources through tsx (target under 0.3 s built)',
  async run(_options, print) {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) {
      print(`startup: npm run build failed: ${(build.stderr || build.stdout).trim().split('\n')[0]}`);
      return;
    }
    for (const [label, entry, target] of [
      ['built', join(ROOT, 'dist', 'cli', 'main.js'), 0.3],
      ['sources through tsx', join(ROOT, 'bin', 'dutylens.js'), null],
    ] as const) {
      const r = bestOf(5, [entry, '--help']);
      if ('failed' in r) {
        print(`startup (${label}): failed with exit code ${r.failed}`);
        continue;
      }
      const met = target === null ? '' : `, target < ${target} s: ${r.best < target ? 'met' : 'missed'}`;
      print(`startup dutylens --help (${label}): ${r.best.toFixed(2)} s (best of 5: ${r.all.map((s) => s.toFixed(2)).join(', ')} s)${met}`);
    }
  },
};
