import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Benchmark } from '../lib/benchmark.ts';
import { BUILT_BIN, ROOT, timeCli } from '../lib/time-cli.ts';

/**
 * The bundled seeds end to end, as a user runs them: a fresh process reads
 * seeds/, extracts, analyses and writes the report (all reporters, then JSON
 * only, then with the semantic tier), best of three runs each; first as an
 * installed package runs (the build in dist/, built first), then from the
 * sources through tsx, as a checkout's bin/dutylens.js runs. Target: under 2 s.
 */
export const seedsBenchmark: Benchmark = {
  name: 'seeds',
  description: 'dutylens analyze seeds/ end to end in a fresh process (target under 2 s)',
  async run(_options, print) {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) {
      print(`seeds: npm run build failed: ${(build.stderr || build.stdout).trim().split('\n')[0]}`);
      return;
    }
    const out = mkdtempSync(join(tmpdir(), 'dutylens-bench-seeds-'));
    try {
      for (const [label, extra, entry] of [
        ['all reporters', [], BUILT_BIN],
        ['result.json only', ['--reporters', 'json'], BUILT_BIN],
        ['all reporters, semantic tier', ['--semantic'], BUILT_BIN],
        ['all reporters, sources through tsx', [], undefined],
      ] as const) {
        const runs = [0, 1, 2].map(() => timeCli(['analyze', 'seeds/', '-o', join(out, 'r'), '--allow-outside', '-q', ...extra], entry));
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
