/**
 * The conflicts a reader should see first: both-lead conflicts (which break
 * "一件事情原则上由一个部门负责") before the rest, then by score.
 */
import type { Pair } from '../model.ts';

/** Orders conflicts: both-lead first, then higher score, then ids (for a stable order). */
export function compareConflicts(x: Pair, y: Pair): number {
  if (x.bothLead !== y.bothLead) return x.bothLead ? -1 : 1;
  if (x.score !== y.score) return y.score - x.score;
  if (x.a !== y.a) return x.a < y.a ? -1 : 1;
  return x.b < y.b ? -1 : x.b > y.b ? 1 : 0;
}

/** The `limit` top conflict pairs of a list of pairs. */
export function topConflicts(pairs: readonly Pair[], limit: number): Pair[] {
  return pairs.filter((p) => p.conflict).sort(compareConflicts).slice(0, limit);
}
