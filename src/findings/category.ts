import type { Category } from '../model.ts';
import { roleClauses } from '../parse/role.ts';
import type { RelationRules } from './rules.ts';

/**
 * What a duty is about: boilerplate (`generic`), the unit managing itself
 * (`internal`), or the organisation's business. Boilerplate is matched on the
 * whole text; internal only on the opening clause, because a long business
 * duty that ends "…业务知识培训、团队建设等工作" is still business, and
 * so is one whose opening names a scope wider than the unit (全公司, 各部门).
 */
export function categoryOf(normalized: string, rules: Pick<RelationRules, 'generic' | 'internal' | 'wide'>): Category {
  if (rules.generic.some((re) => re.test(normalized))) return 'generic';
  const opening = roleClauses(normalized)[0] ?? '';
  // Company-wide is not internal: training all the company's staff is the owner's business.
  if (rules.internal.some((re) => re.test(opening)) && !(rules.wide ?? []).some((re) => re.test(opening))) return 'internal';
  return 'business';
}
