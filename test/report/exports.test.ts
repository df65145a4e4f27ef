import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { RESULT_SCHEMA_VERSION, ResultSchema } from '../../src/model.ts';
import { resultJson } from '../../src/report/json-report.ts';
import { matrixCsv } from '../../src/report/matrix-csv.ts';
import { pairsCsv, pairsCsvHeader } from '../../src/report/pairs-csv.ts';
import { markdownText, summaryMd } from '../../src/report/summary-md.ts';
import { xlsxReport } from '../../src/report/xlsx-report.ts';
import { loadFixture } from './fixture.ts';
import { dumpXlsx } from './xlsx-dump.ts';

/** A minimal RFC 4180 parser, to check the files read back as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

describe('exports', () => {
  it('pairsCsv(result, lang) has a BOM, CRLF rows, the header, and reads back every duty text literally', () => {
    const r = loadFixture();
    const csv = pairsCsv(r, 'zh');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(pairsCsvHeader('zh'));
    expect(rows).toHaveLength(r.pairs.length + 1);
    const texts = new Set(rows.slice(1).flatMap((row) => [row[7], row[8]]));
    for (const needle of ['<script>alert(1)</script>', '\u2028']) {
      const nasty = r.duties.find((d) => d.text.includes(needle))!;
      expect(texts.has(nasty.text)).toBe(true);
    }
  });

  it('matrixCsv(result, order) has one block per document with unit names as header', () => {
    const r = loadFixture();
    const rows = parseCsv(matrixCsv(r, 'document').slice(1));
    expect(rows[0][0]).toBe(r.documents[0].title);
    expect(rows[0].slice(1)).toEqual(r.units.filter((u) => u.documentId === r.documents[0].id).map((u) => u.name));
    expect(rows[1].slice(1).map(Number)).toEqual(r.matrix[0].coverage[0]);
    expect(rows.filter((row) => row.length === 1 && row[0] === '')).toHaveLength(r.matrix.length - 1);
  });

  it('resultJson(result) is valid, pretty and keeps the schema key order', () => {
    const json = resultJson(loadFixture());
    const parsed = JSON.parse(json);
    expect(ResultSchema.safeParse(parsed).success).toBe(true);
    // Optional fields the fixture lacks are absent; the others keep the schema's order.
    expect(Object.keys(parsed)).toEqual(Object.keys(ResultSchema.shape).filter((k) => k in parsed));
    expect(json).toContain(`\n  "schemaVersion": ${RESULT_SCHEMA_VERSION},`);
  });

  it('xlsxReport(result, lang) has the five sheets, named in its language, with a frozen header row and an autofilter', async () => {
    const sheets = await dumpXlsx(await xlsxReport(loadFixture(), 'zh', 'cluster'));
    expect(sheets.map((s) => s.name)).toEqual(['概览', '职责对', '单位矩阵', '职责边界清单', '缺位']);
    expect((await dumpXlsx(await xlsxReport(loadFixture(), 'en', 'cluster'))).map((s) => s.name)).toEqual(['Overview', 'Pairs', 'Matrix', 'Boundary list', 'Gaps']);
    for (const s of sheets) {
      expect(s.frozenRows).toBe(1);
      expect(s.autoFilter).toBeTruthy();
    }
    expect(sheets[1].rows).toHaveLength(loadFixture().pairs.length + 1);
  });

  it('the Gaps sheet lists a weak function after the findings, as 待核实 with its near duty', async () => {
    const rows = (await dumpXlsx(await xlsxReport(loadFixture(), 'zh', 'cluster')))[4].rows as (string | number)[][];
    const weak = rows.filter((r) => r[1] === '待核实');
    expect(weak).toHaveLength(1);
    expect(rows.indexOf(weak[0])).toBe(rows.length - 1);
    expect(String(weak[0][2])).toBe('MK-06 渠道伙伴管理');
    expect(String(weak[0][5])).toContain('协助市场策划处开展营销活动在渠道的落地执行。 (0.31)');
  });

  it('the Pairs sheet lists conflicts first (both-lead, then score), each source with its line, long text wrapped, and the suggested lead', async () => {
    const fixture = loadFixture();
    const owner = { lead: fixture.duties.find((d) => d.id === fixture.pairs.find((p) => p.conflict)!.a)!.unitId, support: null, basis: 'mandate' as const, fits: [] };
    const result = { ...fixture, pairs: fixture.pairs.map((p) => (p.conflict ? { ...p, owner } : p)) };
    const bytes = await xlsxReport(result, 'zh', 'cluster');
    const pairs = (await dumpXlsx(bytes))[1].rows;
    const [head, ...rows] = pairs as (string | number)[][];
    const relation = head.indexOf('关系');
    const conflicts = new Set(['重复', '交叉']);
    const firstOther = rows.findIndex((r) => !conflicts.has(String(r[relation])));
    expect(firstOther).toBeGreaterThan(0);
    expect(rows.slice(firstOther).some((r) => conflicts.has(String(r[relation])))).toBe(false);
    const both = head.indexOf('双牵头冲突');
    const leads = rows.slice(0, firstOther).map((r) => Number(r[both]));
    expect(leads).toEqual([...leads].sort((x, y) => y - x));
    for (const column of ['出处 A', '出处 B']) for (const r of rows) expect(String(r[head.indexOf(column)])).toMatch(/:\d+$/);
    const lead = head.indexOf('建议牵头');
    expect(String(rows[0][lead])).toMatch(/^建议牵头：/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.worksheets[1]; // the Pairs sheet, named in the report's language
    expect(ws.getCell(2, head.indexOf('职责 A') + 1).alignment?.wrapText).toBe(true);
  });

  it('summaryMd(result, lang) stays within 25 lines and names the top conflict', () => {
    const md = summaryMd(loadFixture(), 'zh');
    expect(md.trimEnd().split('\n').length).toBeLessThanOrEqual(25);
    expect(md).toContain('双牵头');
    expect(md).toContain('一件事情原则上由一个部门负责');
  });

  it('markdownText(text) escapes markup and folds line separators', () => {
    expect(markdownText('<script>*x*</script>\u2028y')).toBe('\\<script\\>\\*x\\*\\</script\\> y');
  });
});
