import '../src/cli/env.ts';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Lexicon } from '../src/text/lexicon.ts';
import { normalizeText } from '../src/text/normalize.ts';
import { termsOf, DEFAULT_TERMS_OPTIONS, type TermsOptions } from '../src/text/terms.ts';
import { buildVectorSpace, vectorize, type VectorizeOptions } from '../src/similarity/vectorize.ts';
import { sparseDot } from '../src/similarity/sparse.ts';
import { spearman } from './eval-metrics.ts';
import { loadEmbedder, semanticUnavailable } from '../src/run/semantic.ts';
import { dot } from '../src/similarity/semantic-candidates.ts';
import { loadLexicon } from '../src/run/resources.ts';

/** The Chinese STS-B test file, in ../shared relative to the repo root. */
export const STSB_FILE = fileURLToPath(new URL('../../shared/eval/stsb-zh/sts-b-test.txt', import.meta.url));

/** One STS-B pair with its 0–5 gold score. */
export interface StsPair {
  a: string;
  b: string;
  gold: number;
}

/** Figures of the STS-B evaluation. */
export interface StsbFigures {
  pairs: number;
  /** Spearman correlation ×100 of cosine against gold. */
  spearman100: number;
}

/** Reads the tab-separated sentence1, sentence2, score rows. */
export function readStsPairs(text: string): StsPair[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [a, b, gold] = line.split('\t');
      return { a, b, gold: Number(gold) };
    });
}

/**
 * Spearman ×100 of the cosine of our vectors against the gold scores, with
 * the vector space (idf) fitted on every sentence of the test file
 * (unsupervised: no gold score is used to fit).
 */
export function evalStsbPairs(
  pairs: readonly StsPair[],
  lexicon: Lexicon,
  terms: TermsOptions = DEFAULT_TERMS_OPTIONS,
  vectors: VectorizeOptions = {},
): StsbFigures {
  const features = pairs.flatMap((p) => [p.a, p.b]).map((s) => termsOf(normalizeText(s), 'zh', lexicon, terms).features);
  const space = buildVectorSpace(features, { idfPrior: lexicon.idfPrior, ...vectors });
  const scores = pairs.map((_, k) => sparseDot(vectorize(space, features[2 * k]), vectorize(space, features[2 * k + 1])));
  return { pairs: pairs.length, spearman100: 100 * spearman(scores, pairs.map((p) => p.gold)) };
}

/** Runs the evaluation on ../shared, or returns null when the file is missing. */
export function evalStsb(terms?: TermsOptions, vectors?: VectorizeOptions, lexicon = loadLexicon()): StsbFigures | null {
  if (!existsSync(STSB_FILE)) return null;
  return evalStsbPairs(readStsPairs(readFileSync(STSB_FILE, 'utf8')), lexicon, terms, vectors);
}

/** Spearman ×100 of the semantic tier's cosine (the bundled model, as the analysis embeds: normalised text), or null when the file or the tier is missing. */
export async function evalStsbSemantic(): Promise<StsbFigures | null> {
  if (!existsSync(STSB_FILE) || (await semanticUnavailable())) return null;
  const pairs = readStsPairs(readFileSync(STSB_FILE, 'utf8'));
  const embedder = await loadEmbedder();
  const vectors = await embedder.embed(pairs.flatMap((p) => [normalizeText(p.a), normalizeText(p.b)]));
  const scores = pairs.map((_, k) => dot(vectors[2 * k], vectors[2 * k + 1]));
  return { pairs: pairs.length, spearman100: 100 * spearman(scores, pairs.map((p) => p.gold)) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = evalStsb();
  if (!figures) console.log('eval-stsb: skipped, ../shared/eval/stsb-zh/sts-b-test.txt is missing (run from a checkout beside the shared folder)');
  else console.log(`eval-stsb: Chinese STS-B test (${figures.pairs} pairs) Spearman x100 = ${figures.spearman100.toFixed(1)} (baseline char-unigram TF-IDF 68.0, target >= 70)`);
}
