/**
 * The figures of "how your documents were read", summed over the input
 * files, so the HTML report, summary.md and the CLI print the same ones.
 */
import type { InputReading } from '../model.ts';

/** Totals over the files read. */
export interface ReadingTotals {
  files: number;
  units: number;
  duties: number;
  /**
   * Share of the text files' non-blank characters that became units, duties
   * or attributes, each file weighted by its size (0–1); null when no text
   * file was read.
   */
  used: number | null;
  /** The files that yielded no duties, in input order. */
  empty: InputReading[];
  /** Lines left out over all text files (listed or only counted). */
  leftOut: number;
}

/** Sums the readings of a result. */
export function readingTotals(readings: readonly InputReading[]): ReadingTotals {
  let units = 0;
  let duties = 0;
  let characters = 0;
  let used = 0;
  let leftOut = 0;
  for (const r of readings) {
    units += r.units;
    duties += r.duties;
    leftOut += r.leftOut.length + r.moreLeftOut;
    if (r.characters !== null && r.used !== null) {
      characters += r.characters;
      used += r.used * r.characters;
    }
  }
  const texts = readings.some((r) => r.format === 'text');
  return {
    files: readings.length,
    units,
    duties,
    used: !texts ? null : characters === 0 ? 0 : used / characters,
    empty: readings.filter((r) => r.duties === 0),
    leftOut,
  };
}
