import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_OPTIONS, ENGLISH_THRESHOLDS } from '../run/defaults.ts';

/** What a numeric flag accepts besides being a finite number. */
export interface NumberRange {
  /** Whole numbers only. */
  integer?: boolean;
  /** The smallest value allowed. */
  min?: number;
  /** Only values above 0. */
  positive?: boolean;
  /** The largest value allowed. */
  max?: number;
}

/** A commander parser for a numeric flag, naming the flag when the value is not a number or out of range. */
export function number(name: string, range: NumberRange = {}) {
  return (value: string): number => {
    const n = value.trim() === '' ? Number.NaN : Number(value);
    if (!Number.isFinite(n)) throw new InvalidArgumentError(`${name} must be a number`);
    if (range.integer && !Number.isInteger(n)) throw new InvalidArgumentError(`${name} must be a whole number`);
    if (range.positive && !(n > 0)) throw new InvalidArgumentError(`${name} must be more than 0`);
    if (range.min !== undefined && n < range.min) throw new InvalidArgumentError(`${name} must be at least ${range.min}`);
    if (range.max !== undefined && n > range.max) throw new InvalidArgumentError(`${name} must be at most ${range.max}`);
    return n;
  };
}

/** A comma-separated flag value as a list ("html, json" → ["html", "json"]). */
export function list(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

// The defaults shown in the help (a job file's values, when there is one, come before them). Commander's
// own defaults are not used for these: a flag's default would override the job file.
const D = DEFAULT_OPTIONS;
const E = ENGLISH_THRESHOLDS;

/** The analysis settings `analyze` and `run` both take: coverage level, the four thresholds, the reporters, the semantic tier, and where output may go. */
export function analysisFlags(cmd: Command): Command {
  return cmd
    .option('--level <n>', `unit depth for coverage: 0 = top units (default: ${D.level})`, number('--level', { integer: true, min: 0 }))
    .option('--candidate-threshold <x>', `pairs scoring below this are not considered (default: ${D.candidateThreshold}; English documents ${E.candidateThreshold})`, number('--candidate-threshold'))
    .option('--overlap-threshold <x>', `business pairs at or above this are overlaps (default: ${D.overlapThreshold}; English documents ${E.overlapThreshold})`, number('--overlap-threshold'))
    .option('--duplicate-threshold <x>', `pairs at or above this are duplicates (default: ${D.duplicateThreshold})`, number('--duplicate-threshold'))
    .option('--coverage-threshold <x>', `a duty covers a catalogue function at or above this (default: ${D.coverageThreshold})`, number('--coverage-threshold'))
    .option('--reporters <list>', 'outputs to write: html,json,csv,xlsx,md (default: all)', list)
    .option('--semantic', 'also find paraphrases in Chinese duties with the bundled sentence-embedding model (slower; default: off)')
    .option('--semantic-gaps', 'match Chinese duties to catalogue functions with that model too, pairs staying words-only (default: on with a catalogue)')
    .option('--no-semantic-gaps', 'match catalogue functions by words only')
    .option('--allow-outside', 'allow an output folder outside the working folder');
}
