import type { Category, Language, PairReason, Relation, Role } from '../model.ts';
import { exclusionSplit, scopeSplit, substitutionSplit, type ScopeSplit } from './segments.ts';
import type { UnitLink } from './unit-links.ts';

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
  /** The duty's normalised text. */
  text: string;
  /** The subject an office's name gives it (价格管理处 → 价格), or null (posts, generic names). */
  domain: string | null;
}

/** What the classifier knows about the pair itself. */
export interface PairFacts {
  score: number;
  /** How the two units stand in the org tree (src/findings/unit-links.ts). */
  link: UnitLink;
  sharedTerms: readonly string[];
  language: Language;
  /** Cosine in the semantic tier, for a pair that tier proposed (it has passed the tier's floor); absent otherwise. */
  semantic?: number;
}

/** The thresholds a relation is decided with. */
export interface RelationThresholds {
  overlap: number;
  duplicate: number;
}

/** A relation and why, as data (the report says it in its language). */
export interface Classified {
  relation: Relation;
  reason: PairReason;
}

const NO_TERMS: readonly string[] = [];
/** A reason with no parameters. */
const plain = <R extends 'contains' | 'generic' | 'internal' | 'names-partner' | 'both-support'>(rule: R) => ({ rule, params: {}, terms: NO_TERMS as string[] }) as Extract<PairReason, { rule: R }>;

const STRONG: ReadonlySet<Role> = new Set(['support', 'approve', 'oversee']);

/** Neither side owns the work: both only support (协助部门经理…), each for its own unit. */
function bothSupport(a: DutyFacts, b: DutyFacts): boolean {
  return a.role === 'support' && b.role === 'support';
}

/** The text names the unit ("配合财务部", "指导招商部门", "在市场部的统筹协调下"). */
export function mentionsUnit(text: string, unitName: string): boolean {
  if (unitName.length < 2) return false;
  if (text.includes(unitName)) return true;
  return /部$/u.test(unitName) && unitName.length >= 3 && text.includes(`${unitName.slice(0, -1)}部门`);
}

/**
 * The two sides play different parts in the work: one does it (lead, or a
 * bare business verb: 制定…) and the other supports, approves or oversees it;
 * or one oversees/approves and the other supports (指导招商 + 配合招商).
 */
function roleHandOff(a: DutyFacts, b: DutyFacts): boolean {
  const does = (r: Role) => r === 'lead' || r === 'unspecified';
  if (does(a.role) && does(b.role)) return false;
  return a.role !== b.role && (STRONG.has(a.role) || STRONG.has(b.role));
}

/** One side steers the shared work and the other runs it, and not both do both. */
function steerExecute(a: DutyFacts, b: DutyFacts): [DutyFacts, DutyFacts] | null {
  const aSteers = a.steer.length > 0 && a.execute.length === 0;
  const bSteers = b.steer.length > 0 && b.execute.length === 0;
  if (aSteers && b.execute.length > 0 && !bSteers) return [a, b];
  if (bSteers && a.execute.length > 0 && !aSteers) return [b, a];
  return null;
}

/** A duty that works on its own unit's scope (本客户群, 本区域, 本行业 …): the scope is in the unit's name, not the text. */
const OWN_SCOPE = /本(客户群|客户|领域|区域|行业|板块|片区|辖区|产品线|产品|业务线|条线|专业|分公司|地区|市场)|\b(its|their) own (customers|region|area|sector|market|segment)\b/iu;

/**
 * Near-identical duties of two units whose names carry the scope
 * (政企客户部 / 家庭客户部 both "负责本客户群的营销策划"): parallel. The
 * names must differ in one slot (substitutionSplit), so that 市场部 and
 * 销售部 writing "负责本区域的销售" are not split by their names.
 */
function unitScopeSplit(a: DutyFacts, b: DutyFacts): ScopeSplit | null {
  if (!OWN_SCOPE.test(a.text) || !OWN_SCOPE.test(b.text)) return null;
  const names = substitutionSplit(a.unitName, b.unitName, undefined, { tokens: 2, share: 0.4 });
  return names ? { group: 'unit-name', a: names.a, b: names.b } : null;
}

/**
 * Two duties of one role that differ in one phrase (up to eight characters), each side's phrase
 * naming its own office's subject and not the other's (經濟研究處 "關於大陸經濟問題之研究及分析事項",
 * 人力規劃處 "關於人力資源專案問題之研究及分析事項"): the same function, each office for its own
 * subject. Subjects are compared by shared character pairs (經濟研究 ↔ 大陸經濟).
 */
