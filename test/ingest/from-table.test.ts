import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/read-inputs.ts';
import type { TableRow } from '../../src/ingest/types.ts';
import { OrgModelSchema, ORG_MODEL_VERSION } from '../../src/model.ts';
import { isPlaceholderUnit, splitNumberedCell, tableToModel } from '../../src/parse/from-table.ts';
import { dutyId, unitId } from '../../src/util/ids.ts';
import { TOOL } from '../../src/util/version.ts';

/** The shared DRC sample, read at run time from ../shared beside the repository, never copied in. */
const DRC = fileURLToPath(new URL('../../../shared/samples/drc-units/drc_units.tsv', import.meta.url));

const columns = { unit: ['部门', '处室'], duty: '职责' };

/** A table input from rows. */
function table(rows: TableRow[], file = 'org/职责表.xlsx') {
  return { file, rows, columns };
}

describe('splitNumberedCell(cell)', () => {
  it('splits "1、…2、…" into items with their labels', () => {
    expect(splitNumberedCell('1、负责预算编制；2、负责会计核算。3、审核报销')).toEqual([
      { number: '1、', text: '负责预算编制；' },
      { number: '2、', text: '负责会计核算。' },
      { number: '3、', text: '审核报销' },
    ]);
  });

  it('splits "1. … 2. …" and full-width "（1）…（2）…" lists', () => {
    expect(splitNumberedCell('1. Plan the budget. 2. Keep the books.').map((i) => i.text)).toEqual(['Plan the budget.', 'Keep the books.']);
    expect(splitNumberedCell('主要包括：（1）编制预算；（2）组织核算')).toEqual([
      { number: '（1）', text: '编制预算；' },
      { number: '（2）', text: '组织核算' },
    ]);
  });

  it('keeps a lead-in that is a duty of its own, and drops one ending with a colon', () => {
    expect(splitNumberedCell('统筹财务工作。1、记账 2、报税').map((i) => i.number)).toEqual([null, '1、', '2、']);
    expect(splitNumberedCell('主要职责：\n1、记账\n2、报税').map((i) => i.text)).toEqual(['记账', '报税']);
  });

  it('leaves numbers out of sequence, decimals and nested labels of another style in the text', () => {
    expect(splitNumberedCell('负责1.5亿元专项资金和第1、2季度报表')).toEqual([{ number: null, text: '负责1.5亿元专项资金和第1、2季度报表' }]);
    expect(splitNumberedCell('2、记账 3、报税')).toHaveLength(1);
    expect(splitNumberedCell('1、核算：(1)记账(2)报税 2、审计')).toEqual([
      { number: '1、', text: '核算：(1)记账(2)报税' },
      { number: '2、', text: '审计' },
    ]);
  });

  it('returns a single numbered item whole', () => {
    expect(splitNumberedCell(' 1、负责记账 ')).toEqual([{ number: null, text: '1、负责记账' }]);
  });
});

describe('isPlaceholderUnit(name)', () => {
  it('treats a wholly bracketed label as the unit above, not a sub-unit', () => {
    expect(['(部门总述)', '（总体职责）', '【概述】', '办公厅(人事局)', '秘书处'].map(isPlaceholderUnit)).toEqual([true, true, true, false, false]);
  });
});

