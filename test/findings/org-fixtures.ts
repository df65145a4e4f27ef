import type { Category, OrgDocument, ResultDuty, Role, Unit } from '../../src/model.ts';

// Tiny hand-written org models for the coverage and gap tests: units and duties are built by id.

/** A document of one language. */
export function doc(id: string, language: 'zh' | 'en' = 'zh'): OrgDocument {
  return { id, title: id, source: { file: `${id}.txt`, line: 1 }, language, script: language === 'zh' ? 'simplified' : 'latin' };
}

/** A department of a document, under `parentId` when given. */
export function unit(id: string, documentId: string, name: string, parentId: string | null = null): Unit {
  return { id, documentId, name, kind: 'department', parentId, path: [name], attributes: {}, source: { file: `${documentId}.txt`, line: 1 } };
}

/** A duty of a unit; a duty with a parent sits one level down. */
export function duty(
  id: string,
  unitId: string,
  text: string,
  role: Role = 'lead',
  extra: { category?: Category; proposed?: boolean; note?: string; parentId?: string } = {},
): ResultDuty {
  return {
    id,
    unitId,
    parentId: extra.parentId ?? null,
    level: extra.parentId ? 1 : 0,
    number: null,
    text,
    normalized: text,
    role,
    proposed: extra.proposed ?? false,
    note: extra.note ?? null,
    links: [],
    source: { file: 'x.txt', line: 1 },
    category: extra.category ?? 'business',
  };
}
