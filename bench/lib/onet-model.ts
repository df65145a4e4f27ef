import type { OrgModel, Unit, Duty } from '../../src/model.ts';
import { ORG_MODEL_VERSION } from '../../src/model.ts';
import { roleOf } from '../../src/parse/role.ts';
import { normalizeText } from '../../src/text/normalize.ts';
import { dutyId, uniqueIds, unitId } from '../../src/util/ids.ts';
import { TOOL } from '../../src/util/version.ts';
import type { OnetData } from './onet.ts';

/**
 * O*NET as an org model: one document, occupations as units (positions, in
 * code order), task statements as their duties. The benchmark and the
 * evaluation analyse this exactly as they would a user's documents.
 */
export function onetOrgModel(data: OnetData): { model: OrgModel; occupations: string[] } {
  const documentId = 'onet-29.3';
  const occupations = [...new Set(data.tasks.map((t) => t.occupation))].sort();
  const units: Unit[] = occupations.map((code) => {
    const name = `${data.titles.get(code) ?? code} (${code})`;
    return {
      id: unitId(documentId, [code]),
      documentId,
      name,
      kind: 'position',
      parentId: null,
      path: [name],
      attributes: { 'O*NET-SOC': code },
      source: { file: 'Task Statements.txt', line: 0 },
    };
  });
  const unitOfCode = new Map(occupations.map((code, k) => [code, units[k].id]));
  const normalized = data.tasks.map((task) => normalizeText(task.text));
  // An occupation may list the same statement twice; ids must stay unique.
  const ids = uniqueIds(data.tasks.map((task, k) => dutyId(unitOfCode.get(task.occupation)!, normalized[k])));
  const duties: Duty[] = [];
  data.tasks.forEach((task, k) => {
    const unit = unitOfCode.get(task.occupation)!;
    duties.push({
      id: ids[k],
      unitId: unit,
      parentId: null,
      level: 0,
      number: task.id,
      text: task.text,
      normalized: normalized[k],
      role: roleOf(normalized[k], 'en'),
      proposed: false,
      note: null,
      links: [],
      source: { file: 'Task Statements.txt', line: k + 2 },
    });
  });
  return {
    model: {
      orgModelVersion: ORG_MODEL_VERSION,
      tool: TOOL,
      documents: [{ id: documentId, title: 'O*NET 29.3 task statements', source: { file: 'Task Statements.txt', line: 1 }, language: 'en', script: 'latin' }],
      units,
      duties,
    },
    occupations,
  };
}
