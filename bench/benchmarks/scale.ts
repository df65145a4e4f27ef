import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJsonChild, tsxArgs } from '../lib/child.ts';
import type { Benchmark } from '../lib/benchmark.ts';

interface ScaleRun {
  seconds: number;
  vectoriseSeconds: number;
  pairSeconds: number;
  peakMB: number;
  pairs: number;
  activeVectors: number;
  postings: number;
  nonzeros: number;
  bytes: number;
}

/** Default size: the nightly whole-group run. */
const SIZE = 1_000_000;

/** End to end at enterprise scale: vectorise + all-pairs + stream pairs to NDJSON (generation not timed). */
export const scaleBenchmark: Benchmark = {
  name: 'scale',
  description: 'vectorise + exact all-pairs + NDJSON stream on 1M synthetic statements (target < 10 min, < 4 GB)',
  async run(options, print) {
    const size = options.size ?? SIZE;
    const dir = mkdtempSync(join(tmpdir(), 'dutylens-scale-'));
    try {
      const args = [String(size), String(options.threshold), String(options.workers), join(dir, 'pairs.ndjson')];
      const run = await runJsonChild<ScaleRun>(process.execPath, tsxArgs(new URL('../run-scale.ts', import.meta.url), args));
      print(
        `scale N=${size}: dutylens ${run.seconds.toFixed(1)} s ${Math.round(run.peakMB)} MB ` +
          `(vectorise ${run.vectoriseSeconds.toFixed(1)} s, all-pairs + stream ${run.pairSeconds.toFixed(1)} s on ${options.workers} threads; ` +
          `${run.pairs} pairs at t=${options.threshold} streamed as ${(run.bytes / 2 ** 20).toFixed(0)} MB NDJSON; ` +
          `${run.activeVectors} vectors searched, ${run.nonzeros} nonzeros, ${run.postings} postings indexed)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
