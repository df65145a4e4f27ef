import type { Changes, Result, ChangeCounts } from '../model.ts';
import { isConflict } from '../model.ts';
import { diffDutyLists, type RewordRule } from './diff-duties.ts';
import { diffGapLists } from './diff-gaps.ts';
import { diffDuties } from './diff-keys.ts';
import { diffPairLists } from './diff-pairs.ts';

/** The reword rule used unless told otherwise: same unit and character-bigram Dice ≥ 0.6. */
export const DEFAULT_REWORD_RULE: RewordRule = { minDice: 0.6 };

/**
 * What changed from one result to the next: duties added, removed, reworded
 * and moved; conflicts new, resolved or re-classified; gaps opened and
 * closed. Pure and deterministic. Everything is matched by content and unit
 * path, never by id or list position, so a renumbered list is no change and
 * two results of differently named copies of one document still line up
 * unit by unit (within one document id).
 */
export function diffResults(
  previous: Result,
  current: Result,
  rule: RewordRule = DEFAULT_REWORD_RULE,
  previousRun: string | null = null,
): Changes {
  const before = diffDuties(previous);
  const after = diffDuties(current);
  return {
    previousRun,
    duties: diffDutyLists(before.list, after.list, rule),
    pairs: diffPairLists(previous, before.byId, current, after.byId),
    gaps: diffGapLists(previous, before.byId, current, after.byId),
  };
}

export type { ChangeCounts };

/** Counts the changes by kind. */
export function countChanges(changes: Changes): ChangeCounts {
  const count = <T>(items: readonly T[], test: (t: T) => boolean) => items.filter(test).length;
  return {
    added: count(changes.duties, (c) => c.kind === 'added'),
    removed: count(changes.duties, (c) => c.kind === 'removed'),
    reworded: count(changes.duties, (c) => c.kind === 'reworded'),
    moved: count(changes.duties, (c) => c.kind === 'moved'),
    newConflicts: count(changes.pairs, isNewConflict),
    resolvedConflicts: count(changes.pairs, (c) => c.kind === 'resolved'),
    relationChanged: count(changes.pairs, (c) => c.kind === 'relation-changed'),
    gapsOpened: count(changes.gaps, (c) => c.kind === 'opened'),
    gapsClosed: count(changes.gaps, (c) => c.kind === 'closed'),
  };
}

/** True when the two results differ in no duty, conflict or gap. */
export function isUnchanged(changes: Changes): boolean {
  return changes.duties.length === 0 && changes.pairs.length === 0 && changes.gaps.length === 0;
}

/** True for a conflict that was not one before: a new pair, or a look-alike that became an overlap or duplicate. */
export function isNewConflict(change: Changes['pairs'][number]): boolean {
  switch (change.kind) {
    case 'new':
      return true;
    case 'relation-changed':
      return change.after !== null && isConflict(change.after) && (change.before === null || !isConflict(change.before));
    case 'resolved':
      return false;
  }
}
