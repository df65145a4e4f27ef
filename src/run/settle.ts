/**
 * One settle for every command's analysis options: defaults < job file <
 * flags, in that order. The defaults depend on the documents' language
 * (`auto` on all-English documents takes the English thresholds), which is
 * known only once the documents are read: the same layers are settled once
 * before reading (to refuse bad values early), and again with the documents,
 * and that is what the result records. `analyze` is a job without a job
 * file: its flags are its only layer.
 */
import type { AnalysisOptions, Language } from '../model.ts';
import { checkOptions, DEFAULT_OPTIONS, defaultOptionsFor, effectiveLanguage } from './defaults.ts';
import type { AnalysisFlags } from './job-settle.ts';
import { catalogueFile } from './catalogue-names.ts';
import { REPORTER_NAMES, type ReporterName } from '../report/index.ts';
import { InputError } from '../util/errors.ts';

/** What one layer (the job file, or the flags) sets; undefined means "not set here". */
export type OptionLayer = { [K in keyof AnalysisOptions]?: AnalysisOptions[K] | undefined };

/** The layers of a command in order (later wins), and where an inconsistency is reported (the job file, or a flag). */
export interface OptionLayers {
  layers: readonly OptionLayer[];
  at: string;
}

/** The value the last layer that sets `key` gives, or undefined. */
function lastSet<K extends keyof AnalysisOptions>(layers: readonly OptionLayer[], key: K): AnalysisOptions[K] | undefined {
  for (let i = layers.length - 1; i >= 0; i--) {
    const value = layers[i][key];
    if (value !== undefined) return value as AnalysisOptions[K];
  }
  return undefined;
}

/**
 * The options the layers settle to for these documents (none yet: the
 * Chinese defaults stand in for `auto`), in schema order so that result.json
 * is byte-stable; validated (InputError, exit 2).
 */
export function settleOptions(settings: OptionLayers, documents: readonly { language: Language }[] = []): AnalysisOptions {
  const { layers } = settings;
  const language = lastSet(layers, 'language') ?? DEFAULT_OPTIONS.language;
  const defaults = defaultOptionsFor(effectiveLanguage(language, documents));
  const pick = <K extends keyof AnalysisOptions>(key: K): AnalysisOptions[K] => lastSet(layers, key) ?? defaults[key];
  const options: AnalysisOptions = {
    candidateThreshold: pick('candidateThreshold'),
    overlapThreshold: pick('overlapThreshold'),
    duplicateThreshold: pick('duplicateThreshold'),
    genericMinUnits: pick('genericMinUnits'),
    language,
    catalogue: pick('catalogue'),
    coverageThreshold: pick('coverageThreshold'),
    coverageMinDuties: pick('coverageMinDuties'),
    level: pick('level'),
    ...(pick('semantic') ? { semantic: true } : {}),
    ...(gapTier(lastSet(layers, 'semanticGaps'), pick('catalogue'))),
  };
  checkOptions(options, settings.at);
  return options;
}

/**
 * With a catalogue, duties are matched to its functions with the semantic
 * tier too unless a layer says `semanticGaps: false` (--no-semantic-gaps): on
 * every blind-labelled gap sample it raises the share of gaps that are gaps
 * (README), for a second or two. Without a catalogue there is nothing to match.
 */
function gapTier(set: boolean | undefined, catalogue: string | null): { semanticGaps?: boolean } {
  if (set === false) return { semanticGaps: false };
  return set === true || catalogue ? { semanticGaps: true } : {};
}

/** The layer the command-line flags of `analyze` and `run` make (a flag not given sets nothing). */
export function flagLayer(flags: AnalysisFlags & { language?: AnalysisOptions['language'] }): OptionLayer {
  return {
    candidateThreshold: flags.candidateThreshold,
    overlapThreshold: flags.overlapThreshold,
    duplicateThreshold: flags.duplicateThreshold,
    language: flags.language,
    catalogue: flags.catalogue,
    coverageThreshold: flags.coverageThreshold,
    level: flags.level,
    semantic: flags.semantic || undefined,
    semanticGaps: flags.semanticGaps,
  };
}

/**
 * The checks that need no document, made before any is read: the options
 * settle, and a catalogue they name exists (a file against `base`, or a
 * bundled name). Throws InputError (exit 2).
 */
export function checkBeforeReading(settings: OptionLayers, base: string = process.cwd()): void {
  const options = settleOptions(settings);
  if (options.catalogue) catalogueFile(options.catalogue, base);
}

/** The reporters a `--reporters` list (or a job's) names, all when none; an unknown name is an InputError naming `--reporters`. */
export function reportersFrom(names: readonly string[] | undefined): ReporterName[] {
  if (!names) return [...REPORTER_NAMES];
  for (const n of names) {
    if (!(REPORTER_NAMES as readonly string[]).includes(n)) throw new InputError('--reporters', `unknown reporter "${n}" (choose from ${REPORTER_NAMES.join(', ')})`);
  }
  return names as ReporterName[];
}
