import type { Language, Role } from '../model.ts';

/** Verbs that tell a unit's role in a duty, per language. Users can pass their own. */
export interface RoleLexicon {
  lead: readonly string[];
  support: readonly string[];
  approve: readonly string[];
  oversee: readonly string[];
}

/** The role verbs of Chinese duty documents. */
export const ZH_ROLE_VERBS: RoleLexicon = {
  lead: ['负责', '牵头', '主导', '归口', '主持', '统筹', '全面管理', '主管'],
  support: ['配合', '协助', '参与', '参和', '支撑', '协同', '协办'],
  approve: ['审核', '审批', '签准', '批复', '审定', '审查'],
  oversee: ['指导', '监督', '检查', '督导', '监管', '督促', '稽查'],
};

/** The role verbs of English duty documents (matched as whole words, case-insensitive). */
export const EN_ROLE_VERBS: RoleLexicon = {
  lead: ['responsible for', 'lead', 'leads', 'own', 'owns', 'direct', 'directs', 'manage', 'manages', 'head', 'heads'],
  support: ['support', 'supports', 'assist', 'assists', 'participate', 'participates', 'help', 'helps', 'contribute to'],
  approve: ['approve', 'approves', 'review', 'reviews', 'authorize', 'authorizes', 'sign off'],
  oversee: ['oversee', 'oversees', 'monitor', 'monitors', 'supervise', 'supervises', 'inspect', 'inspects', 'audit', 'audits'],
};

const ROLE_ORDER: readonly Exclude<Role, 'unspecified'>[] = ['lead', 'support', 'approve', 'oversee'];

/** Leading "在X的统筹协调下," names who leads *this* unit, not this unit's role. */
const UNDER_OTHERS = /^\s*在[^,，;；。]{1,30}?(统筹协调|统筹|领导|指导)下[,，]?\s*/u;
/** Connectives that may stand before a clause's verb. */
const CONNECTIVE = /^\s*(并|并且|同时|主要|全面|具体|and|also)\s*/iu;

/** The duty's clauses, without a leading "在X的统筹协调下". */
export function roleClauses(text: string): string[] {
  return text
    .replace(UNDER_OTHERS, '')
    .split(/[,，;；。:：]/u)
    .map((c) => c.replace(CONNECTIVE, '').trim())
    .filter((c) => c !== '');
}

/** The clause a role is read from when no clause starts with a role verb: the first. */
export function roleClause(text: string): string {
  return roleClauses(text)[0] ?? '';
}

/** Position of the first whole-word (English) or substring (Chinese) match of any verb, or -1. */
function firstIndex(clause: string, verbs: readonly string[], language: Language): number {
  let best = -1;
  for (const verb of verbs) {
    const at =
      language === 'en'
        ? clause.search(new RegExp(`\\b${verb.replace(/ /g, '\\s+')}\\b`, 'i'))
        : clause.indexOf(verb);
    if (at !== -1 && (best === -1 || at < best)) best = at;
  }
  return best;
}

/** The role whose verb comes earliest in a clause, with its position. */
function earliestRole(clause: string, verbs: RoleLexicon, language: Language, roles: readonly Exclude<Role, 'unspecified'>[]) {
  let bestRole: Role = 'unspecified';
  let bestAt = -1;
  for (const role of roles) {
    const at = firstIndex(clause, verbs[role], language);
    if (at !== -1 && (bestAt === -1 || at < bestAt)) {
      bestAt = at;
      bestRole = role;
    }
  }
  return { role: bestRole, at: bestAt };
}

/**
 * The role a unit plays in a duty, read from its verbs:
 * 1. a role verb opening the first clause ("负责…" lead, "协助部门经理制定…"
 *    support, "审核…" approve, "指导…" oversee);
 * 2. else a lead verb opening one of the next two clauses ("市场拓展部更名为
 *    市场部,负责统筹协调…" is lead: the opening clause only names the unit);
 * 3. else the earliest role verb inside the first clause;
 * 4. otherwise unspecified.
 */
export function roleOf(text: string, language: Language, lexicon?: RoleLexicon): Role {
  const verbs = lexicon ?? (language === 'en' ? EN_ROLE_VERBS : ZH_ROLE_VERBS);
  const clauses = roleClauses(text);
  if (clauses.length === 0) return 'unspecified';
  const first = earliestRole(clauses[0], verbs, language, ROLE_ORDER);
  if (first.at === 0) return first.role;
  for (const clause of clauses.slice(1, 3)) {
    if (earliestRole(clause, verbs, language, ['lead']).at === 0) return 'lead';
  }
  return first.role;
}
