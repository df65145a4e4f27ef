import type { Pair, PairChange, Result } from '../model.ts';
import { byDutyRef, byString, type DiffDuty } from './diff-keys.ts';

const KIND_ORDER: Readonly<Record<PairChange['kind'], number>> = { new: 0, 'relation-changed': 1, resolved: 2 };

/** A pair keyed by its two duties' (unit path, normalized text), order-free. */
interface KeyedPair {
  pair: Pair;
  a: DiffDuty;
  b: DiffDuty;
}

/**
 * How the conflicts changed between two runs. Pairs are matched by their two
 * duties' (unit path, normalized text), so ids and list numbers play no part.
 * A pair that is a conflict only now is `new`, one that was a conflict only
 * before is `resolved`, and one present in both runs with a different relation
 * (at least one of them a conflict) is `relation-changed`. Look-alike pairs
 * that never were conflicts are not listed.
 */
export function diffPairLists(
  previous: Result,
  previousDuties: ReadonlyMap<string, DiffDuty>,
  current: Result,
  currentDuties: ReadonlyMap<string, DiffDuty>,
): PairChange[] {
  const before = keyed(previous.pairs, previousDuties);
  const after = keyed(current.pairs, currentDuties);
  const changes: PairChange[] = [];
  for (const [key, now] of after) {
    const was = before.get(key);
    if (!was) {
      if (now.pair.conflict) changes.push(change('new', now, null, now.pair.relation));
    } else if (was.pair.relation !== now.pair.relation && (was.pair.conflict || now.pair.conflict)) {
      changes.push(change('relation-changed', now, was.pair.relation, now.pair.relation));
    }
  }
  for (const [key, was] of before) {
    if (!after.has(key) && was.pair.conflict) changes.push(change('resolved', was, was.pair.relation, null));
  }
  return changes.sort(
    (x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || byDutyRef(x.a, y.a) || byDutyRef(x.b, y.b) || byString(x.after ?? '', y.after ?? ''),
  );
}

function keyed(pairs: readonly Pair[], duties: ReadonlyMap<string, DiffDuty>): Map<string, KeyedPair> {
  const out = new Map<string, KeyedPair>();
  for (const pair of pairs) {
    const x = duties.get(pair.a);
    const y = duties.get(pair.b);
    if (!x || !y) continue;
    // Order the two duties by key so that the pair's key does not depend on which id sorted first.
    const [a, b] = x.key <= y.key ? [x, y] : [y, x];
    const key = `${a.key}\u0003${b.key}`;
    // Repeated duties in one unit can give two pairs the same key; the first stands for both.
    if (!out.has(key)) out.set(key, { pair, a, b });
  }
  return out;
}

function change(kind: PairChange['kind'], p: KeyedPair, before: PairChange['before'], after: PairChange['after']): PairChange {
  return { kind, a: p.a.ref, b: p.b.ref, before, after, score: p.pair.score };
}
