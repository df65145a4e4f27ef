/**
 * Older result.json files read as the current version, so a saved result can
 * be re-rendered after an upgrade. Version 2 had one summary with all
 * conflicts (accepted ones included) and no per-organisation counts; its
 * findings are all there, so version 3's summaries are counted from them.
 * Its reasons and notes were sentences in the document's language: they are
 * kept as `text` reasons and shown as they are. Version 3 lacks only the
 * `weak` coverage outcome, which is new: its functions were gaps then and
 * stay so, so it reads as it is.
 */
import { RESULT_SCHEMA_VERSION, type Pair, type Summary } from '../model.ts';
import { summarize, zeroByRelation } from './summary.ts';

/** The result versions `upgradeResult` reads. */
export const READABLE_RESULT_VERSIONS: readonly number[] = [2, 3, RESULT_SCHEMA_VERSION];

type Json = Record<string, unknown>;

/**
 * A version-2 summary as a version-3 one, for the reorganisation's
 * before-figures (which carry no findings to count again): every pair was
 * open then, as nothing before a reorganisation is accepted.
 */
function summaryOfVersion2(old: Json): Summary {
  const byRelation = { ...zeroByRelation(), ...(old.byRelation as Record<string, number>) };
  return {
    organisations: old.organisations as number,
    documents: old.documents as number,
    copies: old.copies as number,
    units: old.units as number,
    duties: old.duties as number,
    pairs: old.pairs as number,
    byRelation,
    openByRelation: { ...byRelation },
    acceptedByRelation: zeroByRelation(),
    bothLeadByRelation: zeroByRelation(),
    conflicts: old.conflicts as number,
    acceptedConflicts: 0,
    bothLeadConflicts: old.bothLeadConflicts as number,
    genericGroups: old.genericGroups as number,
    gaps: old.gaps as number,
    acceptedGaps: 0,
    // Not kept by version 2: the kinds of the before-organisation's gaps are unknown.
    openGapsByKind: { gap: 0, 'no-lead': 0, 'multi-lead': 0, 'document-named': 0, orphan: 0 },
  };
}

/**
 * The parsed JSON of a result of a readable version, as the current version
 * (still to be validated against ResultSchema); anything else as it is. Pure.
 */
export function upgradeResult(data: unknown): unknown {
  const old = data as Json;
  if (old?.schemaVersion === 3) return { ...old, schemaVersion: RESULT_SCHEMA_VERSION };
  if (old?.schemaVersion !== 2 || typeof old.summary !== 'object' || old.summary === null) return data;
  const input = {
    organisations: (old.organisations ?? []) as { id: string }[],
    documents: (old.documents ?? []) as never[],
    copies: (old.copies ?? []) as never[],
    units: (old.units ?? []) as never[],
    duties: (old.duties ?? []) as never[],
    genericGroups: (old.genericGroups ?? []) as never[],
    gaps: (old.gaps ?? []) as never[],
  };
  const asText = (reason: unknown) => (typeof reason === 'string' ? { rule: 'text', params: { text: reason }, terms: [] } : reason);
  const noteText = (note: unknown) => (typeof note === 'string' ? { rule: 'text', text: note } : note);
  const pairs = ((old.pairs ?? []) as Json[]).map((p) => ({ ...p, reason: asText(p.reason) }));
  const gaps = ((old.gaps ?? []) as Json[]).map((g) => ({ ...g, note: noteText(g.note) }));
  const genericGroups = ((old.genericGroups ?? []) as Json[]).map((g) => ({ ...g, reason: noteText(g.reason) }));
  const changes = old.changes as Json | undefined;
  const upgraded: Json = {
    ...old,
    schemaVersion: RESULT_SCHEMA_VERSION,
    pairs,
    genericGroups,
    gaps,
    ...summarize({ ...input, gaps: gaps as never[], genericGroups: genericGroups as never[] }, pairs as unknown as Pair[]),
    ...(changes ? { changes: { ...changes, gaps: ((changes.gaps ?? []) as Json[]).map((c) => ({ ...c, gap: { ...(c.gap as Json), note: noteText((c.gap as Json).note) } })) } } : {}),
  };
  const reorganisation = old.reorganisation as Json | undefined;
  if (reorganisation?.before) upgraded.reorganisation = { ...reorganisation, before: summaryOfVersion2(reorganisation.before as Json) };
  return upgraded;
}
