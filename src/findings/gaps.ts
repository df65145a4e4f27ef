import type { Language } from '../model.ts';
import type { Coverage, Gap, ResultDuty } from '../model.ts';
import { functionLabel } from './catalogue-flatten.ts';
import { countedDuties, coverageScopes, type CoverageInput } from './coverage.ts';

/** The best function for each duty index, over checked functions: [functionIndex, score]. */
function bestFunctionPerDuty(input: CoverageInput): Map<number, [number, number]> {
  const best = new Map<number, [number, number]>();
  input.functions.forEach((fn, fi) => {
    if (fn.examples.length === 0) return;
    for (const [di, score] of input.matches[fi] ?? []) {
      const current = best.get(di);
      // Ties keep the earlier function, so the pick does not depend on match order.
      if (current === undefined || score > current[1] || (score === current[1] && fi < current[0])) best.set(di, [fi, score]);
    }
  });
  return best;
}

/** A score as shown in notes. */
function fmt(score: number): string {
  return score.toFixed(2);
}


/** The finding for one coverage row that is not ok, with its evidence. */
function coverageGap(
  c: Coverage,
  input: CoverageInput,
  names: ReadonlyMap<string, string>,
  closest: { text: string; score: string } | null,
  language: Language,
): Gap | null {
  const name = (id: string) => names.get(id) ?? id;
  const base = { organisation: c.organisation, functionId: c.functionId, functionName: c.functionName };
  switch (c.outcome) {
    case 'ok':
    case 'weak': // to be checked, not a finding: the report lists it with the near duties
      return null;
    case 'gap':
      return {
        kind: 'gap',
        ...base,
        unitIds: [],
        dutyIds: [],
        note: { rule: 'gap', fn: c.functionName, threshold: fmt(input.threshold), closest },
      };
    case 'no-lead':
      return {
        kind: 'no-lead',
        ...base,
        unitIds: c.units.map((u) => u.unitId),
        dutyIds: c.units.flatMap((u) => u.dutyIds),
        note: { rule: 'no-lead', fn: c.functionName, units: c.units.map((u) => ({ name: name(u.unitId), role: u.role })) },
      };
    case 'multi-lead': {
      const leads = c.units.filter((u) => u.role === 'lead');
      return {
        kind: 'multi-lead',
        ...base,
        unitIds: leads.map((u) => u.unitId),
        dutyIds: leads.flatMap((u) => u.dutyIds),
        note: { rule: 'multi-lead', fn: c.functionName, units: leads.map((u) => name(u.unitId)) },
      };
    }
  }
}

/**
 * Gap findings of each organisation, in the order of their first document;
 * within an organisation: functions that are not `ok` (gap, no-lead,
 * multi-lead) in catalogue order, then the gaps the documents name themselves (proposed duties, quoted with
 * their note), then orphans, both in duty order.
 *
 * An orphan is business work no catalogue function describes: a business
 * duty that is not proposed and matches no function at the threshold, and
 * neither does any duty above or below it in its nesting (a sub-duty of a
 * matched duty is a detail of covered work, and a heading whose sub-duties
 * match is covered through them). Only the topmost duty of an unmatched
 * branch is reported, so one unmatched list item with five sub-items is one
 * finding, not six. Document-named and orphan findings name the duty's own
 * unit, not its owner at the coverage level, to point at the exact source.
 */
