import type { Unit } from '../model.ts';

/**
 * Maps every unit to the unit that answers for it at a given depth of its
 * document's tree: its ancestor at `level` (0 = the top units), or itself
 * when it sits at or above that depth. A sub-unit's duties then count for
 * the department it belongs to, so two offices of one department leading
 * the same function is the department's own business, not a multi-lead.
 * Depth is read from parentId (not from `path`) so hand-edited models with
 * a stale path still roll up along the real tree; a parent missing from
 * the list ends the walk, making that unit a top unit.
 */
export function ownersAtLevel(units: readonly Unit[], level: number): Map<string, string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const owners = new Map<string, string>();
  for (const unit of units) {
    const chain = ancestry(unit, byId);
    // chain[0] is the top unit, chain[chain.length - 1] the unit itself.
    owners.set(unit.id, chain[Math.min(Math.max(level, 0), chain.length - 1)].id);
  }
  return owners;
}

/** The unit's ancestors from the top down, ending with the unit; stops on a cycle or a missing parent. */
function ancestry(unit: Unit, byId: ReadonlyMap<string, Unit>): Unit[] {
  const chain: Unit[] = [unit];
  const seen = new Set([unit.id]);
  let current = unit;
  while (current.parentId !== null) {
    const parent = byId.get(current.parentId);
    if (parent === undefined || seen.has(parent.id)) break;
    chain.push(parent);
    seen.add(parent.id);
    current = parent;
  }
  return chain.reverse();
}
