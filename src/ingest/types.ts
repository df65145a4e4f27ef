import type { OrgModel } from '../model.ts';

/**
 * One line of decoded text, as the parser sees it. Plain-text files give
 * bare lines; .docx files add what the markup knew (heading level, list
 * nesting and the number Word would display).
 */
export interface TextLine {
  /** The line's text, without the newline. */
  text: string;
  /** 1-based line number in the decoded file (for .docx: the paragraph's index). */
  line: number;
  /** Heading level 1–6 when the source marked the paragraph as a heading. */
  heading?: number;
  /** List nesting (0 = outermost) when the source marked the paragraph as a list item. */
  listLevel?: number;
  /** The number label the source displays for a list item ("1.", "(a)"), when known. */
  listLabel?: string;
  /** True when the line is a table row; cells are joined with a tab. */
  tableRow?: boolean;
}

/** A row of a duty table: the unit path (top unit first) and one duty. */
export interface TableRow {
  /** Unit names from the top (部门) down (处室, 科室, 岗位); empty cells dropped. */
  path: string[];
  /** The duty text. */
  duty: string;
  /** 1-based row number in the file (header = 1). */
  line: number;
}

/** What ingest hands to parse: one file's content in the shape its format allows. */
export type IngestedFile =
  | { kind: 'text'; file: string; format: 'txt' | 'md' | 'docx'; encoding: string; lines: TextLine[] }
  | { kind: 'table'; file: string; format: 'xlsx' | 'csv' | 'tsv'; columns: { unit: string[]; duty: string }; rows: TableRow[] }
  | { kind: 'model'; file: string; format: 'yaml' | 'json'; model: OrgModel };

/**
 * What the user said about reading inputs: column names for when the header
 * guess fails (`--unit-columns`, `--duty-column`) and `--max-file-mb`. They
 * travel together from the flags to each file's reader.
 */
export interface ColumnOverrides {
  unit?: string[];
  duty?: string;
  /** `--max-file-mb`: raises every input limit in proportion (see limits.ts); default 64. */
  maxFileMb?: number;
}