describe('tableToModel(input, options)', () => {
  const rows: TableRow[] = [
    { path: ['綜合部', '（部門總述）'], duty: '負責公司行政管理。', line: 2 },
    { path: ['綜合部', '秘書科'], duty: '1、負責公文處理；2、協助組織會議。', line: 3 },
    { path: ['財務部'], duty: '審核費用報銷。', line: 4 },
    { path: ['財務部'], duty: '審核費用報銷。', line: 5 },
  ];

  it('makes one document with a unit per path prefix, parents first, names in Simplified', () => {
    const parsed = tableToModel(table(rows));
    expect(parsed.documents).toEqual([
      { id: '职责表', title: '职责表', source: { file: 'org/职责表.xlsx', line: 1 }, language: 'zh', script: 'traditional' },
    ]);
    expect(parsed.units.map((u) => ({ name: u.name, kind: u.kind, path: u.path, line: u.source.line }))).toEqual([
      { name: '综合部', kind: 'department', path: ['综合部'], line: 2 },
      { name: '秘书科', kind: 'office', path: ['综合部', '秘书科'], line: 3 },
      { name: '财务部', kind: 'department', path: ['财务部'], line: 4 },
    ]);
    const [top, sub] = parsed.units;
    expect(top).toMatchObject({ id: unitId('职责表', ['综合部']), parentId: null, documentId: '职责表', attributes: {} });
    expect(sub.parentId).toBe(top.id);
  });

  it('gives one duty per row, or one per item of a numbered cell, with role, source and stable ids', () => {
    const parsed = tableToModel(table(rows));
    expect(parsed.duties.map((d) => [d.number, d.text, d.normalized, d.role, d.source.line])).toEqual([
      [null, '負責公司行政管理。', '负责公司行政管理。', 'lead', 2],
      ['1、', '負責公文處理；', '负责公文处理;', 'lead', 3],
      ['2、', '協助組織會議。', '协助组织会议。', 'support', 3],
      [null, '審核費用報銷。', '审核费用报销。', 'approve', 4],
      [null, '審核費用報銷。', '审核费用报销。', 'approve', 5],
    ]);
    const first = parsed.duties[0];
    expect(first).toMatchObject({ parentId: null, level: 0, proposed: false, note: null, links: [], unitId: parsed.units[0].id });
    expect(first.id).toBe(dutyId(parsed.units[0].id, '负责公司行政管理。'));
    expect(parsed.duties[4].id).toBe(`${parsed.duties[3].id}~2`);
    expect(tableToModel(table(rows))).toEqual(parsed);
  });

  it('builds a model that passes the schema', () => {
    const parsed = tableToModel(table(rows));
    const model = { orgModelVersion: ORG_MODEL_VERSION, tool: TOOL, documents: parsed.documents, units: parsed.units, duties: parsed.duties };
    expect(OrgModelSchema.safeParse(model).success).toBe(true);
  });

  it('detects English and reads roles with English verbs, unless told the language', () => {
    const english = tableToModel(table([{ path: ['Finance'], duty: 'Supports the audit committee.', line: 2 }], 'hr.csv'));
    expect(english.documents[0]).toMatchObject({ language: 'en', script: 'latin' });
    expect(english.duties[0].role).toBe('support');
    const forced = tableToModel(table([{ path: ['Finance'], duty: 'Supports the audit.', line: 2 }], 'hr.csv'), { language: 'zh' });
    expect(forced.documents[0].language).toBe('zh');
  });

  it('skips a row left with no unit and says so', () => {
    const parsed = tableToModel(table([{ path: ['(总述)'], duty: '负责全面工作。', line: 7 }], 'a.csv'));
    expect(parsed.duties).toEqual([]);
    expect(parsed.warnings).toEqual(['a.csv:7: duty with no unit, skipped']);
  });
});

describe('the DRC sample (../shared/samples/drc-units/drc_units.tsv)', () => {
  const present = existsSync(DRC);
  if (!present) console.warn(`skipping the DRC sample tests: ${DRC} is absent (it lives in ../shared beside the repository)`);

  it.skipIf(!present)('readInput reads unit, subunit and duty columns and tableToModel gives two top units with 16 sub-units', async () => {
    const read = await readInput(DRC);
    if (read.kind !== 'table') throw new Error('expected a table');
    expect(read.columns).toEqual({ unit: ['unit', 'subunit'], duty: 'duty' });
    expect(read.rows).toHaveLength(21);
    const parsed = tableToModel(read);
    expect(parsed.units.filter((u) => u.parentId === null).map((u) => u.name)).toEqual(['办公厅(人事局)', '信息中心']);
    expect(parsed.units.filter((u) => u.parentId !== null)).toHaveLength(16);
    expect(parsed.duties).toHaveLength(21);
    expect(parsed.warnings).toEqual([]);
  });
});
