import type { Category, Language, Relation, Role } from '../model.ts';
import { scopeSplit, type ScopeSplit } from './segments.ts';

/** What the classifier knows about one duty of a candidate pair. */
export interface DutyFacts {
  role: Role;
  category: Category;
  /** Scope terms per group: the duty's own, completed by its unit's name. */
  segments: ReadonlyMap<string, ReadonlySet<string>>;
  /** Steer words (统筹, 审批 …) found in the duty. */
  steer: readonly string[];
  /** Execute words (日常管理, 建议权 …) found in the duty. */
  execute: readonly string[];
  /** Unit names the duty names as collaborators. */
  links: readonly string[];
  /** Name of the duty's unit. */
  unitName: string;
}

/** What the classifier knows about the pair itself. */
export interface PairFacts {
  score: number;
  /** One unit is an ancestor of the other (a 部 and its own 处/岗位). */
  nested: boolean;
  sharedTerms: readonly string[];
  language: Language;
}

/** The thresholds a relation is decided with. */
export interface RelationThresholds {
  overlap: number;
  duplicate: number;
}

/** A relation and the one sentence that explains it. */
export interface Classified {
  relation: Relation;
  reason: string;
}

const STRONG: ReadonlySet<Role> = new Set(['support', 'approve', 'oversee']);

const ROLE_WORD: Record<Language, Record<Role, string>> = {
  zh: { lead: '牵头负责', support: '配合', approve: '审核审批', oversee: '指导监督', unspecified: '承担' },
  en: { lead: 'leads', support: 'supports', approve: 'approves', oversee: 'oversees', unspecified: 'does' },
};

function quoteTerms(terms: readonly string[], language: Language): string {
  const top = terms.slice(0, 4);
  return language === 'zh' ? top.map((t) => `“${t}”`).join('、') : top.map((t) => `"${t}"`).join(', ');
}

/**
 * One side does the work (lead, or a bare business verb: 制定…) and the other
 * supports, approves or oversees it.
 */
function roleHandOff(a: DutyFacts, b: DutyFacts): boolean {
  const does = (r: Role) => r === 'lead' || r === 'unspecified';
  return (does(a.role) && STRONG.has(b.role)) || (does(b.role) && STRONG.has(a.role));
}

/** One side steers the shared work and the other runs it, and not both do both. */
function steerExecute(a: DutyFacts, b: DutyFacts): [DutyFacts, DutyFacts] | null {
  const aSteers = a.steer.length > 0 && a.execute.length === 0;
  const bSteers = b.steer.length > 0 && b.execute.length === 0;
  if (aSteers && b.execute.length > 0 && !bSteers) return [a, b];
  if (bSteers && a.execute.length > 0 && !aSteers) return [b, a];
  return null;
}

/** One duty names the other's unit as its partner ("配合财务部…"). */
function namesPartner(a: DutyFacts, b: DutyFacts): boolean {
  const names = (f: DutyFacts, other: DutyFacts) =>
    f.links.some((l) => l.length > 1 && (other.unitName.includes(l) || l.includes(other.unitName)));
  return names(a, b) || names(b, a);
}

function parallelReason(split: ScopeSplit, language: Language): string {
  return language === 'zh'
    ? `同一职能、不同范围:一方针对${quoteTerms(split.a, language)},另一方针对${quoteTerms(split.b, language)}(${split.group}),属平行分工,不是冲突。`
    : `Same function for a different scope: one covers ${quoteTerms(split.a, language)}, the other ${quoteTerms(split.b, language)} (${split.group}); a parallel split, not a conflict.`;
}

