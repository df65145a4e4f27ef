import '../src/cli/env.ts';
import { fileURLToPath } from 'node:url';
import type { Result } from '../src/model.ts';
import { isConflict } from '../src/model.ts';
import { analyzeModel } from '../src/run/analyze.ts';
import { defaultOptionsFor } from '../src/run/defaults.ts';
import { loadModel } from '../src/run/load.ts';
import { openEmbedder, type CachedEmbedder } from '../src/run/semantic-cache.ts';
import { semanticUnavailable } from '../src/run/semantic.ts';
import { normalizeText } from '../src/text/normalize.ts';
import { isConflictLabel, readPairCorpus, type CorpusOrganisation, type CorpusPair } from '../test/corpus/pair-corpus.ts';
import { predict, type Predicted } from './eval-labelled.ts';
import { loadLexicon, loadRelationRules } from '../src/run/resources.ts';

/**
 * The labelled pair corpus (test/corpus/pairs) through the full analysis:
 * each organisation's duty table analysed on its own, as a user would, with
 * the thresholds of its language; each labelled pair looked up in the
 * result. Figures per split (tune, test), with the lexical tier alone and
 * with the semantic tier. Only the tune part's per-pair errors may be
 * looked at (`--detail`); the test part is reported as figures.
 */

export type Tier = 'lexical' | 'semantic';

/** Figures of one split under one tier. */
export interface PartFigures {
  organisations: number;
  duties: number;
  pairs: number;
  conflicts: number;
  recall: number;
  paraphrases: number;
  paraphraseRecall: number;
  verbatim: number;
  verbatimRecall: number;
  negatives: number;
  falseAlarmRate: number;
  /** Conflict flags the analysis raised, labelled or not, per 100 duties. */
  flagsPer100: number;
  notFound: number;
  /** Each organisation's conflict flags per 100 duties, by organisation id. */
  flagsByOrganisation: { id: string; duties: number; flagsPer100: number }[];
  /** Conflict flags outside the labelled pairs that the blind second sample (sampled.json) labels, and how many of them it calls conflicts. */
  sampledFlags: number;
  sampledConflicts: number;
  unlabelledFlags: number;
}

/** One scored pair, for the tune part's detail. */
export interface ScoredPair {
  organisation: string;
  pair: CorpusPair;
  predicted: Predicted;
}

const predictsConflict = (p: Predicted) => p === 'duplicate' || p === 'overlap';
const ratio = (x: number, n: number) => (n === 0 ? 0 : x / n);

/** Analyses one organisation's table as its own run. */
async function analyseOrganisation(o: CorpusOrganisation, embedder: CachedEmbedder | undefined): Promise<Result> {
  const { model } = await loadModel([o.file], { grouping: { named: [{ name: o.id, files: [o.file] }], defaultName: o.id } });
  const language = o.org.language === 'en' ? 'en' : 'zh';
  const options = { ...defaultOptionsFor(language), language: 'auto' as const, ...(embedder ? { semantic: true } : {}) };
  return analyzeModel(model, options, { lexicon: loadLexicon(), rules: loadRelationRules(), embedder });
}

/** Figures of a set of organisations' results. */
export function partFigures(
  scored: readonly ScoredPair[],
  organisations: number,
  duties: number,
  flags: number,
  sample: { flags: number; conflicts: number; unlabelled: number } = { flags: 0, conflicts: 0, unlabelled: 0 },
  flagsByOrganisation: PartFigures['flagsByOrganisation'] = [],
): PartFigures {
  const found = scored.filter((s) => s.predicted !== 'not-found');
  const conflicts = found.filter((s) => isConflictLabel(s.pair.label));
  const hit = (list: readonly ScoredPair[]) => list.filter((s) => predictsConflict(s.predicted)).length;
  const paraphrases = conflicts.filter((s) => s.pair.kind === 'paraphrase');
  const verbatim = conflicts.filter((s) => s.pair.kind !== 'paraphrase');
  const negatives = found.filter((s) => !isConflictLabel(s.pair.label));
  return {
    organisations,
    duties,
    pairs: scored.length,
    conflicts: conflicts.length,
    recall: ratio(hit(conflicts), conflicts.length),
    paraphrases: paraphrases.length,
    paraphraseRecall: ratio(hit(paraphrases), paraphrases.length),
    verbatim: verbatim.length,
    verbatimRecall: ratio(hit(verbatim), verbatim.length),
    negatives: negatives.length,
    falseAlarmRate: ratio(hit(negatives), negatives.length),
    flagsPer100: ratio(100 * flags, duties),
    notFound: scored.length - found.length,
    flagsByOrganisation,
    sampledFlags: sample.flags,
    sampledConflicts: sample.conflicts,
    unlabelledFlags: sample.unlabelled,
  };
}

