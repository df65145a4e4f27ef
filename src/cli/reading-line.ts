import type { InputReading } from '../model.ts';
import { formatPercent, readingTotals } from '../report/index.ts';

/**
 * The one line that sums up how the inputs were read, with the figures of
 * the report's "how your documents were read"
 * ("read 5 files: 91 units, 798 duties, 77% of the text used; 0 files yielded nothing").
 */
export function readingLine(readings: readonly InputReading[]): string {
  const t = readingTotals(readings);
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
  const used = t.used === null ? '' : `, ${formatPercent(t.used)} of the text used`;
  return `read ${files(t.files)}: ${t.units} units, ${t.duties} duties${used}; ${files(t.empty.length)} yielded nothing`;
}
