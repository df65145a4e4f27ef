import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalMergeType,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../../src/ingest/html-lines.ts';
import { listLabel } from '../../src/ingest/list-label.ts';
import { readInput } from '../../src/ingest/read-inputs.ts';
import { InputError } from '../../src/util/errors.ts';
import { tempDir } from './temp-dir.ts';

/** A table cell holding one paragraph. */
function cell(text: string, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}): TableCell {
  return new TableCell({ children: [new Paragraph(text)], ...extra });
}

/** A .docx with a heading, a nested numbered list and a duty table, built the way Word would store it. */
async function dutyDocx(): Promise<Buffer> {
  const level = (lvl: number, text: string) => ({ level: lvl, format: LevelFormat.DECIMAL, text, alignment: AlignmentType.START });
  const doc = new Document({
    numbering: { config: [{ reference: 'duties', levels: [level(0, '%1、'), level(1, '(%2)'), level(2, '%3)')] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: '财务部职责', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '一、主要职责', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '负责预算管理。', numbering: { reference: 'duties', level: 0 } }),
          new Paragraph({ text: '编制年度预算;', numbering: { reference: 'duties', level: 1 } }),
          new Paragraph({ text: '审核预算执行。', numbering: { reference: 'duties', level: 1 } }),
          new Paragraph({ text: '按月核对。', numbering: { reference: 'duties', level: 2 } }),
          new Paragraph({ text: '负责会计核算。', numbering: { reference: 'duties', level: 0 } }),
          new Paragraph(''),
          new Paragraph('附表'),
          new Table({
            rows: [
              new TableRow({ children: [cell('部门'), cell('岗位'), cell('职责')] }),
              new TableRow({ children: [cell('财务部', { verticalMerge: VerticalMergeType.RESTART }), cell('会计'), cell('记账')] }),
              new TableRow({ children: [cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('出纳'), cell('收付款')] }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('readInput(file) for .docx', () => {
  it('keeps headings, list nesting with synthesised labels, and table rows', async () => {
    const { write } = await tempDir();
    const file = await write('财务部.docx', await dutyDocx());
    const read = await readInput(file);
    expect(read.kind).toBe('text');
    if (read.kind !== 'text') return;
    expect(read.format).toBe('docx');
    expect(read.lines).toEqual([
      { text: '财务部职责', line: 1, heading: 1 },
      { text: '一、主要职责', line: 2, heading: 2 },
      { text: '负责预算管理。', line: 3, listLevel: 0, listLabel: '1、' },
      { text: '编制年度预算;', line: 4, listLevel: 1, listLabel: '(1)' },
      { text: '审核预算执行。', line: 5, listLevel: 1, listLabel: '(2)' },
      { text: '按月核对。', line: 6, listLevel: 2, listLabel: '①' },
      { text: '负责会计核算。', line: 7, listLevel: 0, listLabel: '2、' },
      { text: '附表', line: 8 },
      { text: '部门\t岗位\t职责', line: 9, tableRow: true },
      { text: '财务部\t会计\t记账', line: 10, tableRow: true },
      { text: '财务部\t出纳\t收付款', line: 11, tableRow: true },
    ]);
  });

  it('refuses a corrupt .docx', async () => {
    const { write } = await tempDir();
    const whole = await dutyDocx();
    const truncated = await write('broken.docx', whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(readInput(truncated)).rejects.toThrow(new InputError(truncated, 'not a valid .docx (corrupt or not a zip)'));
    const text = await write('text.docx', '这不是 Word 文件');
    await expect(readInput(text)).rejects.toThrow('not a valid .docx (corrupt or not a zip)');
  });

  it('refuses a password-protected .docx (an OLE container)', async () => {
    const { write } = await tempDir();
    const bytes = new Uint8Array(512);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const file = await write('locked.docx', bytes);
    await expect(readInput(file)).rejects.toThrow('password-protected or legacy .doc: save it as an unprotected .docx');
  });
});

describe('htmlToLines(html)', () => {
  it('numbers bullet lists by position and restarts numbering in each list', () => {
    const lines = htmlToLines('<ul><li>甲</li><li>乙<ul><li>丙</li></ul></li></ul><p>x</p><ol><li>丁</li></ol>');
    expect(lines.map((l) => `${l.listLabel ?? ''}${l.text}`)).toEqual(['1、甲', '2、乙', '(1)丙', 'x', '1、丁']);
  });

  it('joins the paragraphs of one table cell with a space and spreads colspan cells', () => {
    const lines = htmlToLines('<table><tr><td colspan="2"><p>a</p><p>b</p></td><td>c</td></tr></table>');
    expect(lines).toEqual([{ text: 'a b\t\tc', line: 1, tableRow: true }]);
  });
});

describe('listLabel(level, position)', () => {
  it('labels levels 1、, (1), ①, a.', () => {
    expect([listLabel(0, 3), listLabel(1, 2), listLabel(2, 4), listLabel(3, 2), listLabel(5, 27)]).toEqual(['3、', '(2)', '④', 'b.', 'aa.']);
  });

  it('falls back from circled numbers after ⑳', () => {
    expect([listLabel(2, 20), listLabel(2, 21)]).toEqual(['⑳', '(21)']);
  });
});
