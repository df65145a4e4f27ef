import type { Unit } from '../model.ts';

/** How two units stand to each other in the org tree. */
export type UnitLink = 'nested' | 'superior' | 'none';

/** Ranks of the titles a unit's own posts carry: 市场拓展部经理 > 市场拓展部主管 > 市场拓展部专员. */
const TITLE_RANK: Readonly<Record<string, number>> = {
  总经理: 4, 总监: 4, 经理: 3, 部长: 3, 主任: 3, 处长: 3, 科长: 3, 负责人: 3, 副经理: 2, 副部长: 2, 副主任: 2, 主管: 2,
  专员: 1, 文员: 1, 助理: 1, 职员: 1, 员工: 1, head: 3, manager: 3, director: 4, officer: 1, assistant: 1,
};

/**
 * The rank of a post named after its unit plus a title (营销部 + 经理 = 3);
 * 0 for a post with its own name (产品定位分析师), whose rank is unknown.
 */
export function titleRank(position: Unit, parent: Unit | undefined): number {
  if (!parent || position.kind !== 'position' || !position.name.startsWith(parent.name)) return 0;
  return TITLE_RANK[position.name.slice(parent.name.length).trim().toLowerCase()] ?? 0;
}

/**
 * The link between two units: `nested` when one contains the other; `superior`
 * when they are posts of one unit and one is the other's boss (its title
 * ranks higher, or the other's 直接上级 names it); otherwise `none`.
 */
export function unitLink(a: Unit, b: Unit, byId: ReadonlyMap<string, Unit>): UnitLink {
  const ancestors = (u: Unit): Set<string> => {
    const seen = new Set<string>();
    for (let p = u.parentId; p && !seen.has(p); p = byId.get(p)?.parentId ?? null) seen.add(p);
    return seen;
  };
  if (ancestors(a).has(b.id) || ancestors(b).has(a.id)) return 'nested';
  if (a.parentId === null || a.parentId !== b.parentId) return 'none';
  const parent = byId.get(a.parentId);
  const [ra, rb] = [titleRank(a, parent), titleRank(b, parent)];
  if (ra !== rb && Math.max(ra, rb) >= 2) return 'superior';
  if (a.attributes['直接上级'] === b.name || b.attributes['直接上级'] === a.name) return 'superior';
  return 'none';
}

/**
 * The subject an office or department's name gives it: the name without its
 * kind (处, 部, 室, 科, 中心) and generic management words, so 价格管理处 →
 * 价格, 品牌推广处 → 品牌推广. Null for posts and for names with nothing
 * specific left (综合部 → 综合 is kept; a single character is not).
 */
export function unitDomain(unit: Unit): string | null {
  if (unit.kind === 'position') return null;
  const core = unit.name
    .replace(/[(（][^)）]*[)）]/gu, '')
    .replace(/(处室|处|部门|部|室|科|中心|组|局|办公室)$/u, '')
    .replace(/(管理|工作|业务)$/u, '');
  return core.length >= 2 ? core : null;
}
