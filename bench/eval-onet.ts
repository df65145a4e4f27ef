import '../src/cli/env.ts';
import { fileURLToPath } from 'node:url';
import { type Lexicon } from '../src/text/lexicon.ts';
import { normalizeText } from '../src/text/normalize.ts';
import { termsOf, DEFAULT_TERMS_OPTIONS, type TermsOptions } from '../src/text/terms.ts';
import { buildVectorSpace, vectorize, type VectorizeOptions } from '../src/similarity/vectorize.ts';
import { sparseDot, type SparseVector } from '../src/similarity/sparse.ts';
import { unitScoreMatrix, DEFAULT_UNIT_SCORE_OPTIONS } from '../src/similarity/unit-similarity.ts';
import { loadOnet, missingOnetFiles, ONET_DIR, type OnetData } from './lib/onet.ts';
import { mulberry32, randomInt, shuffled } from './lib/mulberry32.ts';
import { averagePrecision, averagePrecisionAt, precisionAt } from './eval-metrics.ts';
import { loadLexicon } from '../src/run/resources.ts';

/** How the pair sample is drawn. */
export interface PairSampleOptions {
  seed: number;
  positives: number;
  negatives: number;
}

/** The sample the brief fixes: 5,000 same-DWA pairs, 50,000 random no-DWA pairs, seed 1. */
export const DEFAULT_PAIR_SAMPLE: PairSampleOptions = { seed: 1, positives: 5000, negatives: 50000 };

/** Figures of the O*NET evaluation. */
export interface OnetFigures {
  tasks: number;
  occupations: number;
  positives: number;
  negatives: number;
  /** Average precision of cosine separating same-DWA from no-shared-DWA cross-occupation task pairs. */
  pairAp: number;
  /** Mean precision@5 of occupation rankings against Related Occupations. */
  unitP5: number;
  /** Mean average precision@20 of occupation rankings against Related Occupations. */
  unitMap20: number;
}

/**
 * Task-index pairs for the pair-level AP. Positives: distinct cross-occupation
 * pairs of tasks linked to one DWA, a seeded sample. Negatives: seeded random
 * cross-occupation pairs of DWA-linked tasks that share no DWA (tasks without
 * any DWA link are left out: their true activity is unknown).
 */
export function samplePairs(data: OnetData, options: PairSampleOptions): { i: number; j: number; positive: boolean }[] {
  const random = mulberry32(options.seed);
  const tasksByDwa = new Map<string, number[]>();
  const linked: number[] = [];
  data.tasks.forEach((task, t) => {
    const dwas = data.dwasByTask.get(task.id);
    if (!dwas) return;
    linked.push(t);
    for (const dwa of dwas) {
      const list = tasksByDwa.get(dwa) ?? [];
      list.push(t);
      tasksByDwa.set(dwa, list);
    }
  });
  const positiveKeys = new Set<number>();
  const n = data.tasks.length;
  for (const list of tasksByDwa.values()) {
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const [i, j] = list[a] < list[b] ? [list[a], list[b]] : [list[b], list[a]];
        if (data.tasks[i].occupation !== data.tasks[j].occupation) positiveKeys.add(i * n + j);
      }
  }
  const positives = shuffled([...positiveKeys].sort((x, y) => x - y), random).slice(0, options.positives);
  const pairs = positives.map((key) => ({ i: Math.floor(key / n), j: key % n, positive: true }));
  const seen = new Set<number>();
  while (pairs.length < positives.length + options.negatives) {
    const i = linked[randomInt(random, linked.length)];
    const j = linked[randomInt(random, linked.length)];
    const key = Math.min(i, j) * n + Math.max(i, j);
    if (data.tasks[i].occupation === data.tasks[j].occupation || seen.has(key)) continue;
    const dj = new Set(data.dwasByTask.get(data.tasks[j].id));
    if (data.dwasByTask.get(data.tasks[i].id)!.some((d) => dj.has(d))) continue;
    seen.add(key);
    pairs.push({ i, j, positive: false });
  }
  return pairs;
}

