import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../corpus/generate.ts';
import { writeCorpusDocuments } from '../lib/corpus-documents.ts';
import type { Benchmark } from '../lib/benchmark.ts';
import { summaryOf, timeCli } from '../lib/time-cli.ts';

/** Default sizes: a group of about 250 companies, and the nightly run of a group of 2,500. */
const SIZES = [100_000, 1_000_000];
const MINUTES = 10;
const GB = 4;

/**
 * The product end to end at enterprise scale: the generated corpus written as
 * one duty table per document, each document a company of the group in a
 * folder of its own (not timed), then `dutylens analyze DIR --organisation-per
 * folder --reporters json --json` in a fresh process, as a nightly job runs it, with
 * the default thresholds: read and parse the tables → terms → vectors →
 * exact all-pairs on worker threads → classify → unit matrices →
 * result.json written as a stream. Wall time and peak RSS (worker threads
 * included) come from /usr/bin/time.
 */
export const pipelineBenchmark: Benchmark = {
  name: 'pipeline',
  description: `dutylens analyze (parse → result.json, default thresholds) on 100k and 1M synthetic statements (target at 1M < ${MINUTES} min, < ${GB} GB)`,
  async run(options, print) {
    for (const size of options.size ? [options.size] : SIZES) {
      const dir = mkdtempSync(join(tmpdir(), 'dutylens-pipeline-'));
      try {
        const files = writeCorpusDocuments(join(dir, 'in'), generateCorpus({ size }));
        const run = timeCli(['analyze', join(dir, 'in'), '-o', join(dir, 'out'), '--allow-outside', '--organisation-per', 'folder', '--reporters', 'json', '--json']);
        const { seconds, mb: peakMB } = run;
        if (run.code !== 0) {
          print(`pipeline N=${size}: failed with exit code ${run.code}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
          continue;
        }
        const summary = summaryOf(run);
        const bytes = statSync(join(dir, 'out', 'result.json')).size;
        const met = seconds < MINUTES * 60 && peakMB < GB * 1024;
        print(
          `pipeline N=${size}: dutylens analyze ${seconds.toFixed(1)} s ${Math.round(peakMB)} MB ` +
            `(${files} files, ${summary.organisations} organisations, ${summary.units} units, ${summary.duties} duties; ${summary.pairs} pairs, ${summary.conflicts} conflicts; ` +
            `result.json ${(bytes / 2 ** 20).toFixed(0)} MB written as a stream)` +
            (size >= 1_000_000 ? `, target < ${MINUTES} min and < ${GB} GB: ${met ? 'met' : 'missed'}` : ''),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  },
};
