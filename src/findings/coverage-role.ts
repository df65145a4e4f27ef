import type { Role } from '../model.ts';

/**
 * How strongly a role claims a function, for picking a unit's role from its
 * matching duties: lead > approve > oversee > support > unspecified. Approving
 * and overseeing put a unit in charge of a decision or a check, which is
 * more than helping, but none of them is doing the work.
 */
export function roleStrength(role: Role): number {
  switch (role) {
    case 'lead':
      return 4;
    case 'approve':
      return 3;
    case 'oversee':
      return 2;
    case 'support':
      return 1;
    case 'unspecified':
      return 0;
  }
}

/** The strongest of some roles; `unspecified` for none. */
export function strongestRole(roles: Iterable<Role>): Role {
  let best: Role = 'unspecified';
  for (const role of roles) if (roleStrength(role) > roleStrength(best)) best = role;
  return best;
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
