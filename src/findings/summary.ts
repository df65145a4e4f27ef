/**
 * The one count of findings: the summary of the whole run and of each
 * organisation, with open, accepted and both-lead pairs keyed by relation.
 * Computed here, stored in the result, and only read by every reporter, the
 * gates and history, so that no two outputs can disagree about a count.
 */
import type { Acceptance, DocumentCopy, Gap, GenericGroup, OrganisationSummary, OrgDocument, Pair, Relation, RelationCounts, Summary, Unit } from '../model.ts';
import { GapKindSchema, RelationSchema, isAccepted, organisationOf, type GapKind } from '../model.ts';

/** What a pair contributes to the counts. */
export type PairTally = Pick<Pair, 'organisation' | 'relation' | 'conflict' | 'bothLead'> & { acceptance?: Acceptance };

/** What the summaries are counted from: a result without its pairs, which come apart (they may stream). */
export interface SummaryInput {
  organisations: readonly { id: string }[];
  documents: readonly OrgDocument[];
  copies: readonly DocumentCopy[];
  units: readonly Pick<Unit, 'id' | 'documentId'>[];
  duties: readonly { unitId: string }[];
  genericGroups: readonly Pick<GenericGroup, 'organisation'>[];
  gaps: readonly Pick<Gap, 'organisation' | 'kind' | 'acceptance'>[];
}

/** Every relation at 0, in schema order. */
export function zeroByRelation(): RelationCounts {
  return Object.fromEntries(RelationSchema.options.map((r) => [r, 0])) as Record<Relation, number>;
}

function emptySummary(): Summary {
  return {
    organisations: 0,
    documents: 0,
    copies: 0,
    units: 0,
    duties: 0,
    pairs: 0,
    byRelation: zeroByRelation(),
    openByRelation: zeroByRelation(),
    acceptedByRelation: zeroByRelation(),
    bothLeadByRelation: zeroByRelation(),
    conflicts: 0,
    acceptedConflicts: 0,
    bothLeadConflicts: 0,
    genericGroups: 0,
    gaps: 0,
    acceptedGaps: 0,
    openGapsByKind: Object.fromEntries(GapKindSchema.options.map((k) => [k, 0])) as Record<GapKind, number>,
  };
}

function tallyPair(s: Summary, p: PairTally): void {
  s.pairs++;
  s.byRelation[p.relation]++;
  if (isAccepted(p)) {
    s.acceptedByRelation[p.relation]++;
    if (p.conflict) s.acceptedConflicts++;
    return;
  }
  s.openByRelation[p.relation]++;
  if (p.bothLead) s.bothLeadByRelation[p.relation]++;
  if (p.conflict) s.conflicts++;
  if (p.conflict && p.bothLead) s.bothLeadConflicts++;
}

function tallyGap(s: Summary, g: Pick<Gap, 'kind' | 'acceptance'>): void {
  const accepted = isAccepted(g);
  if (!accepted) s.openGapsByKind[g.kind]++;
  if (g.kind === 'orphan') return;
  if (accepted) s.acceptedGaps++;
  else s.gaps++;
}

/**
 * The summary of the whole run and of each organisation (in the order of
 * `organisations`), in one pass over the pairs. A finding of an organisation
 * the input does not list is counted in the total only.
 */
export function summarize(input: SummaryInput, pairs: Iterable<PairTally>): { summary: Summary; organisationSummaries: OrganisationSummary[] } {
  const total = emptySummary();
  total.organisations = input.organisations.length;
  const byId = new Map(input.organisations.map((o) => [o.id, { ...emptySummary(), organisations: 1 }]));
  const of = (organisation: string | undefined) => (organisation === undefined ? undefined : byId.get(organisation));
  const documentOrganisation = new Map(input.documents.map((d) => [d.id, organisationOf(d)]));
  const unitOrganisation = input.units.map((u) => documentOrganisation.get(u.documentId));
  const unitIndex = new Map(input.units.map((u, i) => [u.id, i]));

  for (const d of input.documents) {
    total.documents++;
    const s = of(organisationOf(d));
    if (s) s.documents++;
  }
  for (const c of input.copies) {
    total.copies++;
    const s = of(documentOrganisation.get(c.copyOf));
    if (s) s.copies++;
  }
  unitOrganisation.forEach((o) => {
    total.units++;
    const s = of(o);
    if (s) s.units++;
  });
  for (const d of input.duties) {
    total.duties++;
    const at = unitIndex.get(d.unitId);
    const s = of(at === undefined ? undefined : unitOrganisation[at]);
    if (s) s.duties++;
  }
  for (const p of pairs) {
    tallyPair(total, p);
    const s = of(p.organisation);
    if (s) tallyPair(s, p);
  }
  for (const g of input.genericGroups) {
    total.genericGroups++;
    const s = of(g.organisation);
    if (s) s.genericGroups++;
  }
  for (const g of input.gaps) {
    tallyGap(total, g);
    const s = of(g.organisation);
    if (s) tallyGap(s, g);
  }
  return { summary: total, organisationSummaries: input.organisations.map((o) => ({ organisation: o.id, ...byId.get(o.id)! })) };
}
