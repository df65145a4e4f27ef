import type { Changes, Result } from '../model.ts';
import { isOpen } from '../findings/acceptance.ts';
import { isNewConflict } from '../findings/diff.ts';
import type { GateFigures } from './gates.ts';

/**
 * The figures gates and history read from a result: open conflicts and gaps
 * as the result's summary counts them (accepted, unexpired findings do not
 * count; orphans are not gaps) and the open ones new since the previous run.
 */
export function figuresOf(result: Result, changes: Changes | undefined): GateFigures {
  const pairByIds = new Map(result.pairs.map((p) => [`${p.a}\u0000${p.b}`, p]));
  const pairOf = (a: string, b: string) => pairByIds.get(`${a}\u0000${b}`) ?? pairByIds.get(`${b}\u0000${a}`);
  const newConflicts = (changes?.pairs ?? []).filter((c) => {
    if (!isNewConflict(c)) return false;
    const pair = pairOf(c.a.id, c.b.id);
    return !pair || isOpen(pair);
  }).length;
  const newGaps = (changes?.gaps ?? []).filter((c) => c.kind === 'opened' && c.gap.kind !== 'orphan' && isOpen(c.gap)).length;
  return {
    openConflicts: result.summary.conflicts,
    openGaps: result.summary.gaps,
    newConflicts,
    newGaps,
  };
}
