import type { Role } from '../model.ts';

/**
 * How strongly a role claims a function, for picking a unit's role from its
 * matching duties: lead > unspecified > approve > oversee > support. A bare
 * business verb ("制定产品价格") states the unit's own work, short of a stated
 * lead but more than approving or overseeing (in charge of a decision or a
 * check) or helping; none of those is doing the work.
 */
export function roleStrength(role: Role): number {
  switch (role) {
    case 'lead':
      return 4;
    case 'unspecified':
      return 3;
    case 'approve':
      return 2;
    case 'oversee':
      return 1;
    case 'support':
      return 0;
  }
}

/** The strongest of some roles; `unspecified` for none. */
export function strongestRole(roles: Iterable<Role>): Role {
  let best: Role | null = null;
  for (const role of roles) if (best === null || roleStrength(role) > roleStrength(best)) best = role;
  return best ?? 'unspecified';
}

/**
 * The role a duty plays in coverage. A duty with no role verb reads
 * `unspecified`, but in a duty list a bare business verb ("制定产品价格",
 * "新产品上市规划", "Prepare the annual budget") states the unit's own work,
 * so coverage counts it as `unspecifiedAs` (the caller's choice; `lead` by
 * default in computeCoverage). Any explicit role is kept.
 */
export function coverageRole(role: Role, unspecifiedAs: Role): Role {
  return role === 'unspecified' ? unspecifiedAs : role;
}
