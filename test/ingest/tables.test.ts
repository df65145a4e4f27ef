import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findColumns, headerKey } from '../../src/ingest/table-columns.ts';
import { gridToRows } from '../../src/ingest/table-rows.ts';
import { readInput } from '../../src/ingest/read-inputs.ts';
import type { IngestedFile } from '../../src/ingest/types.ts';
import { InputError } from '../../src/util/errors.ts';
import { tempDir } from './temp-dir.ts';

/** The table of an ingested file, or fails the test. */
function tableOf(read: IngestedFile): Extract<IngestedFile, { kind: 'table' }> {
  if (read.kind !== 'table') throw new Error(`expected a table, got ${read.kind}`);
  return read;
}

/** An .xlsx duty table the way Chinese offices write one: a title row, merged 部门 cells, blank 处室 cells. */
async function dutyWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('职责');
  sheet.addRow(['某市发展中心部门职责一览表']);
  sheet.mergeCells('A1:D1');
  sheet.addRow(['序号', '部门', '处室', '主要职责']); // row 2
  sheet.addRow([1, '综合部', '秘书科', '负责公文处理。']); // row 3
  sheet.addRow([2, null, null, { richText: [{ text: '负责' }, { text: '会议组织。' }] }]); // row 4: blank cells inherit
  sheet.addRow([3, null, '档案科', '负责档案管理。']); // row 5: 部门 merged below
  sheet.addRow([4, '财务部', null, '负责预算管理。']); // row 6: a new 部门 with no 处室
  sheet.addRow([5, null, null, { formula: '"负责"&"核算"', result: '负责核算' }]); // row 7
  sheet.mergeCells('B3:B5');
  const notes = workbook.addWorksheet('说明');
  notes.addRow(['本表由人事处整理']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readInput(file) for .xlsx', () => {
  it('finds the header under a title row, inherits merged and blank unit cells, and numbers rows as the sheet does', async () => {
    const { write } = await tempDir();
    const file = await write('职责表.xlsx', await dutyWorkbook());
    const table = tableOf(await readInput(file));
    expect(table.format).toBe('xlsx');
    expect(table.columns).toEqual({ unit: ['部门', '处室'], duty: '主要职责' });
    expect(table.rows).toEqual([
      { path: ['综合部', '秘书科'], duty: '负责公文处理。', line: 3 },
      { path: ['综合部', '秘书科'], duty: '负责会议组织。', line: 4 },
      { path: ['综合部', '档案科'], duty: '负责档案管理。', line: 5 },
      { path: ['财务部'], duty: '负责预算管理。', line: 6 },
      { path: ['财务部'], duty: '负责核算', line: 7 },
    ]);
  });

  it('refuses a corrupt .xlsx', async () => {
    const { write } = await tempDir();
    const whole = await dutyWorkbook();
    const file = await write('broken.xlsx', whole.subarray(0, 200));
    await expect(readInput(file)).rejects.toThrow('not a valid .xlsx (corrupt or not a zip)');
  });
});

describe('readInput(file) for .csv and .tsv', () => {
  it('reads RFC 4180 quoting (comma, quote and line break inside a duty) after a UTF-8 BOM', async () => {
    const { write } = await tempDir();
    const csv = '\ufeff部门,职责\r\n财务部,"负责预算编制、执行,并报告""三公""经费"\r\n财务部,"1、记账\n2、报税"\r\n';
    const file = await write('duties.csv', csv);
    const table = tableOf(await readInput(file));
    expect(table.columns).toEqual({ unit: ['部门'], duty: '职责' });
    expect(table.rows).toEqual([
      { path: ['财务部'], duty: '负责预算编制、执行,并报告"三公"经费', line: 2 },
      { path: ['财务部'], duty: '1、记账\n2、报税', line: 3 },
    ]);
  });

  it('reads a .tsv with English headers, matched case-insensitively and trimmed', async () => {
    const { write } = await tempDir();
    const file = await write('units.tsv', ' Department \tOffice\tKey Duties\nFinance\tPayroll\tRuns the payroll.\n\tTreasury\tManages cash.\n');
    const table = tableOf(await readInput(file));
    expect(table.columns).toEqual({ unit: ['Department', 'Office'], duty: 'Key Duties' });
    expect(table.rows).toEqual([
      { path: ['Finance', 'Payroll'], duty: 'Runs the payroll.', line: 2 },
      { path: ['Finance', 'Treasury'], duty: 'Manages cash.', line: 3 },
    ]);
  });

  it('names the headers it saw and the flag to use when there is no duty column', async () => {
    const { write } = await tempDir();
    const file = await write('t.csv', '部门,内容\n财务部,记账\n');
    await expect(readInput(file)).rejects.toThrow(
      new InputError(file, 'no duty column found among the headers: 部门, 内容; name it with --duty-column'),
    );
  });

  it('uses the columns the user names, in the order given', async () => {
    const { write } = await tempDir();
    const file = await write('t.csv', '内容,科,部\n记账,会计科,财务部\n');
    const table = tableOf(await readInput(file, { unit: ['部', '科'], duty: '内容' }));
    expect(table.columns).toEqual({ unit: ['部', '科'], duty: '内容' });
    expect(table.rows).toEqual([{ path: ['财务部', '会计科'], duty: '记账', line: 2 }]);
  });

  it('says which named column is missing', async () => {
    const { write } = await tempDir();
    const file = await write('t.csv', '部门,职责\n财务部,记账\n');
    await expect(readInput(file, { duty: '任务' })).rejects.toThrow('no column "任务" (given with --duty-column) among the headers: 部门, 职责');
  });
});

describe('findColumns(headers, overrides, file)', () => {
  it('prefers an exact duty header over one that only mentions duties, and keeps unit columns left to right', () => {
    expect(findColumns(['岗位职责', '部门名称', '职责', '岗位'], undefined, 'f')).toEqual({ unit: [1, 3], duty: 2 });
  });

  it('falls back to a header mentioning duties (岗位职责) when no exact name matches', () => {
    expect(findColumns(['岗位', '岗位职责'], undefined, 'f')).toEqual({ unit: [0], duty: 1 });
  });

  it('refuses a table with no unit column, naming --unit-columns', () => {
    expect(() => findColumns(['编号', '职责'], undefined, 'f')).toThrow(/no unit column found among the headers: 编号, 职责; name them with --unit-columns/);
  });
});

describe('headerKey(header)', () => {
  it('folds width and case, trims, and drops a trailing 名称 or "name"', () => {
    expect([headerKey(' ＵＮＩＴ　Name '), headerKey('部门名称：'), headerKey('Duties')]).toEqual(['unit', '部门', 'duties']);
  });
});

describe('gridToRows(grid, headerIndex, columns, lineOf)', () => {
  it('does not carry a sub-unit over into a newly named unit', () => {
    const grid = [
      ['部门', '处室', '职责'],
      ['甲部', '一处', 'a'],
      ['', '', 'b'],
      ['乙部', '', 'c'],
      ['', '', ''],
      ['', '二处', 'd'],
    ];
    expect(gridToRows(grid, 0, { unit: [0, 1], duty: 2 }, (i) => i + 1)).toEqual([
      { path: ['甲部', '一处'], duty: 'a', line: 2 },
      { path: ['甲部', '一处'], duty: 'b', line: 3 },
      { path: ['乙部'], duty: 'c', line: 4 },
      { path: ['乙部', '二处'], duty: 'd', line: 6 },
    ]);
  });
});