/** Precision@5 and MAP@20 of each occupation's ranking of the others against its Related Occupations. */
export function unitRankingFigures(
  data: OnetData,
  occupations: readonly string[],
  matrix: Float64Array,
): { p5: number; map20: number } {
  const index = new Map(occupations.map((code, k) => [code, k]));
  let p5 = 0;
  let map20 = 0;
  let counted = 0;
  occupations.forEach((code, u) => {
    const relevant = new Set((data.related.get(code) ?? []).map((r) => r.code).filter((c) => index.has(c)));
    if (relevant.size === 0) return;
    const ranked = occupations
      .map((other, v) => ({ other, score: matrix[u * occupations.length + v], v }))
      .filter((x) => x.v !== u)
      .sort((a, b) => b.score - a.score || a.v - b.v)
      .map((x) => x.other);
    p5 += precisionAt(ranked, relevant, 5);
    map20 += averagePrecisionAt(ranked, relevant, 20);
    counted++;
  });
  return { p5: p5 / counted, map20: map20 / counted };
}

/** Runs both levels on loaded O*NET data with given term and vector options. */
export function evalOnetData(
  data: OnetData,
  lexicon: Lexicon,
  terms: TermsOptions = DEFAULT_TERMS_OPTIONS,
  vectors: VectorizeOptions = {},
  sample: PairSampleOptions = DEFAULT_PAIR_SAMPLE,
  unitOptions = DEFAULT_UNIT_SCORE_OPTIONS,
): OnetFigures {
  const features = data.tasks.map((task) => termsOf(normalizeText(task.text), 'en', lexicon, terms).features);
  const space = buildVectorSpace(features, { idfPrior: lexicon.idfPrior, ...vectors });
  const taskVectors: SparseVector[] = features.map((f) => vectorize(space, f));
  const pairs = samplePairs(data, sample);
  const scores = pairs.map((p) => sparseDot(taskVectors[p.i], taskVectors[p.j]));
  const pairAp = averagePrecision(scores, pairs.map((p) => p.positive));
  const occupations = [...new Set(data.tasks.map((t) => t.occupation))].sort();
  const unitIndex = new Map(occupations.map((code, k) => [code, k]));
  const unitOf = Int32Array.from(data.tasks, (t) => unitIndex.get(t.occupation)!);
  // Exactly the product's unit score, so this measures what the report shows.
  const matrix = unitScoreMatrix(features, taskVectors, unitOf, occupations.length, unitOptions, { idfPrior: lexicon.idfPrior, ...vectors });
  const { p5, map20 } = unitRankingFigures(data, occupations, matrix);
  return {
    tasks: data.tasks.length,
    occupations: occupations.length,
    positives: pairs.filter((p) => p.positive).length,
    negatives: pairs.filter((p) => !p.positive).length,
    pairAp,
    unitP5: p5,
    unitMap20: map20,
  };
}

/** Runs the evaluation on ../shared, or returns null when O*NET files are missing. */
export function evalOnet(terms?: TermsOptions, vectors?: VectorizeOptions, lexicon = loadLexicon()): OnetFigures | null {
  if (missingOnetFiles().length > 0) return null;
  return evalOnetData(loadOnet(), lexicon, terms, vectors);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const missing = missingOnetFiles();
  const figures = missing.length === 0 ? evalOnet() : null;
  if (!figures) {
    console.log(`eval-onet: skipped, missing in ../shared/eval/onet-29.3: ${missing.join(', ')} (looked in ${ONET_DIR})`);
  } else {
    console.log(`eval-onet: ${figures.tasks} tasks, ${figures.occupations} occupations; pairs ${figures.positives} same-DWA / ${figures.negatives} no-shared-DWA`);
    console.log(`eval-onet: task-pair average precision = ${figures.pairAp.toFixed(3)} (baseline words 0.52, char 3-5-grams 0.57, target >= 0.65)`);
    console.log(`eval-onet: occupation precision@5 vs Related Occupations = ${figures.unitP5.toFixed(3)} (baseline 0.78, target >= 0.80)`);
    console.log(`eval-onet: occupation MAP@20 vs Related Occupations = ${figures.unitMap20.toFixed(3)}`);
  }
}