function domainSlotSplit(a: DutyFacts, b: DutyFacts): ScopeSplit | null {
  if (a.domain === null || b.domain === null || a.domain === b.domain) return null;
  const split = substitutionSplit(a.text, b.text, undefined, { tokens: 4, share: 0.4 }, 8);
  if (!split) return null;
  const slotA = split.a[0].replace(/\s/gu, '');
  const slotB = split.b[0].replace(/\s/gu, '');
  const bigrams = (t: string) => new Set(Array.from({ length: Math.max(0, t.length - 1) }, (_, k) => t.slice(k, k + 2)));
  const meets = (slot: string, domain: string) => [...bigrams(slot)].some((g) => bigrams(domain).has(g));
  return meets(slotA, a.domain) && meets(slotB, b.domain) && !meets(slotA, b.domain) && !meets(slotB, a.domain) ? { group: 'unit-name', a: [slotA], b: [slotB] } : null;
}

/** One duty names the other's unit: as its partner ("配合财务部…"), its charge or its coordinator. */
function namesPartner(a: DutyFacts, b: DutyFacts): boolean {
  const names = (f: DutyFacts, other: DutyFacts) =>
    f.links.some((l) => l.length > 1 && (other.unitName.includes(l) || l.includes(other.unitName))) ||
    mentionsUnit(f.text, other.unitName);
  return names(a, b) || names(b, a);
}

/**
 * The duty works on its own office's subject, which the other duty does not
 * touch: 价格管理处's "研究公司的价格策略" against 市场策划处's "研究市场经营
 * 策略" share the words of strategy work, not the work.
 */
function ownDomain(f: DutyFacts, other: DutyFacts): boolean {
  if (f.domain !== null && /\p{Script=Han}/u.test(f.domain)) return f.text.includes(f.domain) && !other.text.includes(f.domain);
  // English names: the words of this unit's name the other's lacks (Health in "Municipal Health Bureau"), matched by their first five letters.
  const stems = distinctNameStems(f.unitName, other.unitName);
  const mentions = (text: string) => stems.some((st) => new RegExp(`\\b${st}`, 'iu').test(text));
  return stems.length > 0 && mentions(f.text) && !mentions(other.text);
}

/** Words that name a kind of unit, not its subject. */
const UNIT_WORDS = new Set(['division', 'department', 'office', 'section', 'bureau', 'unit', 'branch', 'team', 'commission', 'authority', 'administration', 'management', 'supervision', 'service', 'services', 'affairs', 'general', 'directorate', 'centre', 'center', 'group']);

/** Five-letter stems of the content words of `name` that `other` does not have. */
function distinctNameStems(name: string, other: string): string[] {
  const words = (n: string) => (n.toLowerCase().match(/[a-z]{4,}/gu) ?? []).filter((w) => !UNIT_WORDS.has(w)).map((w) => w.slice(0, 5));
  const theirs = new Set(words(other));
  return [...new Set(words(name).filter((w) => !theirs.has(w)))];
}

/** Order of roles when naming who leads a hand-off: the doer first, then the steering roles. */
function roleStrength(role: Role): number {
  switch (role) {
    case 'lead':
      return 4;
    case 'unspecified':
      return 3;
    case 'approve':
      return 2;
    case 'oversee':
      return 2;
    case 'support':
      return 0;
  }
}

function parallelReason(split: ScopeSplit): PairReason {
  return { rule: 'scope-split', params: { group: split.group, a: [...split.a], b: [...split.b] }, terms: [] };
}

function conflictReason(relation: 'duplicate' | 'overlap', a: DutyFacts, b: DutyFacts, pair: PairFacts): PairReason {
  const bothLead = a.role === 'lead' && b.role === 'lead';
  return relation === 'duplicate'
    ? { rule: 'same-wording', params: { score: pair.score, bothLead }, terms: [] }
    : { rule: 'same-work', params: { score: pair.score, bothLead }, terms: pair.sharedTerms.slice(0, 4) };
}

/** A conflict only the semantic tier saw: other words, the same meaning; marked for review. */
function semanticReason(a: DutyFacts, b: DutyFacts, pair: PairFacts): PairReason {
  return { rule: 'semantic', params: { cosine: pair.semantic ?? 0, score: pair.score, bothLead: a.role === 'lead' && b.role === 'lead' }, terms: [] };
}

/** Character bigrams (Chinese) or words (English) of a text, as a set. */
function grams(text: string): Set<string> {
  const lower = text.toLowerCase();
  if (/\p{Script=Han}/u.test(lower)) {
    const chars = Array.from(lower.replace(/[^\p{L}\p{N}]/gu, ''));
    return new Set(chars.slice(1).map((c, k) => chars[k] + c));
  }
  return new Set(lower.match(/[a-z0-9]{3,}/gu) ?? []);
}

/** The names of pairFeatures' values, in order. */
export const PAIR_FEATURES = [
  'bias', 'lexical', 'dice', 'containment', 'lengthRatio', 'english', 'scopeSplit', 'ownDomain', 'namesPartner',
  'roleHandOff', 'steerExecute', 'bothSupport', 'bothLead', 'semantic',
] as const;

/**
 * A pair's evidence as numbers, for fitting a decision (bench/train-relation.ts
 * measures whether a fitted one beats the rules): the lexical score, how much of
 * the words the texts share (Dice and containment of bigrams or words), their
 * relative length, and the evidence the rules use (a scope split, a subject
 * of one unit's own, a named partner, a role hand-off, steer against run,
 * both only supporting, both leading), and the semantic cosine (0 without it).
 */
