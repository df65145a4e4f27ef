import type { OwnerFit, OwnerSuggestion, Role } from '../model.ts';
import type { SparseVector } from '../similarity/sparse.ts';
import { round } from '../util/round.ts';

/**
 * Suggested owners: for a conflict (two units both own one piece of work)
 * or a catalogue function several units lead, which unit's mandate the work
 * fits best. A unit's mandate is read from what it is (its name: 价格管理处
 * owns 价格) and what else it does (its other duties, as one TF-IDF profile):
 * work that is the body of one unit's list and a side duty of the other's
 * belongs to the first. The role words break what the mandate leaves close
 * (负责 over 配合). A proposal, never a decision: the job's owners register
 * overrides it.
 */

/** How the fits are weighed; see OWNER_WEIGHTS. */
export interface OwnerWeights {
  /** Weight of the cosine with the unit's name. */
  name: number;
  /** Weight of the cosine with the unit's other duties. */
  mandate: number;
  /** Added per role of the unit's duty. */
  role: Record<Role, number>;
  /** Scores closer than this are a tie: no lead is proposed. */
  tie: number;
  /** The runner-up supports only when its mandate cosine reaches this (the work touches its other duties). */
  supportFloor: number;
}

/**
 * Chosen by reasoning, not fitted: the mandate (a unit's whole list) is the
 * main evidence, its name a strong but sparse one (most names share no word
 * with most duties, so a shared word weighs half a profile's cosine), and the
 * role words only tip a near tie (a unit that writes 负责 claims the lead, one
 * that writes 配合 does not).
 */
export const OWNER_WEIGHTS: OwnerWeights = {
  name: 0.5,
  mandate: 1,
  role: { lead: 0.03, approve: 0.02, oversee: 0.01, unspecified: 0, support: -0.03 },
  tie: 0.005,
  supportFloor: 0.05,
};

/** One candidate unit's evidence: its name's and profile's cosine with the work, and its role in it. */
export interface OwnerSide {
  unitId: string;
  name: number;
  mandate: number;
  role: Role;
}

/** The fit of one side, weighed. */
export function ownerFit(side: OwnerSide, weights: OwnerWeights = OWNER_WEIGHTS): OwnerFit {
  const score = weights.name * side.name + weights.mandate * side.mandate + weights.role[side.role];
  return { unitId: side.unitId, name: round(side.name, 4), mandate: round(side.mandate, 4), role: side.role, score: round(score, 4) };
}

/**
 * The suggestion among candidate units (two for a conflict, the leading
 * units for a multi-lead function): the best weighed fit leads, unless the
 * top two are within `tie`; the runner-up supports when its own mandate
 * touches the work. `basis` names the component that made the most of the
 * difference between the top two. Deterministic: ties in score keep input order.
 */
export function suggestOwner(sides: readonly OwnerSide[], weights: OwnerWeights = OWNER_WEIGHTS): OwnerSuggestion {
  const fits = sides.map((s) => ownerFit(s, weights)).sort((x, y) => y.score - x.score);
  const [first, second] = fits;
  if (!first) return { lead: null, support: null, basis: 'tie', fits };
  if (!second) return { lead: first.unitId, support: null, basis: 'mandate', fits };
  if (first.score - second.score < weights.tie) return { lead: null, support: null, basis: 'tie', fits };
  const parts = {
    name: weights.name * (first.name - second.name),
    mandate: weights.mandate * (first.mandate - second.mandate),
    role: weights.role[first.role] - weights.role[second.role],
  };
  const basis = (Object.keys(parts) as (keyof typeof parts)[]).reduce((best, k) => (parts[k] > parts[best] ? k : best), 'mandate');
  return { lead: first.unitId, support: second.mandate >= weights.supportFloor ? second.unitId : null, basis, fits };
}

/** A unit's duty profile: the sum of its duties' (unit-length) vectors and that sum's squared norm. */
export interface UnitProfile {
  weights: Map<number, number>;
  norm2: number;
}

/** Each unit's profile from the duties' vectors (duty i belongs to unitOf(i)). */
export function unitProfiles(count: number, unitOf: (i: number) => string, vectorAt: (i: number) => SparseVector): Map<string, UnitProfile> {
  const profiles = new Map<string, UnitProfile>();
  for (let i = 0; i < count; i++) {
    const unit = unitOf(i);
    let p = profiles.get(unit);
    if (!p) profiles.set(unit, (p = { weights: new Map(), norm2: 0 }));
    const v = vectorAt(i);
    for (let k = 0; k < v.indices.length; k++) p.weights.set(v.indices[k], (p.weights.get(v.indices[k]) ?? 0) + v.values[k]);
  }
  for (const p of profiles.values()) {
    let sum = 0;
    for (const w of p.weights.values()) sum += w * w;
    p.norm2 = sum;
  }
  return profiles;
}

function profileDot(profile: UnitProfile, v: SparseVector): number {
  let sum = 0;
  for (let k = 0; k < v.indices.length; k++) sum += (profile.weights.get(v.indices[k]) ?? 0) * v.values[k];
  return sum;
}

/** Cosine of a unit-length vector with the whole profile (for work that is not one of the unit's duties: a catalogue function). */
export function profileFit(profile: UnitProfile | undefined, v: SparseVector): number {
  if (!profile || profile.norm2 <= 0 || v.indices.length === 0) return 0;
  return Math.max(0, profileDot(profile, v) / Math.sqrt(profile.norm2));
}

/**
 * Cosine of one of the unit's own duties (unit length, part of the profile)
 * with the rest of the profile: how much the unit's other duties are this
 * work. 0 for a unit of one duty.
 */
export function mandateFit(profile: UnitProfile | undefined, v: SparseVector): number {
  if (!profile || v.indices.length === 0) return 0;
  const d = profileDot(profile, v);
  const rest2 = profile.norm2 - 2 * d + 1;
  if (rest2 <= 1e-9) return 0;
  return Math.max(0, (d - 1) / Math.sqrt(rest2));
}
