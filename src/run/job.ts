import { readFile } from 'node:fs/promises';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { InputError } from '../util/errors.ts';
import { parseGate, type Gate } from './gates.ts';
import { REPORTER_NAMES } from '../report/index.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

const unit01 = z.number().min(0).max(1);

/** One entry of the accepted-findings register: a conflict pair (two units, two duties) or a catalogue function's gap. */
export const AcceptedEntrySchema = z
  .strictObject({
    units: z
      .array(z.string().min(1))
      .min(1)
      .max(2)
      .optional()
      .describe('Unit names, paths ("部门/岗位") or ids: the two units of a conflict, or the units of a gap.'),
    duties: z.tuple([z.string().min(1), z.string().min(1)]).optional().describe('The two duties of a conflict, by text or id.'),
    function: z.string().min(1).optional().describe('The catalogue function id of a gap.'),
    document: z.string().min(1).optional().describe('Limit the entry to one organisation id, or to findings with a unit in one document (by id).'),
    owner: z.string().min(1).describe('Who accepted it.'),
    reason: z.string().min(1).describe('Why it is acceptable.'),
    expires: z
      .preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string())
      .refine(isIsoDate, 'must be a date written YYYY-MM-DD')
      .describe('Last day the acceptance holds; from the next day the finding is open again.'),
  })
  .superRefine((entry, ctx) => {
    if ((entry.duties === undefined) === (entry.function === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'name either duties (a conflict) or function (a gap), not both or neither' });
    }
    if (entry.duties && entry.units?.length !== 2) {
      ctx.addIssue({ code: 'custom', path: ['units'], message: 'a conflict names its two units' });
    }
  });
/** One accepted finding. */
export type AcceptedEntry = z.infer<typeof AcceptedEntrySchema>;

/** One entry of the owners register: who leads (and supports) a conflict's work or a multi-lead function, decided by a person; it replaces the suggestion. */
export const OwnerEntrySchema = z
  .strictObject({
    units: z.array(z.string().min(1)).min(1).max(2).optional().describe('The two units of a conflict (names, paths or ids); for a function, optionally units it concerns.'),
    duties: z.tuple([z.string().min(1), z.string().min(1)]).optional().describe('The two duties of a conflict, by text or id.'),
    function: z.string().min(1).optional().describe('The catalogue function id of a multi-lead function.'),
    lead: z.string().min(1).describe("The unit that leads: one of the finding's units."),
    support: z.string().min(1).optional().describe('The unit that supports.'),
    by: z.string().min(1).describe('Who decided.'),
    reason: z.string().min(1).describe('Why.'),
  })
  .superRefine((entry, ctx) => {
    if ((entry.duties === undefined) === (entry.function === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'name either duties (a conflict) or function (a multi-lead function), not both or neither' });
    }
    if (entry.duties && entry.units?.length !== 2) ctx.addIssue({ code: 'custom', path: ['units'], message: 'a conflict names its two units' });
  });

