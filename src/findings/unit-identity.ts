import { organisationOf, type OrgDocument, type Unit } from '../model.ts';

/** The key a unit is known by inside its organisation: its path of names, case and spacing folded. */
function pathKey(organisation: string, unit: Pick<Unit, 'path' | 'name'>): string {
  const names = unit.path.length > 0 ? unit.path : [unit.name];
  return [organisation, ...names.map((n) => n.replace(/\s+/gu, ' ').trim().toLowerCase())].join('\u0000');
}

/**
 * Which unit each unit is, for comparison: units of one organisation with the
 * same path of names (人力资源部 in 人力资源部/部门职责.docx and again in
 * 人力资源部职责(修订).docx, or 财务部 › 会计科 in two files) are one unit, the
 * first of them in model order. The model keeps them apart (each belongs to
 * its document); the analysis does not pair a unit's duties with its own, nor
 * counts it twice as a lead. Units of different organisations, and units of
 * one name under different parents, stay apart. Pure.
 */
export function sameUnits(units: readonly Pick<Unit, 'id' | 'documentId' | 'path' | 'name'>[], documents: readonly Pick<OrgDocument, 'id' | 'organisation'>[]): Map<string, string> {
  const ofDocument = new Map(documents.map((d) => [d.id, organisationOf(d)]));
  const first = new Map<string, string>();
  const same = new Map<string, string>();
  for (const u of units) {
    const key = pathKey(ofDocument.get(u.documentId) ?? u.documentId, u);
    const canonical = first.get(key) ?? u.id;
    if (!first.has(key)) first.set(key, u.id);
    same.set(u.id, canonical);
  }
  return same;
}