function conflictReason(relation: 'duplicate' | 'overlap', a: DutyFacts, b: DutyFacts, pair: PairFacts): string {
  const both = a.role === 'lead' && b.role === 'lead';
  const { language, score } = pair;
  if (language === 'zh') {
    const head =
      relation === 'duplicate'
        ? `两条职责措辞几乎相同(相似度 ${score.toFixed(2)}),范围没有区分`
        : `两条职责做的是同一件事(相似度 ${score.toFixed(2)},共同内容 ${quoteTerms(pair.sharedTerms, language)}),范围没有区分`;
    return both ? `${head};双方都写明牵头负责,违反“一件事情原则上由一个部门负责”。` : `${head},两个单位都承担这项工作。`;
  }
  const head =
    relation === 'duplicate'
      ? `The two duties are worded almost identically (similarity ${score.toFixed(2)}) with no difference of scope`
      : `The two duties are the same work (similarity ${score.toFixed(2)}, shared ${quoteTerms(pair.sharedTerms, language)}) with no difference of scope`;
  return both ? `${head}; both units lead it, so one piece of work has two owners.` : `${head}; both units own this work.`;
}

/**
 * Decides how two similar duties of different units relate, in a fixed order
 * of precedence, and says why in one sentence:
 * contains (a unit and its own sub-unit) → generic → internal → parallel
 * (different scope) → collaboration (a hand-off) → duplicate / overlap (the
 * same work) → null (similar words, not the same work: dropped).
 */
export function classifyPair(a: DutyFacts, b: DutyFacts, pair: PairFacts, thresholds: RelationThresholds): Classified | null {
  const zh = pair.language === 'zh';
  if (pair.nested) {
    return {
      relation: 'contains',
      reason: zh
        ? '一方是另一方的上级单位:上级的概括性职责涵盖下级的具体职责,不是冲突。'
        : "One unit contains the other: the parent's summary duty covers its own sub-unit's duty; not a conflict.",
    };
  }
  if (a.category === 'generic' || b.category === 'generic') {
    return {
      relation: 'generic',
      reason: zh ? '通用兜底条款(如“完成领导交办的其他工作”),不是冲突。' : 'Catch-all boilerplate such as "other duties as assigned"; not a conflict.',
    };
  }
  if (a.category === 'internal' || b.category === 'internal') {
    return {
      relation: 'internal',
      reason: zh
        ? '属于单位自身的内部管理(本单位的人员、团队、费用、制度),各管各的,不是冲突。'
        : "Each unit manages itself here (its own staff, team, costs or rules); not a conflict.",
    };
  }
  const split = scopeSplit(a.segments, b.segments);
  if (split) return { relation: 'parallel', reason: parallelReason(split, pair.language) };
  if (roleHandOff(a, b)) {
    const [lead, other] = STRONG.has(b.role) ? [a, b] : [b, a];
    return {
      relation: 'collaboration',
      reason: zh
        ? `${lead.unitName}${ROLE_WORD.zh.lead},${other.unitName}${ROLE_WORD.zh[other.role]}:有意的分工衔接,列为两单位之间的接口,不是冲突。`
        : `${lead.unitName} ${ROLE_WORD.en.lead} and ${other.unitName} ${ROLE_WORD.en[other.role]}: an intended hand-off, listed as an interface between the units.`,
    };
  }
  const steering = steerExecute(a, b);
  if (steering) {
    const [steer, exec] = steering;
    return {
      relation: 'collaboration',
      reason: zh
        ? `${steer.unitName}负责${quoteTerms(steer.steer, pair.language)},${exec.unitName}负责${quoteTerms(exec.execute, pair.language)}:上下衔接的分工,列为两单位之间的接口,不是冲突。`
        : `${steer.unitName} steers (${quoteTerms(steer.steer, pair.language)}) and ${exec.unitName} runs it (${quoteTerms(exec.execute, pair.language)}): an intended hand-off.`,
    };
  }
  if (namesPartner(a, b)) {
    return {
      relation: 'collaboration',
      reason: zh
        ? '一方的职责写明与对方单位配合完成:有意的分工衔接,列为接口,不是冲突。'
        : 'One duty names the other unit as its partner: an intended hand-off, listed as an interface.',
    };
  }
  if (pair.score >= thresholds.duplicate) return { relation: 'duplicate', reason: conflictReason('duplicate', a, b, pair) };
  if (pair.score >= thresholds.overlap) return { relation: 'overlap', reason: conflictReason('overlap', a, b, pair) };
  return null;
}