export function gapsFrom(coverage: readonly Coverage[], input: CoverageInput): Gap[] {
  const names = new Map(input.units.map((u) => [u.id, u.name]));
  const { organisations, ofUnit } = coverageScopes(input);
  const languageOf = new Map(organisations.map((o) => [o.id, o.language]));
  const best = bestFunctionPerDuty(input);
  const counted = countedDuties(input);
  const fnIndex = new Map(input.functions.map((f, i) => [f.id, i]));
  const label = (fi: number, organisation: string): string =>
    functionLabel(input.functions[fi].name, languageOf.get(organisation) ?? 'zh');

  // Closest counted duty below the threshold, per (organisation, function), as the evidence for a gap.
  const closestNote = (c: Coverage): { text: string; score: string } | null => {
    const fi = fnIndex.get(c.functionId);
    let top: [number, number] | null = null;
    for (const [di, score] of fi === undefined ? [] : (input.matches[fi] ?? [])) {
      const cd = counted.get(di);
      if (cd === undefined || cd.organisation !== c.organisation) continue;
      if (top === null || score > top[1] || (score === top[1] && di < top[0])) top = [di, score];
    }
    return top === null ? null : { text: input.duties[top[0]].text, score: fmt(top[1]) };
  };

  const matched = new Set([...best].filter(([, [, score]]) => score >= input.threshold).map(([di]) => di));
  // A duty the semantic tier matches to a function describes catalogue work too.
  for (const list of input.semantic?.matches ?? []) for (const [di, cos] of list) if (cos >= input.semantic!.threshold) matched.add(di);
  const orphanIndices = orphanDuties(input.duties, matched);
  const gaps: Gap[] = [];
  for (const scope of organisations) {
    for (const c of coverage) {
      if (c.organisation !== scope.id) continue;
      const gap = coverageGap(c, input, names, c.outcome === 'gap' ? closestNote(c) : null, scope.language);
      if (gap !== null) gaps.push(gap);
    }
    input.duties.forEach((duty, di) => {
      if (ofUnit.get(duty.unitId) !== scope.id || !duty.proposed) return;
      const hit = best.get(di);
      const fi = hit !== undefined && hit[1] >= input.threshold ? hit[0] : null;
      gaps.push({
        kind: 'document-named',
        organisation: scope.id,
        functionId: fi === null ? null : input.functions[fi].id,
        functionName: fi === null ? null : label(fi, scope.id),
        unitIds: [duty.unitId],
        dutyIds: [duty.id],
        note: { rule: 'document-named', text: duty.text, note: duty.note },
      });
    });
    for (const di of orphanIndices) {
      const duty = input.duties[di];
      if (ofUnit.get(duty.unitId) !== scope.id) continue;
      const hit = best.get(di);
      const closest = hit === undefined ? null : { fn: label(hit[0], scope.id), score: fmt(hit[1]) };
      gaps.push({
        kind: 'orphan',
        organisation: scope.id,
        functionId: null,
        functionName: null,
        unitIds: [duty.unitId],
        dutyIds: [duty.id],
        note: { rule: 'orphan', text: duty.text, threshold: fmt(input.threshold), closest },
      });
    }
  }
  return gaps;
}

/**
 * Indices of the topmost business duties whose whole nesting (ancestors,
 * itself, descendants) matches no function, in duty order. Proposed duties
 * are left out: they are reported as document-named gaps.
 */
export function orphanDuties(duties: readonly ResultDuty[], matched: ReadonlySet<number>): number[] {
  const indexById = new Map(duties.map((d, i) => [d.id, i]));
  const parentOf = (i: number): number | undefined => {
    const p = duties[i].parentId;
    return p === null ? undefined : indexById.get(p);
  };
  // A branch is touched when any duty in it matched: mark every matched duty's ancestors and itself.
  const touchedBelow = new Set<number>();
  for (const i of matched) {
    for (let j: number | undefined = i, guard = 0; j !== undefined && guard < duties.length; j = parentOf(j), guard++) {
      touchedBelow.add(j);
    }
  }
  const underMatched = (i: number): boolean => {
    for (let j = parentOf(i), guard = 0; j !== undefined && guard < duties.length; j = parentOf(j), guard++) {
      if (matched.has(j)) return true;
    }
    return false;
  };
  const isCandidate = (i: number): boolean =>
    duties[i].category === 'business' && !duties[i].proposed && !touchedBelow.has(i) && !underMatched(i);
  const out: number[] = [];
  duties.forEach((_, i) => {
    const p = parentOf(i);
    if (isCandidate(i) && (p === undefined || !isCandidate(p))) out.push(i);
  });
  return out;
}
