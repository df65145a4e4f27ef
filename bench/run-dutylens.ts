/**
 * One dutylens measurement in its own process (so its peak memory is its
 * own): reads the pre-tokenised corpus, builds TF-IDF vectors, runs the exact
 * all-pairs search on worker threads, and prints one JSON line. The timed
 * span (read tokens → vectors → pairs) matches the scikit-learn script's.
 * Usage: tsx bench/run-dutylens.ts TOKENS GROUP.bin SKIP.bin THRESHOLD WORKERS OUT.bin [BRUTE_OUT.bin]
 */
import { readFileSync } from 'node:fs';
import { allPairsParallel } from '../src/similarity/all-pairs-parallel.ts';
import { allPairsBrute } from '../src/similarity/all-pairs-brute.ts';
import { tfidfCsr } from './lib/tfidf.ts';
import { writePairsFile } from './lib/pairs-file.ts';

const [tokensPath, groupPath, skipPath, thresholdText, workersText, outPath, bruteOut] = process.argv.slice(2);
const threshold = Number(thresholdText);
const start = performance.now();
const lines = readFileSync(tokensPath, 'utf8').split('\n');
if (lines[lines.length - 1] === '') lines.pop();
const group = new Int32Array(readFileSync(groupPath).buffer.slice(0));
const skip = new Uint8Array(readFileSync(skipPath));
const { matrix } = tfidfCsr(lines.length, (k) => (lines[k] ? lines[k].split('\t') : []));
const vectorised = performance.now();
const hits = await allPairsParallel({ vectors: matrix, threshold, group, skip }, { workers: Number(workersText) });
const done = performance.now();
const peakMB = process.resourceUsage().maxRSS / 1024;
writePairsFile(outPath, hits);
let bruteSeconds: number | null = null;
if (bruteOut) {
  const t = performance.now();
  writePairsFile(bruteOut, allPairsBrute({ vectors: matrix, threshold, group, skip }));
  bruteSeconds = (performance.now() - t) / 1000;
}
console.log(
  JSON.stringify({
    seconds: (done - start) / 1000,
    vectoriseSeconds: (vectorised - start) / 1000,
    pairSeconds: (done - vectorised) / 1000,
    peakMB,
    pairs: hits.length,
    bruteSeconds,
  }),
);
