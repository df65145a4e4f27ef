import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { TrendPoint } from '../model.ts';
import { InputError } from '../util/errors.ts';

/** Version of history.json. */
export const HISTORY_VERSION = 1;

/** One run's figures, as history.json keeps them. */
export const RunRecordSchema = z
  .object({
    runId: z.string().describe('Run id: also the name of the run folder.'),
    startedAt: z.string().describe('ISO time the run started (from the injected clock).'),
    fingerprint: z.string().describe('Hash of the tool version, settled configuration and input hashes: equal means nothing to redo.'),
    toolVersion: z.string(),
    documents: z.number().int(),
    units: z.number().int(),
    duties: z.number().int(),
    pairs: z.number().int(),
    conflicts: z.number().int().describe('Conflicts, open and accepted.'),
    gaps: z.number().int().describe('Gaps other than orphans, open and accepted.'),
    openConflicts: z.number().int().describe('Conflicts not covered by an unexpired acceptance.'),
    openGaps: z.number().int(),
    newConflicts: z.number().int().describe('Open conflicts new since the previous run.'),
    newGaps: z.number().int(),
    changes: z
      .object({ duties: z.number().int(), pairs: z.number().int(), gaps: z.number().int() })
      .strict()
      .nullable()
      .describe('How many changes the diff against the previous run listed; null on a first run.'),
    inputErrors: z
      .array(z.string())
      .optional()
      .describe('The inputs that could not be read, one `file: problem` line each; absent when all were read. An unchanged rerun reports them again.'),
  })
  .strict();
/** One run's figures. */
export type RunRecord = z.infer<typeof RunRecordSchema>;

/** reports/<job>/history.json: every completed run of a job, in the order they completed. */
export const HistorySchema = z
  .object({ historyVersion: z.literal(HISTORY_VERSION), job: z.string(), runs: z.array(RunRecordSchema) })
  .strict();
/** The run history of a job. */
export type History = z.infer<typeof HistorySchema>;

/** Where a job's history lives. */
export function historyFile(output: string): string {
  return join(output, 'history.json');
}

/** Reads a job's history; an absent file is an empty history, a corrupt one an InputError (never silently reset). */
export async function readHistory(output: string, job: string): Promise<History> {
  const file = historyFile(output);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { historyVersion: HISTORY_VERSION, job, runs: [] };
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(file, 'history is not valid JSON; move it away to start a new history');
  }
  const parsed = HistorySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(file, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * The history with one more run, at the end: runs stay in the order they
 * completed, so the latest run is the last one even if a clock was set back.
 */
export function appendRun(history: History, record: RunRecord): History {
  return { ...history, runs: [...history.runs.filter((r) => r.runId !== record.runId), record] };
}

/** The trend the report shows: earlier runs' open conflicts and gaps (as this run's summary counts them), oldest first. */
export function trendOf(history: History): TrendPoint[] {
  return history.runs.map((r) => ({ runId: r.runId, conflicts: r.openConflicts, gaps: r.openGaps, duties: r.duties }));
}

/** history.json's text: stable key order and a final newline. */
export function historyText(history: History): string {
  return `${JSON.stringify(history, null, 2)}\n`;
}

/** The most recent run, if any. */
export function latestRun(history: History): RunRecord | undefined {
  return history.runs.at(-1);
}
