import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Benchmark } from '../lib/benchmark.ts';
import { timeCli } from '../lib/time-cli.ts';

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
        ['all reporters, semantic tier', ['--semantic']],
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
