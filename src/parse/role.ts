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

/**
 * The clause a role is read from: the duty's first clause, without a leading
 * "在X的统筹协调下" (which names who leads *this* unit, not this unit's role).
 */
export function roleClause(text: string): string {
  const stripped = text.replace(/^\s*在[^,，;；。]{1,30}?(统筹协调|统筹|领导|指导)下[,，]?\s*/u, '');
  const end = stripped.search(/[,，;；。:：]/u);
  return end === -1 ? stripped : stripped.slice(0, end);
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

/**
 * The role a unit plays in a duty, from the earliest role verb in its first
 * clause: "负责…" lead, "协助部门经理制定…" support, "审核…" approve,
 * "指导…" oversee; otherwise unspecified.
 */
export function roleOf(text: string, language: Language, lexicon?: RoleLexicon): Role {
  const verbs = lexicon ?? (language === 'en' ? EN_ROLE_VERBS : ZH_ROLE_VERBS);
  const clause = roleClause(text);
  let bestRole: Role = 'unspecified';
  let bestAt = -1;
  for (const role of ROLE_ORDER) {
    const at = firstIndex(clause, verbs[role], language);
    if (at !== -1 && (bestAt === -1 || at < bestAt)) {
      bestAt = at;
      bestRole = role;
    }
  }
  return bestRole;
}
