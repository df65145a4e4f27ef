import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark } from '../lib/benchmark.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'dutylens.js');

/** Wall time and peak memory of one CLI run, measured by /usr/bin/time. */
function timeCli(args: readonly string[]): { seconds: number; mb: number; code: number | null } {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const kb = Number(r.stderr.trim().split('\n').pop());
  return { seconds, mb: Number.isFinite(kb) ? kb / 1024 : NaN, code: r.status };
}

/**
 * The bundled seeds end to end, as a user runs them: a fresh process reads
 * seeds/, extracts, analyses and writes the report (all reporters, then JSON
 * only), best of three runs each. Target: under 2 s.
 */
export const seedsBenchmark: Benchmark = {
  name: 'seeds',
  description: 'dutylens analyze seeds/ end to end in a fresh process (target under 2 s)',
  async run(_options, print) {
    const out = mkdtempSync(join(tmpdir(), 'dutylens-bench-seeds-'));
    try {
      for (const [label, extra] of [
        ['all reporters', []],
        ['result.json only', ['--reporters', 'json']],
      ] as const) {
        const runs = [0, 1, 2].map(() => timeCli(['analyze', 'seeds/', '-o', join(out, 'r'), '--allow-outside', '-q', ...extra]));
        const failed = runs.find((r) => r.code !== 0);
        if (failed) {
          print(`seeds (${label}): failed with exit code ${failed.code}`);
          continue;
        }
        const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
        print(`seeds e2e (${label}): ${best.seconds.toFixed(2)} s ${best.mb.toFixed(0)} MB (best of 3: ${runs.map((r) => r.seconds.toFixed(2)).join(', ')} s), target < 2 s: ${best.seconds < 2 ? 'met' : 'missed'}`);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  },
};
