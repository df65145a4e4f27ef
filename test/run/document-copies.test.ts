import { describe, expect, it } from 'vitest';
import type { Duty, OrgDocument, OrgModel, Unit } from '../../src/model.ts';
import { ORG_MODEL_VERSION } from '../../src/model.ts';
import { findCopies } from '../../src/run/document-copies.ts';
import { TOOL } from '../../src/util/version.ts';

/** A model of documents that each hold one unit 财务部 with the given duty texts. */
function model(documents: readonly (readonly string[])[]): OrgModel {
  const source = { file: 'f.txt', line: 1 };
  const docs: OrgDocument[] = documents.map((_, i) => ({ id: `d${i}`, title: `d${i}`, source, language: 'zh', script: 'simplified' }));
  const units: Unit[] = documents.map((_, i) => ({ id: `u${i}`, documentId: `d${i}`, name: '财务部', kind: 'department', parentId: null, path: ['财务部'], attributes: {}, source }));
  const duties: Duty[] = documents.flatMap((texts, i) =>
    texts.map((text, k) => ({ id: `u${i}/${k}`, unitId: `u${i}`, parentId: null, level: 0, number: null, text, normalized: text, role: 'lead', proposed: false, note: null, links: [], source })),
  );
  return { orgModelVersion: ORG_MODEL_VERSION, tool: TOOL, documents: docs, units, duties };
}

const TEN = Array.from({ length: 10 }, (_, k) => `负责第${k}项预算工作`);

describe('findCopies(model, scopeOf)', () => {
  it('names each copy with the first earlier document it copies, not the most alike one', () => {
    const T = Array.from({ length: 20 }, (_, k) => `负责第${k}项预算工作`);
    const m = model([
      ['负责招聘'],
      [...T, '负责审计'], // d1
      [...T, '负责结算', '负责税务'], // d2: Jaccard 20/23 = 0.87 with d1, read
      [...T, '负责结算', '负责税务', '负责审计'], // 21/23 = 0.91 with d1, 22/23 = 0.96 with d2: copies d1
      [...T, '负责审计'], // an exact copy of d1
    ]);
    expect(findCopies(m, () => 'o').map((c) => [c.document, c.copyOf])).toEqual([
      ['d3', 'd1'],
      ['d4', 'd1'],
    ]);
  });

  it('compares documents of one scope only, and punctuation does not make texts differ', () => {
    const m = model([TEN, TEN.map((t) => `${t}。`), TEN]);
    expect(findCopies(m, (id) => (id === 'd2' ? 'other' : 'o')).map((c) => [c.document, c.copyOf])).toEqual([['d1', 'd0']]);
  });

  it('takes the first earlier document at a threshold of 0, shared texts or not', () => {
    const m = model([['负责招聘'], ['负责审计']]);
    expect(findCopies(m, () => 'o', 0).map((c) => [c.document, c.copyOf])).toEqual([['d1', 'd0']]);
  });
});
