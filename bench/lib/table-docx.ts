import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';

/** A table cell as a gold table file may hold it. */
export type TableCellValue = string | number | null;

/** One Word table cell: each line of the value its own paragraph (an empty cell still holds one). */
function wordCell(value: TableCellValue): TableCell {
  const text = value === null ? '' : String(value);
  return new TableCell({ children: text.split(/\r?\n/).map((line) => new Paragraph(line)) });
}

/**
 * A .docx holding one Word table, one table row per row and the cells as
 * given, under a Title paragraph when a title is given. Rows are not padded:
 * a short row stays short, as in a merged-cell 岗位说明书; an empty row gets
 * one empty cell, since Word needs one. This is how a duty table reaches
 * the tool as a Word file.
 */
export function tableDocx(rows: readonly (readonly TableCellValue[])[], title: string | null): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  if (title) children.push(new Paragraph({ text: title, heading: HeadingLevel.TITLE }));
  if (rows.length > 0) children.push(new Table({ rows: rows.map((row) => new TableRow({ children: (row.length > 0 ? row : ['']).map(wordCell) })) }));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/**
 * The Title of a document's .docx: the labeller's organisation text without
 * its trailing parenthesised note ("贵州交通职业技术学院 图书馆 (馆长工作职责)" →
 * "贵州交通职业技术学院 图书馆"), or null when there is none.
 */
export function docxTitle(organisation: string | undefined): string | null {
  const title = (organisation ?? '').replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
  return title.length > 0 ? title : null;
}
