import type { OrgModel, Unit, Duty } from '../../src/model.ts';
import { ORG_MODEL_VERSION } from '../../src/model.ts';
import { roleOf } from '../../src/parse/role.ts';
import { normalizeText } from '../../src/text/normalize.ts';
import { dutyId, unitId } from '../../src/util/ids.ts';
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
  const seen = new Set<string>();
  const duties: Duty[] = [];
  data.tasks.forEach((task, k) => {
    const normalized = normalizeText(task.text);
    const unit = unitOfCode.get(task.occupation)!;
    let id = dutyId(unit, normalized);
    while (seen.has(id)) id = `${id}~`;
    seen.add(id);
    duties.push({
      id,
      unitId: unit,
      parentId: null,
      level: 0,
      number: task.id,
      text: task.text,
      normalized,
      role: roleOf(normalized, 'en'),
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
