import type { Category } from '../model.ts';
import { roleClauses } from '../parse/role.ts';
import type { RelationRules } from './rules.ts';

/**
 * What a duty is about: boilerplate (`generic`), the unit managing itself
 * (`internal`), or the organisation's business. Boilerplate is matched on the
 * whole text; internal only on the opening clause, because a long business
 * duty that ends "…业务知识培训、团队建设等工作" is still business.
 */
export function categoryOf(normalized: string, rules: Pick<RelationRules, 'generic' | 'internal'>): Category {
  if (rules.generic.some((re) => re.test(normalized))) return 'generic';
  const opening = roleClauses(normalized)[0] ?? '';
  if (rules.internal.some((re) => re.test(opening))) return 'internal';
  return 'business';
}
