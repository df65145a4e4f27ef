/**
 * Generators of bad inputs, one per class of trouble seen in real use: a
 * zip bomb, absurd table spans, FIFOs and devices, a phantom spreadsheet
 * corner, too many rows, an unbalanced CSV quote, restarting numbering and a
 * runaway single line. The tests write small ones (with small limits); `npm
 * run fuzz` writes them at full size.
 */
import { execFileSync } from 'node:child_process';
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal .docx (what Word needs to open it) whose body is the given WordprocessingML. */
export async function minimalDocx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** One Word paragraph. */
export function paragraph(text: string): string {
  return `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
}

/** A .docx whose document.xml inflates to about `inflatedMb` megabytes of one repeated paragraph (a few hundred KB on disk). */
export async function zipBombDocx(inflatedMb: number): Promise<Uint8Array> {
  const p = paragraph('负责综合协调工作');
  return minimalDocx(p.repeat(Math.ceil((inflatedMb * 1024 * 1024) / Buffer.byteLength(p))));
}

/** A .docx holding one table whose first cell spans `span` grid columns. */
export function gridSpanDocx(span: number): Promise<Uint8Array> {
  const cell = (text: string, props = '') => `<w:tc>${props}${paragraph(text)}</w:tc>`;
  return minimalDocx(
    paragraph('综合部职责') +
      `<w:tbl><w:tr>${cell('部门', `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>`)}${cell('职责')}</w:tr>` +
      `<w:tr>${cell('综合部')}${cell('负责公文处理')}</w:tr></w:tbl>`,
  );
}

/** An .xlsx duty table with a header, `rows` duty rows and, when asked, one stray cell in the sheet's far corner (XFD1048576). */
export async function dutyXlsx(rows: number, corner = false): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('职责');
  sheet.addRow(['部门', '职责']);
  for (let i = 1; i <= rows; i++) sheet.addRow([`部门${i % 50}`, `负责第${i}项业务的管理`]);
  if (corner) sheet.getCell('XFD1048576').value = '备注';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Writes an .xlsx of `rows` duty rows with exceljs's streaming writer (a million rows do not fit the in-memory one). */
export async function writeLargeXlsx(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('职责');
  sheet.addRow(['部门', '职责']).commit();
  for (let i = 1; i <= rows; i++) sheet.addRow([`部门${i % 50}`, `负责第${i}项业务的管理`]).commit();
  sheet.commit();
  await workbook.commit();
}

/** A CSV duty table in which row `at` opens a quote that never closes, with `rows` rows in all. */
export function unbalancedQuoteCsv(rows: number, at: number): string {
  const lines = ['部门,职责'];
  for (let i = 1; i <= rows; i++) lines.push(i === at ? `部门${i},"负责第${i}项业务` : `部门${i},负责第${i}项业务`);
  return lines.join('\n') + '\n';
}

/** A text whose numbered list restarts at 1 every `every` lines, `lines` lines in all, under one unit heading. */
export function restartingNumberingText(lines: number, every = 10): string {
  const out = ['办公室职责'];
  for (let i = 0; i < lines; i++) out.push(`${(i % every) + 1}. 负责第${i}项业务的管理`);
  return out.join('\n') + '\n';
}

/** A text of one line of about `chars` characters: a unit heading, then duties run together without a line break. */
export function singleLineText(chars: number): string {
  const parts = ['办公室职责:'];
  let length = parts[0].length;
  for (let i = 1; length < chars; i++) {
    const duty = `负责第${i}项综合协调和文件管理工作。`;
    parts.push(duty);
    length += duty.length;
  }
  return parts.join('');
}

/** A good duty text that every run reads, beside the bad inputs. */
export const GOOD_TEXT = '财务部职责\n1. 负责公司预算编制和执行监督。\n2. 负责会计核算和财务报告。\n';

/** Makes a named pipe (FIFO) at `path` with mkfifo. */
export function makeFifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

/** Makes a symlink to /dev/zero at `path`: a file that never ends. */
export function linkToDevZero(path: string): Promise<void> {
  return symlink('/dev/zero', path);
}

/** Writes `content` at `name` in `dir` and returns the path. */
export async function put(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, content);
  return file;
}
