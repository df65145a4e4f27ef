import type { Category } from '../model.ts';
import type { RelationRules } from './rules.ts';

/**
 * What a duty is about: boilerplate (`generic`), the unit managing itself
 * (`internal`), or the organisation's business. Read from the normalised text.
 */
export function categoryOf(normalized: string, rules: Pick<RelationRules, 'generic' | 'internal'>): Category {
  if (rules.generic.some((re) => re.test(normalized))) return 'generic';
  if (rules.internal.some((re) => re.test(normalized))) return 'internal';
  return 'business';
}
