/**
 * The one analysis pipeline `analyze`, `run` and `watch` share, after their
 * inputs are read (`analyze` reads them directly, `run` through its parse
 * cache): settle the options for the documents → load the lexicon, rules and
 * catalogue → analyse (terms → vectors → pairs → relations → unit matrix →
 * coverage → gaps → summary, see analyzeParts) → apply the owners register
 * (a consultant's decisions on who leads) and the accepted-findings register,
 * which counts the summary again. `render` takes the result from
 * here (or from a saved result.json) to the report registry.
 */
import type { AnalysisOptions, InputReading, OrgModel, ResultParts } from '../model.ts';
import { resultParts, wholeResult } from '../model.ts';
import { applyAcceptance, type AcceptanceEntry } from '../findings/acceptance.ts';
import { applyOwnerRegister, type OwnerEntry } from '../findings/owners-register.ts';
import { analyzeParts } from './analyze.ts';
import { catalogueCoverage } from './coverage.ts';
import { openEmbedder, type CachedEmbedder } from './semantic-cache.ts';
import { semanticUnavailable } from './semantic.ts';
import { settleOptions, type OptionLayers } from './settle.ts';
import { loadLexicon, loadRelationRules } from './resources.ts';

/** What the pipeline works from. */
export interface PipelineInput {
  model: OrgModel;
  /** How each input file was read, recorded in the result as it is. */
  readings: readonly InputReading[];
  /** The option layers (defaults < job file < flags), settled here for the documents read. */
  settings: OptionLayers;
  /** The catalogue option as a file to read (a job's catalogue is workspace-relative); as it is when absent. */
  catalogueFile?: (catalogue: string) => string;
  /** The accepted-findings register (a job's), and today's date (YYYY-MM-DD) for its expiry. */
  accepted?: { entries: readonly AcceptanceEntry[]; today: string };
  /** The owners register (a job's): who leads a finding's work, decided by a person; it replaces the suggestion. */
  owners?: readonly OwnerEntry[];
  /** Where the semantic tier keeps its vectors (null: no cache). */
  embeddingCache: string | null;
  /** Called between stages, for progress display. */
  progress?: (stage: string, done: number, total: number) => void;
}

/** What the pipeline gives: the result as parts, how many findings each register entry covered, and the owners register's. */
export interface PipelineOutcome {
  parts: ResultParts;
  matched: number[];
  owners: { matched: number[]; problems: string[] };
  /** What the user should know about the run that is no finding (the semantic tier could not run for gaps). */
  warnings: string[];
}

/** Runs the pipeline; see the file comment. */
export async function analysePipeline(input: PipelineInput): Promise<PipelineOutcome> {
  const options = settleOptions(input.settings, input.model.documents);
  const lexicon = loadLexicon();
  const rules = loadRelationRules();
  const coverage = options.catalogue ? catalogueCoverage(input.catalogueFile?.(options.catalogue) ?? options.catalogue, options, lexicon) : undefined;
  const { embedder, warnings } = await embedderFor(options, coverage !== undefined, input.embeddingCache);
  const parts = await analyzeParts(input.model, options, { lexicon, rules, coverage, progress: input.progress, embedder }, input.readings);
  await embedder?.save();
  const ownerEntries = input.owners ?? [];
  const noAccepted = !input.accepted || input.accepted.entries.length === 0;
  // Without a register the result stays as parts: a large one is never one object.
  if (noAccepted && ownerEntries.length === 0) return { parts, matched: [], owners: { matched: [], problems: [] }, warnings };
  const decided = ownerEntries.length === 0 ? { result: wholeResult(parts), matched: [], problems: [] } : applyOwnerRegister(wholeResult(parts), ownerEntries);
  const owners = { matched: decided.matched, problems: decided.problems };
  if (noAccepted) return { parts: resultParts(decided.result), matched: [], owners, warnings };
  const accepted = applyAcceptance(decided.result, input.accepted!.entries, input.accepted!.today);
  return { parts: resultParts(accepted.result), matched: accepted.matched, owners, warnings };
}

/**
 * The semantic tier's embedder the options ask for. `semantic` needs it and
 * fails (InputError, exit 2) when it cannot load. `semanticGaps` with a
 * catalogue only improves gap finding, so without the tier's runtime (an
 * optional dependency) the analysis goes on with words only and says so.
 * `unavailable`: why the runtime cannot load (null when it can).
 */
export async function embedderFor(
  options: AnalysisOptions,
  withCatalogue: boolean,
  cache: string | null,
  unavailable: () => Promise<string | null> = semanticUnavailable,
): Promise<{ embedder?: CachedEmbedder; warnings: string[] }> {
  if (options.semantic) return { embedder: await openEmbedder(cache), warnings: [] };
  if (!options.semanticGaps || !withCatalogue) return { warnings: [] };
  const missing = await unavailable();
  if (missing) return { warnings: [`semanticGaps: catalogue functions are matched by words only, as the semantic tier cannot run: ${missing}`] };
  return { embedder: await openEmbedder(cache), warnings: [] };
}