export function pairFeatures(a: DutyFacts, b: DutyFacts, pair: PairFacts): number[] {
  const ga = grams(a.text);
  const gb = grams(b.text);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  const small = Math.min(ga.size, gb.size);
  const split = scopeSplit(a.segments, b.segments) ?? exclusionSplit(a.text, b.text) ?? (a.role === b.role ? substitutionSplit(a.text, b.text) : null) ?? unitScopeSplit(a, b);
  const flag = (x: unknown) => (x ? 1 : 0);
  return [
    1,
    pair.score,
    ga.size + gb.size === 0 ? 0 : (2 * shared) / (ga.size + gb.size),
    small === 0 ? 0 : shared / small,
    Math.min(a.text.length, b.text.length) / Math.max(1, a.text.length, b.text.length),
    flag(pair.language === 'en'),
    flag(split),
    flag(ownDomain(a, b) || ownDomain(b, a)),
    flag(namesPartner(a, b)),
    flag(roleHandOff(a, b)),
    flag(steerExecute(a, b)),
    flag(bothSupport(a, b)),
    flag(a.role === 'lead' && b.role === 'lead'),
    pair.semantic ?? 0,
  ];
}

export function structuralRelation(a: DutyFacts, b: DutyFacts, pair: PairFacts): Classified | null {
  if (pair.link === 'nested') return { relation: 'contains', reason: plain('contains') };
  if (a.category === 'generic' || b.category === 'generic') return { relation: 'generic', reason: plain('generic') };
  if (a.category === 'internal' || b.category === 'internal') return { relation: 'internal', reason: plain('internal') };
  if (pair.link === 'superior') return { relation: 'collaboration', reason: { rule: 'superior', params: { a: a.unitName, b: b.unitName }, terms: [] } };
  // A slot that differs between duties of different roles (牵头… ↔ 配合…) is the role, which the rules below read.
  return null;
}

/** The rules that tell look-alikes from the same work: scope splits, named partners, role hand-offs; null when none applies. */
function lookAlikeRelation(a: DutyFacts, b: DutyFacts, pair: PairFacts, thresholds: RelationThresholds): Classified | null {
  const split =
    scopeSplit(a.segments, b.segments) ??
    exclusionSplit(a.text, b.text) ??
    (a.role === b.role ? substitutionSplit(a.text, b.text) : null) ??
    unitScopeSplit(a, b) ??
    (a.role === b.role ? domainSlotSplit(a, b) : null);
  if (split) return { relation: 'parallel', reason: parallelReason(split) };
  if (namesPartner(a, b)) return { relation: 'collaboration', reason: plain('names-partner') };
  // Two units that each only support are two helpers, unless they write the very same duty: then both own it.
  if (bothSupport(a, b) && pair.score < thresholds.duplicate) return { relation: 'parallel', reason: plain('both-support') };
  if (roleHandOff(a, b)) {
    const [lead, other] = roleStrength(a.role) >= roleStrength(b.role) ? [a, b] : [b, a];
    return { relation: 'collaboration', reason: { rule: 'role-hand-off', params: { lead: lead.unitName, other: other.unitName, otherRole: other.role }, terms: [] } };
  }
  const steering = steerExecute(a, b);
  if (steering) {
    const [steer, exec] = steering;
    return {
      relation: 'collaboration',
      reason: { rule: 'steer-execute', params: { steer: steer.unitName, steerWords: steer.steer.slice(0, 4), execute: exec.unitName, executeWords: exec.execute.slice(0, 4) }, terms: [] },
    };
  }
  return null;
}

/**
 * Decides how two similar duties of different units relate, in a fixed order
 * of precedence, and says why (as data: the rule and what it read). First what the org tree and
 * the categories settle: contains (a unit and its own sub-unit) → generic →
 * internal → a boss and a subordinate post. Then the look-alikes: parallel
 * (different scope) → collaboration (a hand-off). Then duplicate / overlap
 * above the thresholds, or a pair the semantic tier proposed → null (similar
 * words, not the same work: dropped).
 */
export function classifyPair(a: DutyFacts, b: DutyFacts, pair: PairFacts, thresholds: RelationThresholds): Classified | null {
  const settled = structuralRelation(a, b, pair) ?? lookAlikeRelation(a, b, pair, thresholds);
  if (settled) return settled;
  if (pair.score < thresholds.duplicate && (ownDomain(a, b) || ownDomain(b, a))) return null;
  if (pair.score >= thresholds.duplicate) return { relation: 'duplicate', reason: conflictReason('duplicate', a, b, pair) };
  if (pair.score >= thresholds.overlap) return { relation: 'overlap', reason: conflictReason('overlap', a, b, pair) };
  if (pair.semantic !== undefined) return { relation: 'overlap', reason: semanticReason(a, b, pair) };
  return null;
}
