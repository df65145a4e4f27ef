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
export function categoryOf(normalized: string, rules: Pick<RelationRules, 'generic' | 'internal' | 'wide'> & Partial<Pick<RelationRules, 'mandates'>>, unitNames = ''): Category {
  if (rules.generic.some((re) => re.test(normalized))) return 'generic';
  const opening = roleClauses(normalized)[0] ?? '';
  // Company-wide is not internal: training all the company's staff is the owner's business.
  if (rules.internal.some((re) => re.test(opening)) && !(rules.wide ?? []).some((re) => re.test(opening)) && !isMandate(opening, rules.mandates ?? [], unitNames)) return 'internal';
  return 'business';
}

// Words that make work the unit's own whatever its mandate: 本部门员工的培训 is a training unit's self-management too.
const OWN_UNIT = /本部门|本科室|本处|本中心|本单位|部门内|科室内|下属|本岗/u;

/**
 * Whether self-management words are the unit's mandate: an HR unit's
 * "管理员工招聘、培训及绩效考核" is the organisation's recruitment and
 * training, a finance unit's "成本核算、预算管理" its cost and budget work.
 * `unitNames` is the unit's path, its parents' names and its own (a post
 * under 人力资源部 shares its mandate). Work the text ties to the unit itself stays internal.
 */
function isMandate(opening: string, mandates: RelationRules['mandates'], unitNames: string): boolean {
  if (unitNames === '' || OWN_UNIT.test(opening)) return false;
  return mandates.some((m) => m.units.test(unitNames) && m.work.test(opening));
}
