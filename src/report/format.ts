/**
 * Number and source formatting shared by the renderers, so the HTML, CSV,
 * XLSX and Markdown outputs print the same figure the same way.
 */
import type { Source } from '../model.ts';

/** A score with two decimals ("0.91"). */
export function formatScore(score: number): string {
  return score.toFixed(2);
}

/** A share as a whole percentage ("33%"). */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A source as `file:line` (just `file` when the line is unknown). */
export function formatSource(source: Source): string {
  return source.line > 0 ? `${source.file}:${source.line}` : source.file;
}

/** Unit names as one list, written the way their script lists them: 、 between Chinese names, ", " between English ones. */
export function joinNames(names: readonly string[]): string {
  return names.join(names.some((n) => /\p{Script=Han}/u.test(n)) ? '、' : ', ');
}
