import { dirname, resolve } from 'node:path';
import type { AnalysisOptions } from '../model.ts';
import { InputError } from '../util/errors.ts';
import { checkOptions, DEFAULT_OPTIONS, defaultOptionsFor } from './defaults.ts';
import type { AcceptedEntry, LoadedJob } from './job.ts';
import type { OwnerEntry } from '../findings/owners-register.ts';
import { parseGate, type Gate } from './gates.ts';
import { resolveOutput, workspacePath } from './workspace.ts';
import { isBundledCatalogueName } from '../findings/catalogue-names.ts';

/** The analysis settings `dutylens analyze` and `dutylens run` both take as flags. */
export interface AnalysisFlags {
  catalogue?: string;
  level?: number;
  candidateThreshold?: number;
  overlapThreshold?: number;
  duplicateThreshold?: number;
  coverageThreshold?: number;
  /** Run the semantic tier (Chinese duties). */
  semantic?: boolean;
  reporters?: string[];
  lang?: 'zh' | 'en';
}

/** Flags of `dutylens run` that override the job file. */
export interface RunFlags extends AnalysisFlags {
  language?: 'auto' | 'zh' | 'en';
  order?: 'cluster' | 'document';
  unitColumns?: string[];
  dutyColumn?: string;
  strict?: boolean;
  /** Gates given on the command line replace the job's gates. */
  failOn?: string[];
  allowOutside?: boolean;
}

/** Report outputs a job writes. */
export type RunReporter = 'html' | 'json' | 'csv' | 'xlsx' | 'md';

/** A job with its configuration settled (defaults < job file < flags) and every path resolved. */
export interface SettledJob {
  name: string;
  /** The job file as given on the command line. */
  file: string;
  /** The job file's folder (absolute): inputs and the catalogue resolve against it. */
  dir: string;
  /** The workspace (absolute): output folders stay inside it. */
  workspace: string;
  /** Input entries as written in the job (resolved against `dir` when listed). */
  inputs: string[];
  /** Named organisations and their input entries as written (resolved against `dir` when listed). */
  organisations: { name: string; inputs: string[] }[];
  /** The analysis options, recorded in the result; the catalogue path is workspace-relative. */
  options: AnalysisOptions;
  table: { unitColumns?: string[]; dutyColumn?: string; strict: boolean };
  report: { reporters: RunReporter[]; lang: 'zh' | 'en' | null; order: 'cluster' | 'document' };
  /** The job's report folder (absolute): runs, latest, history.json, .cache, .lock live in it. */
  output: string;
  gates: Gate[];
  accepted: AcceptedEntry[];
  /** The owners register. */
  owners: OwnerEntry[];
}

const ALL_REPORTERS: readonly RunReporter[] = ['html', 'json', 'csv', 'xlsx', 'md'];

/**
 * Settles a job's configuration once, in a fixed order: defaults < job file <
 * flags. Paths in the job file resolve against its folder; flag paths against
 * the workspace. Throws InputError (exit 2) for a bad flag or an output
 * folder outside the workspace.
 */
export function settleJob(loaded: LoadedJob, flags: RunFlags, workspace: string): SettledJob {
  const { job } = loaded;
  const dir = resolve(workspace, dirname(loaded.file));
  // A bundled catalogue's name (no such file) stays a name; a path becomes workspace-relative.
  const catalogueAt = (spec: string, base: string) => (isBundledCatalogueName(spec, base) ? spec : workspacePath(workspace, resolve(base, spec)));
  const catalogue =
    flags.catalogue !== undefined
      ? catalogueAt(flags.catalogue, workspace)
      : job.catalogue
        ? catalogueAt(job.catalogue, dir)
        : null;
  // A job that says its documents are English gets the English thresholds; `auto` keeps the Chinese ones.
  const language = flags.language ?? job.language ?? DEFAULT_OPTIONS.language;
  const DEFAULT_ANALYSIS_OPTIONS = defaultOptionsFor(language === 'en' ? 'en' : 'zh');
  const pick = <K extends keyof AnalysisOptions>(key: K, flag: AnalysisOptions[K] | undefined): AnalysisOptions[K] =>
    flag ?? (job.options?.[key as keyof NonNullable<typeof job.options>] as AnalysisOptions[K] | undefined) ?? DEFAULT_ANALYSIS_OPTIONS[key];
  const options: AnalysisOptions = {
    candidateThreshold: pick('candidateThreshold', flags.candidateThreshold),
    overlapThreshold: pick('overlapThreshold', flags.overlapThreshold),
    duplicateThreshold: pick('duplicateThreshold', flags.duplicateThreshold),
    genericMinUnits: pick('genericMinUnits', undefined),
    language,
    catalogue,
    coverageThreshold: pick('coverageThreshold', flags.coverageThreshold),
    coverageMinDuties: pick('coverageMinDuties', undefined),
    level: pick('level', flags.level),
    ...(pick('semantic', flags.semantic) ? { semantic: true } : {}),
  };
  checkOptions(options, loaded.file);
  const reporters = flags.reporters ?? job.report?.reporters ?? [...ALL_REPORTERS];
  for (const r of reporters) {
    if (!ALL_REPORTERS.includes(r as RunReporter)) throw new InputError('--reporters', `unknown reporter "${r}" (choose from ${ALL_REPORTERS.join(', ')})`);
  }
  let gates = loaded.gates;
  if (flags.failOn && flags.failOn.length > 0) {
    gates = flags.failOn.map((spec) => {
      const g = parseGate(spec);
      if ('error' in g) throw new InputError('--fail-on', g.error);
      return g;
    });
  }
  return {
    name: job.name,
    file: loaded.file,
    dir,
    workspace,
    inputs: job.inputs,
    organisations: job.organisations ?? [],
    options,
    table: {
      unitColumns: flags.unitColumns ?? job.table?.unitColumns,
      dutyColumn: flags.dutyColumn ?? job.table?.dutyColumn,
      strict: flags.strict ?? job.table?.strict ?? false,
    },
    report: { reporters: reporters as RunReporter[], lang: flags.lang ?? job.report?.lang ?? null, order: flags.order ?? job.report?.order ?? 'cluster' },
    output: resolveOutput(workspace, job.output ?? `reports/${job.name}`, flags.allowOutside ?? false, `${loaded.file}: output`),
    gates,
    accepted: job.accepted ?? [],
    owners: job.owners ?? [],
  };
}
