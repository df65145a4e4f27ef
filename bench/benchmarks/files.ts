import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePositionDescriptions } from '../corpus/position-descriptions.ts';
import type { Benchmark } from '../lib/benchmark.ts';
import { summaryOf, timeCli } from '../lib/time-cli.ts';

/** Default size: a group's position descriptions, one file per position. */
const FILES = 10_000;
const MINUTES = 2;

/**
 * The thresholds the folder is analysed at. The generated statements share
 * far more words than real ones do: at the defaults 1,000 generated
 * positions give about 180 pairs a duty (the seeds give under one), and the
 * run measures the pair count, not the per-file cost. At 0.7 the generated
 * folder gives a few pairs a duty, as real documents do.
 */
export const FOLDER_THRESHOLDS = ['--candidate-threshold', '0.7', '--overlap-threshold', '0.7'] as const;

/**
 * A folder of small files end to end: N generated position descriptions
 * (岗位说明书, one .txt each; generation not timed), then `dutylens analyze
 * DIR --reporters json --json` in a fresh process: list, read, parse,
 * analyse and write result.json. Prints the wall time, the cost per file and
 * the peak RSS.
 */
export const filesBenchmark: Benchmark = {
  name: 'files10k',
  description: `dutylens analyze on a folder of 10,000 generated position descriptions, result.json only (target < ${MINUTES} min)`,
  async run(options, print) {
    const count = options.size ?? FILES;
    const dir = mkdtempSync(join(tmpdir(), 'dutylens-files-'));
    try {
      const duties = writePositionDescriptions(join(dir, 'in'), count);
      const run = timeCli(['analyze', join(dir, 'in'), '-o', join(dir, 'out'), '--allow-outside', '--reporters', 'json', '--json', '-q', ...FOLDER_THRESHOLDS]);
      if (run.code !== 0) {
        print(`files N=${count}: failed with exit code ${run.code}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
        return;
      }
      const s = summaryOf(run);
      print(
        `files N=${count}: dutylens analyze ${run.seconds.toFixed(1)} s ${Math.round(run.mb)} MB, ${((run.seconds * 1000) / count).toFixed(1)} ms a file ` +
          `(${s.documents} documents, ${s.units} units, ${s.duties} duties of ${duties} written; ${s.pairs} pairs, ${s.conflicts} conflicts at t=0.7), ` +
          `target < ${MINUTES} min: ${run.seconds < MINUTES * 60 ? 'met' : 'missed'}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