/** A job file (analysis/<name>.yaml): what to analyse, how, where to write it, and what fails CI. */
export const JobFileSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a folder-safe name (letters, digits, . _ -)')
    .describe('Job name: the report folder reports/<name>.'),
  description: z.string().optional(),
  inputs: z
    .preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(z.string().min(1)).min(1))
    .describe('Files, folders or globs, relative to the job file.'),
  organisations: z
    .array(
      z.strictObject({
        name: z.string().min(1).describe('The organisation\'s name, as reports show it.'),
        inputs: z
          .preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(z.string().min(1)).min(1))
          .describe('Files, folders or globs among the job\'s inputs, relative to the job file.'),
      }),
    )
    .optional()
    .describe(
      'Inputs grouped into named organisations: units are compared only with units of the same organisation. ' +
        'Inputs no organisation names form one organisation named after the job (or one per folder or file, see organisationPer); a compilation splits into one organisation per document.',
    ),
  organisationPer: z
    .enum(['folder', 'file'])
    .optional()
    .describe(
      'Inputs no organisation names: folder makes each top-level folder under an input folder an organisation of its own, named after the folder ' +
        '(a group\'s companies, one folder each; loose files stay in the job\'s organisation); file makes each file one. Default: one organisation.',
    ),
  language: z.enum(['auto', 'zh', 'en']).optional(),
  catalogue: z.string().min(1).nullable().optional().describe('Reference catalogue (YAML), relative to the job file, or the name of a bundled one (headquarters, marketing-department).'),
  options: z
    .strictObject({
      candidateThreshold: unit01,
      overlapThreshold: unit01,
      duplicateThreshold: unit01,
      coverageThreshold: unit01,
      coverageMinDuties: z.number().int().min(0),
      genericMinUnits: z.number().int().min(2),
      level: z.number().int().min(0),
      semantic: z.boolean().describe('Run the semantic tier for Chinese duties (paraphrase candidates, and catalogue functions); default off.'),
      semanticGaps: z.boolean().describe('Match Chinese duties to catalogue functions with the semantic tier too, pairs staying words-only; default on when a catalogue is used, false turns it off.'),
    })
    .partial()
    .optional()
    .describe('Analysis options (the AnalysisOptions fields).'),
  table: z
    .strictObject({ unitColumns: z.array(z.string().min(1)).min(1), dutyColumn: z.string().min(1), strict: z.boolean() })
    .partial()
    .optional()
    .describe('Reading table inputs: the unit-path columns and the duty column; strict stops at an unreadable file.'),
  report: z
    .strictObject({
      reporters: z.array(z.enum(REPORTER_NAMES)).min(1),
      lang: z.enum(['zh', 'en']),
      order: z.enum(['cluster', 'document']),
    })
    .partial()
    .optional(),
  output: z.string().min(1).optional().describe('Report folder, relative to the workspace; default reports/<name>.'),
  gates: z
    .array(
      z.string().superRefine((spec, ctx) => {
        const gate = parseGate(spec);
        if ('error' in gate) ctx.addIssue({ code: 'custom', message: gate.error });
      }),
    )
    .optional()
    .describe('CI gates: new-conflicts, new-gaps, conflicts>N, gaps>N.'),
  accepted: z.array(AcceptedEntrySchema).optional().describe('The accepted-findings register.'),
  owners: z.array(OwnerEntrySchema).optional().describe('The owners register: decided leads that replace the suggested owners.'),
});
/** A job file as written. */
export type JobFile = z.infer<typeof JobFileSchema>;

/** A job file that is wrong: every problem, one line each (`file: field: problem`). */
export class JobFileError extends InputError {
  constructor(
    file: string,
    /** One `field: problem` per wrong field. */
    readonly problems: string[],
  ) {
    super(file, problems.join('; '));
    this.name = 'JobFileError';
  }

  /** Every problem on its own line, each naming the file. */
  lines(): string[] {
    return this.problems.map((p) => `${this.file}: ${p}`);
  }
}

/** True when parsed YAML looks like a job file rather than a catalogue, rules or lexicon file. */
export function looksLikeJob(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const o = data as Record<string, unknown>;
  return 'inputs' in o && !('catalogueVersion' in o) && !('functions' in o);
}

/** A job file, read and validated, with the gates parsed. */
export interface LoadedJob {
  file: string;
  job: JobFile;
  gates: Gate[];
}

/** Validates parsed YAML as a job; throws JobFileError listing every wrong field. */
export function validateJob(file: string, data: unknown): LoadedJob {
  const parsed = JobFileSchema.safeParse(data);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const where = fieldName(issue.path);
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) problems.push(`${where ? `${where}.` : ''}${key}: unknown field`);
      } else problems.push(`${where || '(file)'}: ${issue.message}`);
    }
    throw new JobFileError(file, problems);
  }
  // Every spec parsed in the schema already; this only turns them into gates.
  const gates = (parsed.data.gates ?? []).map((spec) => parseGate(spec) as Gate);
  const o = { ...parsed.data.options };
  if (o.candidateThreshold !== undefined && o.overlapThreshold !== undefined && o.candidateThreshold > o.overlapThreshold) {
    problems.push('options.candidateThreshold: must not exceed options.overlapThreshold');
  }
  const names = new Set<string>();
  for (const [i, o] of (parsed.data.organisations ?? []).entries()) {
    if (names.has(o.name)) problems.push(`organisations[${i}].name: "${o.name}" is named twice`);
    names.add(o.name);
  }
  if (problems.length > 0) throw new JobFileError(file, problems);
  return { file, job: parsed.data, gates };
}

/** Reads and validates a job file. */
export async function readJobFile(file: string): Promise<LoadedJob> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new JobFileError(file, [code === 'ENOENT' ? 'no such job file' : `cannot read: ${code ?? String(error)}`]);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const e = error as Error;
    throw new JobFileError(file, [`not valid YAML: ${e instanceof YAMLParseError ? e.message.split('\n')[0] : e.message}`]);
  }
  return validateJob(file, data);
}

/** `accepted[0].expires` from a zod path. */
function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out;
}
