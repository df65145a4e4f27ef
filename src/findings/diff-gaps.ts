import type { Gap, GapChange, Result } from '../model.ts';
import { byString, unitKeyOf, type DiffDuty } from './diff-keys.ts';

const KIND_ORDER: Readonly<Record<GapChange['kind'], number>> = { opened: 0, closed: 1 };

/**
 * Gaps opened and closed between two runs. A gap is matched by its kind,
 * document, catalogue function and the places (unit paths) and contents
 * (duty texts) it names, never by ids, so renumbering changes nothing.
 */
export function diffGapLists(
  previous: Result,
  previousDuties: ReadonlyMap<string, DiffDuty>,
  current: Result,
  currentDuties: ReadonlyMap<string, DiffDuty>,
): GapChange[] {
  const before = keyed(previous, previousDuties);
  const after = keyed(current, currentDuties);
  const changes: (GapChange & { key: string })[] = [];
  for (const [key, gap] of after) if (!before.has(key)) changes.push({ kind: 'opened', gap, key });
  for (const [key, gap] of before) if (!after.has(key)) changes.push({ kind: 'closed', gap, key });
  return changes
    .sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || byString(x.key, y.key))
    .map(({ kind, gap }) => ({ kind, gap }));
}

/** The gaps of a result by matching key (the first of equal keys stands for all). */
function keyed(result: Result, duties: ReadonlyMap<string, DiffDuty>): Map<string, Gap> {
  const units = new Map(result.units.map((u) => [u.id, unitKeyOf(u.documentId, u.path)]));
  const out = new Map<string, Gap>();
  for (const gap of result.gaps) {
    const key = [
      gap.kind,
      gap.organisation,
      gap.functionId ?? '',
      gap.unitIds.map((id) => units.get(id) ?? id).sort(byString).join('\u0003'),
      gap.dutyIds.map((id) => duties.get(id)?.key ?? id).sort(byString).join('\u0003'),
    ].join('\u0004');
    if (!out.has(key)) out.set(key, gap);
  }
  return out;
}
