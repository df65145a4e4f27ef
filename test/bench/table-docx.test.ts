import { describe, expect, it } from 'vitest';
import { docxTitle, tableDocx } from '../../bench/lib/table-docx.ts';
import { readInput } from '../../src/ingest/read-inputs.ts';
import { tempDir } from '../ingest/temp-dir.ts';

describe('tableDocx(rows, title)', () => {
  it('builds a Word table the product reads back as one table row per row, under the title', async () => {
    const { write } = await tempDir();
    const rows = [['岗位名称', '人事专员'], ['所在部门', '人力资源部'], ['岗位职责', '1、负责招聘。\n2、负责培训。'], []];
    const file = await write('人事专员.docx', await tableDocx(rows, '某公司'));
    const read = await readInput(file);
    if (read.kind !== 'text') throw new Error(`expected text lines, got ${read.kind}`);
    expect(read.lines[0].text).toBe('某公司');
    const tableRows = read.lines.filter((l) => l.tableRow);
    expect(tableRows.length).toBeGreaterThanOrEqual(3);
    expect(tableRows[0].text).toContain('人事专员');
    expect(tableRows[2].text).toMatch(/负责招聘。.*2、负责培训。/);
  });
});

describe('docxTitle(organisation)', () => {
  it('drops the labeller’s parenthesised note', () => {
    expect(docxTitle('贵州交通职业技术学院 图书馆 (馆长工作职责)')).toBe('贵州交通职业技术学院 图书馆');
    expect(docxTitle(undefined)).toBeNull();
  });
});
