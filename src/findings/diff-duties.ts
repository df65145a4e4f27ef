import type { DutyChange } from '../model.ts';
import { charBigramDice } from './diff-dice.ts';
import { byDutyRef, byString, type DiffDuty } from './diff-keys.ts';

/** When a removed and an added duty count as one reworded duty. */
export interface RewordRule {
  /** Minimum character-bigram Dice between the old and the new text (same unit only). */
  minDice: number;
}

const KIND_ORDER: Readonly<Record<DutyChange['kind'], number>> = { moved: 0, reworded: 1, added: 2, removed: 3 };

/**
 * How the duties changed between two runs, matched by content and unit, not
 * by position or id:
 *  1. same unit and same normalized text: unchanged (a renumbered or
 *     reordered list is no change; repeats are matched as a multiset);
 *  2. same normalized text, different unit: moved (same document preferred);
 *  3. same unit, Dice ≥ rule.minDice: reworded (best-scoring pairs first);
 *  4. what is left: added or removed.
 */
export function diffDutyLists(
  previous: readonly DiffDuty[],
  current: readonly DiffDuty[],
  rule: RewordRule,
): DutyChange[] {
  const { removed, added } = unmatched(previous, current);
  const changes: DutyChange[] = [];
  const usedAdded = new Set<DiffDuty>();
  const leftRemoved: DiffDuty[] = [];

  for (const before of removed) {
    const candidates = added.filter((a) => !usedAdded.has(a) && a.normalized === before.normalized);
    const after = candidates.find((a) => a.ref.documentId === before.ref.documentId) ?? candidates[0];
    if (after) {
      usedAdded.add(after);
      changes.push({ kind: 'moved', before: before.ref, after: after.ref });
    } else leftRemoved.push(before);
  }

  const scored: { before: DiffDuty; after: DiffDuty; score: number }[] = [];
  for (const before of leftRemoved) {
    for (const after of added) {
      if (usedAdded.has(after) || after.unitKey !== before.unitKey) continue;
      const score = charBigramDice(before.normalized, after.normalized);
      if (score >= rule.minDice) scored.push({ before, after, score });
    }
  }
  scored.sort((x, y) => y.score - x.score || byString(x.before.key, y.before.key) || byString(x.after.key, y.after.key));
  const usedRemoved = new Set<DiffDuty>();
  for (const s of scored) {
    if (usedRemoved.has(s.before) || usedAdded.has(s.after)) continue;
    usedRemoved.add(s.before);
    usedAdded.add(s.after);
    changes.push({ kind: 'reworded', before: s.before.ref, after: s.after.ref });
  }

  for (const before of leftRemoved) if (!usedRemoved.has(before)) changes.push({ kind: 'removed', before: before.ref, after: null });
  for (const after of added) if (!usedAdded.has(after)) changes.push({ kind: 'added', before: null, after: after.ref });
  return changes.sort(byDutyChange);
}

/** Duties of each side whose (unit, text) key has no partner on the other side, counting repeats. */
function unmatched(previous: readonly DiffDuty[], current: readonly DiffDuty[]): { removed: DiffDuty[]; added: DiffDuty[] } {
  const remaining = new Map<string, number>();
  for (const d of current) remaining.set(d.key, (remaining.get(d.key) ?? 0) + 1);
  const removed: DiffDuty[] = [];
  const matchedPerKey = new Map<string, number>();
  for (const d of previous) {
    const left = remaining.get(d.key) ?? 0;
    if (left > 0) {
      remaining.set(d.key, left - 1);
      matchedPerKey.set(d.key, (matchedPerKey.get(d.key) ?? 0) + 1);
    } else removed.push(d);
  }
  const added: DiffDuty[] = [];
  for (const d of current) {
    const skip = matchedPerKey.get(d.key) ?? 0;
    if (skip > 0) matchedPerKey.set(d.key, skip - 1);
    else added.push(d);
  }
  return { removed, added };
}

function byDutyChange(x: DutyChange, y: DutyChange): number {
  const rx = (x.after ?? x.before)!;
  const ry = (y.after ?? y.before)!;
  return KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || byDutyRef(rx, ry);
}