/** Runs one split under one tier. */
async function evalPart(organisations: readonly CorpusOrganisation[], embedder: CachedEmbedder | undefined) {
  const scored: ScoredPair[] = [];
  let duties = 0;
  let flags = 0;
  const sample = { flags: 0, conflicts: 0, unlabelled: 0 };
  const byOrganisation: PartFigures['flagsByOrganisation'] = [];
  for (const o of organisations) {
    const result = await analyseOrganisation(o, embedder);
    duties += result.duties.length;
    const flagged = result.pairs.filter((p) => isConflict(p.relation));
    flags += flagged.length;
    byOrganisation.push({ id: o.id, duties: result.duties.length, flagsPer100: ratio(100 * flagged.length, result.duties.length) });
    // Precision where nobody labelled before: the flags outside pairs.json that the blind sample covers.
    const text = new Map(result.duties.map((d) => [d.id, d.text]));
    const key = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
    const labelledKeys = new Set(o.pairs.map((p) => key(p.textA, p.textB)));
    const sampled = new Map(o.sampled.map((p) => [key(p.textA, p.textB), p]));
    for (const p of flagged) {
      const k = key(text.get(p.a)!, text.get(p.b)!);
      if (labelledKeys.has(k)) continue;
      sample.unlabelled++;
      const s = sampled.get(k);
      if (!s) continue;
      sample.flags++;
      if (isConflictLabel(s.label)) sample.conflicts++;
    }
    // Unit names are read in their normalised form (Traditional folded to Simplified); duty texts as written.
    const labelled = o.pairs.map((p) => ({ file: o.file, unitA: normalizeText(p.unitA), textA: p.textA, unitB: normalizeText(p.unitB), textB: p.textB, label: 'distinct' as const }));
    predict(result, labelled).forEach((predicted, k) => scored.push({ organisation: o.id, pair: o.pairs[k], predicted }));
  }
  return { figures: partFigures(scored, organisations.length, duties, flags, sample, byOrganisation), scored };
}

/** Everything `npm run eval` prints of the corpus. */
export interface PairCorpusFigures {
  parts: { split: 'tune' | 'test'; tier: Tier; figures: PartFigures }[];
  semanticSkipped: string | null;
  tuneDetail: ScoredPair[];
}

/** Evaluates both splits under the lexical tier and, when it can run, the semantic tier. */
export async function evalPairCorpus(root?: string, splits: readonly ('tune' | 'test')[] = ['tune', 'test']): Promise<PairCorpusFigures | null> {
  const corpus = readPairCorpus(root);
  if (corpus.length === 0) return null;
  const skipped = await semanticUnavailable();
  const embedder = skipped ? undefined : await openEmbedder(null);
  const parts: PairCorpusFigures['parts'] = [];
  let tuneDetail: ScoredPair[] = [];
  for (const split of splits) {
    const orgs = corpus.filter((o) => o.org.split === split);
    for (const tier of ['lexical', 'semantic'] as const) {
      if (tier === 'semantic' && !embedder) continue;
      const { figures, scored } = await evalPart(orgs, tier === 'semantic' ? embedder : undefined);
      parts.push({ split, tier, figures });
      if (split === 'tune' && tier === (embedder ? 'semantic' : 'lexical')) tuneDetail = scored;
    }
  }
  return { parts, semanticSkipped: skipped, tuneDetail };
}

const f3 = (x: number) => x.toFixed(3);

/** The per-part lines. */
export function pairCorpusLines(figures: PairCorpusFigures): string[] {
  const lines = figures.parts.map(({ split, tier, figures: f }) =>
    `${split.padEnd(4)} ${tier.padEnd(8)} ${f.organisations} orgs, ${f.duties} duties, ${f.pairs} pairs (${f.conflicts} conflicts, ${f.negatives} non-conflicts, ${f.notFound} not found): ` +
      `recall ${f3(f.recall)} (paraphrase ${f3(f.paraphraseRecall)} of ${f.paraphrases}, near-verbatim ${f3(f.verbatimRecall)} of ${f.verbatim}), ` +
      `false alarms ${f3(f.falseAlarmRate)}, flags/100 duties ${f.flagsPer100.toFixed(1)}` +
      (f.sampledFlags > 0 ? `, precision of unlabelled flags ${f3(f.sampledConflicts / f.sampledFlags)} (${f.sampledFlags} of ${f.unlabelledFlags} sampled)` : ''),
  );
  for (const { split, tier, figures: f } of figures.parts) {
    if (split !== 'test' || tier !== 'lexical') continue;
    lines.push(`test organisations, conflict flags per 100 duties (lexical): ${f.flagsByOrganisation.map((o) => `${o.id} ${o.flagsPer100.toFixed(1)} (${o.duties})`).join(' · ')}`);
  }
  if (figures.semanticSkipped) lines.push(`semantic tier not run: ${figures.semanticSkipped}`);
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await evalPairCorpus();
  if (!figures) console.log('eval-pairs: test/corpus/pairs holds no complete organisation');
  else {
    for (const line of pairCorpusLines(figures)) console.log(line);
    if (process.argv.includes('--detail')) {
      for (const s of figures.tuneDetail) {
        const gold = isConflictLabel(s.pair.label);
        if (gold === predictsConflict(s.predicted)) continue;
        console.log(
          `${gold ? 'MISS' : 'FALSE'}\t${s.organisation}\t${s.pair.label}${s.pair.kind ? `/${s.pair.kind}` : ''}\t→ ${s.predicted}\t${s.pair.unitA}: ${s.pair.textA}\t|\t${s.pair.unitB}: ${s.pair.textB}`,
        );
      }
    }
  }
}
