import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions } from './args.ts';
import { runJsonChild, tsxArgs } from './child.ts';
import { writeCorpusFiles } from './corpus-files.ts';
import { comparePairs } from './compare-pairs.ts';
import { readPairsFile } from './pairs-file.ts';
import { runSklearn, sklearnVersion } from './sklearn.ts';

/** A corpus ready for the dutylens / scikit-learn comparison. */
export interface ComparisonCorpus {
  /** Label printed at the start of the line, e.g. "allpairs N=50000". */
  label: string;
  count: number;
  tokensOf: (k: number) => readonly string[];
  group: Int32Array;
  skip: Uint8Array;
}

interface DutylensRun {
  seconds: number;
  vectoriseSeconds: number;
  pairSeconds: number;
  peakMB: number;
  pairs: number;
  bruteSeconds: number | null;
}

/**
 * Runs dutylens and the scikit-learn brute force on the same tokens in
 * separate processes, compares their pair sets, and prints one line:
 * `LABEL: dutylens 4.1 s 310 MB, scikit-learn 67.3 s 2078 MB, ratio 16.4, identical yes (…)`.
 */
export async function compareOnCorpus(corpus: ComparisonCorpus, options: BenchOptions, print: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dutylens-bench-'));
  try {
    const files = writeCorpusFiles(dir, corpus.count, corpus.tokensOf, corpus.group, corpus.skip);
    const out = { dutylens: join(dir, 'dutylens.bin'), brute: join(dir, 'brute.bin'), sklearn: join(dir, 'sklearn.bin') };
    const withBrute = corpus.count <= options.bruteMax;
    const script = new URL('../run-dutylens.ts', import.meta.url);
    const args = [files.tokens, files.group, files.skip, String(options.threshold), String(options.workers), out.dutylens, ...(withBrute ? [out.brute] : [])];
    const ours = await runJsonChild<DutylensRun>(process.execPath, tsxArgs(script, args));
    const ourPairs = readPairsFile(out.dutylens);
    const parts = [`dutylens ${ours.seconds.toFixed(1)} s ${Math.round(ours.peakMB)} MB`];
    const notes = [`${ours.pairs} pairs at t=${options.threshold}`, `vectorise ${ours.vectoriseSeconds.toFixed(1)} s + all-pairs ${ours.pairSeconds.toFixed(1)} s on ${options.workers} threads`];
    const version = sklearnVersion();
    if (version === null) parts.push('scikit-learn not installed (/usr/bin/python3 -c "import sklearn" fails; apt-get install python3-sklearn)');
    else if (corpus.count > options.sklearnMax) parts.push(`scikit-learn not run (N > --sklearn-max ${options.sklearnMax})`);
    else {
      const theirs = await runSklearn({ ...files, out: out.sklearn }, options.threshold);
      const cmp = comparePairs(ourPairs, readPairsFile(out.sklearn), options.threshold);
      parts.push(`scikit-learn ${theirs.seconds.toFixed(1)} s ${Math.round(theirs.peakMB)} MB`, `ratio ${(theirs.seconds / ours.seconds).toFixed(1)}`, `identical ${cmp.identical ? 'yes' : 'no'}`);
      notes.push(`sklearn ${version}: ${theirs.pairs} pairs, ${cmp.mismatches} mismatches, ${cmp.ties} ties within 1e-5 of t, max score diff ${cmp.maxScoreDiff.toExponential(1)}`);
    }
    if (withBrute && ours.bruteSeconds !== null) {
      const cmp = comparePairs(ourPairs, readPairsFile(out.brute), options.threshold, 0);
      notes.push(`js brute force ${ours.bruteSeconds.toFixed(1)} s identical ${cmp.identical ? 'yes' : 'no'} (${cmp.mismatches} mismatches)`);
    }
    print(`${corpus.label}: ${parts.join(', ')} (${notes.join('; ')})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
