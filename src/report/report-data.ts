/**
 * The data the report's inline script needs for the drill-down, in a
 * compact form: rows are arrays, units and duties are referred to by their
 * position, and repeated strings (terms, reasons, files) are stored once.
 * This keeps an O*NET-sized report (tens of thousands of pairs) small.
 */
import { isConflict, RoleSchema, type Pair, type Role } from '../model.ts';
import { RELATIONS } from './organisation-stats.ts';
import { acceptanceText } from './acceptance.ts';
import { ownerText } from './owner-text.ts';
import type { HeatmapLayout } from './heatmap-layout.ts';
import { genericReasonText, labels, pairReasonText, relationLabel, roleLabel, type LabelKey, type ReportLang } from './i18n.ts';
import type { ResultIndex } from './result-index.ts';

/** Roles in schema order. */
const ROLES: readonly Role[] = RoleSchema.options;

/** The embedded data; the field comments give each row's layout. */
export interface ReportData {
  /** Relation codes; pairs refer to them by position. */
  relations: string[];
  /** Positions of the conflict relations (duplicate, overlap) in `relations`. */
  conflictRelations: number[];
  /** Relation display names, same order. */
  relationLabels: string[];
  /** Role display names in schema order. */
  roleLabels: string[];
  /** Labels the script shows. */
  labels: Partial<Record<LabelKey, string>>;
  /** Interned strings. */
  strings: string[];
  /** Unit ids, in result order; the position is the unit's index. */
  unitIds: string[];
  /** [name, organisation index] per unit. */
  units: [string, number][];
  /** [unit index, text, role index, file string index, line, level, number string index or -1] per duty. */
  duties: [number, string, number, number, number, number, number][];
  /** [duty a, duty b, score, relation index, both lead 0/1, term string indices, reason string index, acceptance index or -1, owner suggestion string index or -1] per pair. */
  pairs: [number, number, number, number, number, number[], number, number, number][];
  /** [badge text, expired 0/1] per distinct acceptance badge; an unexpired one lists its pair after the open ones. */
  acceptances: [string, number][];
  /** [label, reason string index, duty indices] per generic group. */
  generic: [string, number, number[]][];
  /** Heatmap keys that stand for several units (parent mode): key → unit indices. */
  groups: Record<string, number[]>;
}

const SCRIPT_LABELS: readonly LabelKey[] = [
  'noPairs', 'showing', 'sharedGeneric', 'source', 'reason', 'sharedTerms', 'bothLead', 'pairsOf', 'pairCount', 'conflicts', 'unit', 'score', 'chooseUnit', 'proposed',
];

/** Builds the embedded data from the result and the heatmap layouts. */
export function reportData(index: ResultIndex, layouts: readonly HeatmapLayout[], lang: ReportLang): ReportData {
  const { result } = index;
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const intern = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringIndex.set(s, i);
    }
    return i;
  };
  const docIndex = new Map(result.organisations.flatMap((o, i) => o.documentIds.map((d) => [d, i] as const)));
  const unitIndex = new Map(result.units.map((u, i) => [u.id, i]));
  const dutyIndex = new Map(result.duties.map((d, i) => [d.id, i]));
  const relationIndex = new Map(RELATIONS.map((r, i) => [r, i]));
  const roleIndex = new Map(ROLES.map((r, i) => [r, i]));
  const all = labels(lang);
  const acceptances: [string, number][] = [];
  const acceptanceIndex = new Map<string, number>();
  const accept = (p: Pair): number => {
    if (!p.acceptance) return -1;
    const text = acceptanceText(lang, p.acceptance);
    let i = acceptanceIndex.get(text);
    if (i === undefined) {
      i = acceptances.push([text, p.acceptance.expired ? 1 : 0]) - 1;
      acceptanceIndex.set(text, i);
    }
    return i;
  };
  const unitName = (id: string) => index.unitById.get(id)?.name ?? id;
  const groups: Record<string, number[]> = {};
  for (const layout of layouts) {
    if (layout.mode !== 'parent') continue;
    for (const entry of layout.axis) groups[entry.key] = entry.unitIds.map((u) => unitIndex.get(u)!);
  }
  return {
    relations: [...RELATIONS],
    conflictRelations: RELATIONS.flatMap((r, i) => (isConflict(r) ? [i] : [])),
    relationLabels: RELATIONS.map((r) => relationLabel(lang, r)),
    roleLabels: ROLES.map((r) => roleLabel(lang, r)),
    labels: Object.fromEntries(SCRIPT_LABELS.map((k) => [k, all[k]])),
    strings,
    unitIds: result.units.map((u) => u.id),
    units: result.units.map((u) => [u.name, docIndex.get(u.documentId) ?? -1]),
    duties: result.duties.map((d) => [unitIndex.get(d.unitId) ?? -1, d.text, roleIndex.get(d.role)!, intern(d.source.file), d.source.line, d.level, d.number === null ? -1 : intern(d.number)]),
    pairs: result.pairs
      .filter((p) => dutyIndex.has(p.a) && dutyIndex.has(p.b))
      .map((p) => [
        dutyIndex.get(p.a)!,
        dutyIndex.get(p.b)!,
        p.score,
        relationIndex.get(p.relation)!,
        p.bothLead ? 1 : 0,
        p.sharedTerms.map(intern),
        intern(pairReasonText(lang, p.reason)),
        accept(p),
        p.owner ? intern(ownerText(lang, p.owner, unitName)) : -1,
      ]),
    acceptances,
    generic: result.genericGroups.map((g) => [g.label, intern(genericReasonText(lang, g.reason)), g.dutyIds.filter((d) => dutyIndex.has(d)).map((d) => dutyIndex.get(d)!)]),
    groups,
  };
}
