/**
 * The conflicts a reader should see first: both-lead conflicts (which break
 * "一件事情原则上由一个部门负责") before the rest, then by score. Conflicts
 * the organisation has accepted are listed apart, after the open ones.
 */
import type { Pair } from '../model.ts';
import { isAccepted } from './acceptance.ts';

/** Orders conflicts: both-lead first, then higher score, then ids (for a stable order). */
export function compareConflicts(x: Pair, y: Pair): number {
  if (x.bothLead !== y.bothLead) return x.bothLead ? -1 : 1;
  if (x.score !== y.score) return y.score - x.score;
  if (x.a !== y.a) return x.a < y.a ? -1 : 1;
  return x.b < y.b ? -1 : x.b > y.b ? 1 : 0;
}

/** The `limit` top open conflict pairs of a list of pairs: accepted (unexpired) conflicts are left out. */
export function topConflicts(pairs: readonly Pair[], limit: number): Pair[] {
  return pairs.filter((p) => p.conflict && !isAccepted(p)).sort(compareConflicts).slice(0, limit);
}

/** The accepted (unexpired) conflicts of a list of pairs, in the same order as the open ones. */
export function acceptedConflicts(pairs: readonly Pair[]): Pair[] {
  return pairs.filter((p) => p.conflict && isAccepted(p)).sort(compareConflicts);
}
