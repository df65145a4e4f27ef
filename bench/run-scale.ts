/**
 * The enterprise-scale run in its own process: generates the corpus (not
 * timed), then times text → char-bigram TF-IDF vectors → exact all-pairs on
 * worker threads → pairs streamed to an NDJSON file, and prints one JSON line.
 * Texts are held once; tokens live only while their row is built; pairs are
 * written chunk by chunk with back-pressure, never gathered in one array.
 * Usage: tsx bench/run-scale.ts SIZE THRESHOLD WORKERS OUT.ndjson
 */
import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { generateCorpus, PLANT_KINDS } from './corpus/generate.ts';
import { charBigrams } from './lib/tokens.ts';
import { tfidfCsr } from './lib/tfidf.ts';
import { allPairsStream } from '../src/similarity/all-pairs-parallel.ts';

const [sizeText, thresholdText, workersText, outPath] = process.argv.slice(2);
const size = Number(sizeText);
const generateStart = performance.now();
const corpus = generateCorpus({ size });
const boilerplate = PLANT_KINDS.indexOf('boilerplate');
const skip = Uint8Array.from(corpus.plant, (p) => (p === boilerplate ? 1 : 0));
const start = performance.now();
process.stderr.write(`scale: generated ${size} statements in ${((start - generateStart) / 1000).toFixed(1)} s\n`);
const { matrix, terms } = tfidfCsr(size, (k) => charBigrams(corpus.texts[k]));
const vectorised = performance.now();
process.stderr.write(`scale: vectorised (${terms} terms, ${matrix.col.length} nonzeros) in ${((vectorised - start) / 1000).toFixed(1)} s\n`);
const out = createWriteStream(outPath);
const summary = await allPairsStream({ vectors: matrix, threshold: Number(thresholdText), group: corpus.unit, skip }, { workers: Number(workersText) }, async (pairs) => {
  let text = '';
  for (let k = 0; k < pairs.length; k++) text += `{"i":${pairs.i[k]},"j":${pairs.j[k]},"score":${pairs.score[k].toFixed(6)}}\n`;
  if (text && !out.write(text)) await once(out, 'drain');
});
out.end();
await once(out, 'finish');
const done = performance.now();
console.log(
  JSON.stringify({
    seconds: (done - start) / 1000,
    vectoriseSeconds: (vectorised - start) / 1000,
    pairSeconds: (done - vectorised) / 1000,
    peakMB: process.resourceUsage().maxRSS / 1024,
    pairs: summary.pairs,
    activeVectors: summary.activeVectors,
    postings: summary.postings,
    nonzeros: matrix.col.length,
    bytes: statSync(outPath).size,
  }),
);
