import { organisationOf, type OrgDocument, type Unit } from '../model.ts';
import { unitNameKey } from '../text/unit-names.ts';

/** The key a unit is known by inside its organisation: its path of names, each folded as unit names are compared (unitNameKey). */
function pathKey(organisation: string, unit: Pick<Unit, 'path' | 'name'>): string {
  const names = unit.path.length > 0 ? unit.path : [unit.name];
  return [organisation, ...names.map(unitNameKey)].join('\u0000');
}

/**
 * Which unit each unit is, for comparison: units of one organisation with the
 * same path of names, folded as unit names are compared (人力资源部 in 人力资源部/部门职责.docx and again in
 * 人力资源部职责(修订).docx, or 财务部 › 会计科 in two files) are one unit, the
 * first of them in model order. The model keeps them apart (each belongs to
 * its document); the analysis does not pair a unit's duties with its own, nor
 * counts it twice as a lead. Units of different organisations, and units of
 * one name under different parents, stay apart. Pure.
 */
export function sameUnits(units: readonly Pick<Unit, 'id' | 'documentId' | 'path' | 'name'>[], documents: readonly Pick<OrgDocument, 'id' | 'organisation'>[]): Map<string, string> {
  const ofDocument = new Map(documents.map((d) => [d.id, organisationOf(d)]));
  const first = new Map<string, string>();
  return new Map(
    units.map((u) => {
      const key = pathKey(ofDocument.get(u.documentId) ?? u.documentId, u);
      if (!first.has(key)) first.set(key, u.id);
      return [u.id, first.get(key)!];
    }),
  );
}
