import { dirname, resolve } from 'node:path';
import type { AnalysisOptions } from '../model.ts';
import { InputError } from '../util/errors.ts';
import { flagLayer, reportersFrom, settleOptions, type OptionLayer, type OptionLayers } from './settle.ts';
import type { ReporterName } from '../report/index.ts';
import type { AcceptedEntry, LoadedJob } from './job.ts';
import type { OrganisationPer } from './load.ts';
import type { OwnerEntry } from '../findings/owners-register.ts';
import { parseGate, type Gate } from './gates.ts';
import { resolveOutput, workspacePath } from './workspace.ts';
import { isBundledCatalogueName } from './catalogue-names.ts';

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
  /** Match duties to catalogue functions with the semantic tier, pairs staying words-only. */
  semanticGaps?: boolean;
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
  /** `--organisation-per folder|file` (see InputGrouping.per). */
  organisationPer?: OrganisationPer;
  /** Gates given on the command line replace the job's gates. */
  failOn?: string[];
  allowOutside?: boolean;
}

/** Report outputs a job writes. */
export type RunReporter = ReporterName;

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
  /** How inputs no named organisation holds are grouped (see InputGrouping.per); flag over job file. */
  organisationPer?: OrganisationPer;
  /** The analysis options as settled before the documents are read (the catalogue path workspace-relative): for the fingerprint and the parse. */
  options: AnalysisOptions;
  /** The layers the options come from: settled again with the documents (settleOptions), and that is what the result records. */
  optionLayers: OptionLayers;
  table: { unitColumns?: string[]; dutyColumn?: string; strict: boolean };
  report: { reporters: RunReporter[]; lang: 'zh' | 'en' | null; order: 'cluster' | 'document' };
  /** The job's report folder (absolute): runs, latest, history.json, .cache, .lock live in it. */
  output: string;
  gates: Gate[];
  accepted: AcceptedEntry[];
  /** The owners register. */
  owners: OwnerEntry[];
}


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
  // Defaults < job file < flags; the defaults for the documents' language are settled again once they are read (settleOptions).
  const fromJob: OptionLayer = { ...(job.options ?? {}), language: job.language, catalogue };
  // The catalogue is settled above (a flag's path resolves against the workspace, the job's against its folder).
  const fromFlags: OptionLayer = { ...flagLayer(flags), catalogue: undefined };
  const optionLayers: OptionLayers = { layers: [fromJob, fromFlags], at: loaded.file };
  const options = settleOptions(optionLayers);
  const reporters = reportersFrom(flags.reporters ?? job.report?.reporters);
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
    organisationPer: flags.organisationPer ?? job.organisationPer,
    options,
    optionLayers,
    table: {
      unitColumns: flags.unitColumns ?? job.table?.unitColumns,
      dutyColumn: flags.dutyColumn ?? job.table?.dutyColumn,
      strict: flags.strict ?? job.table?.strict ?? false,
    },
    report: { reporters, lang: flags.lang ?? job.report?.lang ?? null, order: flags.order ?? job.report?.order ?? 'cluster' },
    output: resolveOutput(workspace, job.output ?? `reports/${job.name}`, flags.allowOutside ?? false, `${loaded.file}: output`),
    gates,
    accepted: job.accepted ?? [],
    owners: job.owners ?? [],
  };
}
