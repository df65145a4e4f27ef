import { basename, extname } from 'node:path';
import type { TableRow } from '../ingest/types.ts';
import type { Duty, Language, OrgDocument, Unit } from '../model.ts';
import { detectScript, foldWidth, normalizeText } from '../text/normalize.ts';
import { documentId, dutyId, uniqueIds, unitId } from '../util/ids.ts';
import type { ParsedFile, ParseOptions } from './parsed-file.ts';
import { roleOf } from './role.ts';
import { unitKindOf } from './unit-kind.ts';

/** A duty table as ingest hands it over. */
export interface TableInput {
  /** The file, as the user gave it. */
  file: string;
  /** The duty rows, each with its unit path. */
  rows: TableRow[];
  /** The header names of the unit-path columns and the duty column. */
  columns: { unit: string[]; duty: string };
}

/** One item of a cell that holds a numbered list. */
export interface CellItem {
  /** The label as written ("1、", "(2)"), or null for an unnumbered cell or lead-in. */
  number: string | null;
  /** The item's text, without its label, trimmed. */
  text: string;
}

/** The numbering styles a cell's list can use; one list keeps one style. */
type LabelStyle = 'dun' | 'dot' | 'paren';

/**
 * Candidate labels: "1、" or "1." at the start or after a space or
 * punctuation (so "第1、2季度" and "1.5亿" are not labels), and "(1)" anywhere
 * (it is written straight after the lead-in: "包括(1)…(2)…").
 */
const LABEL = /(?<=^|[\s。；;，,:：])(\d{1,2})([、.])(?!\d)|\((\d{1,2})\)/gu;

/**
 * Splits a cell holding a numbered list ("1、…2、…", "1. … 2. …",
 * "(1)…(2)…") into its items, when the numbers run in sequence from 1 in
 * one style; labels out of sequence or in another style (a nested "(1)"
 * inside "1、…") stay in the item's text. A lead-in before the first label
 * is kept as its own item unless it ends with a colon ("主要职责：").
 * A cell without such a list (or with a single item) is returned whole.
 */
export function splitNumberedCell(cell: string): CellItem[] {
  // Width folding keeps string positions (every fold is one BMP unit to one), so
  // labels found in the folded text slice the original at the same offsets.
  const folded = foldWidth(cell);
  const accepted: { index: number; end: number }[] = [];
  let style: LabelStyle | null = null;
  for (const m of folded.matchAll(LABEL)) {
    const thisStyle: LabelStyle = m[3] !== undefined ? 'paren' : m[2] === '、' ? 'dun' : 'dot';
    const n = Number(m[1] ?? m[3]);
    if (n === accepted.length + 1 && (style === null || style === thisStyle)) {
      style = thisStyle;
      accepted.push({ index: m.index, end: m.index + m[0].length });
    }
  }
  if (accepted.length < 2) return [{ number: null, text: cell.trim() }];
  const items: CellItem[] = [];
  const intro = cell.slice(0, accepted[0].index).trim();
  if (intro !== '' && !/[:：]$/u.test(intro)) items.push({ number: null, text: intro });
  accepted.forEach((label, k) => {
    const end = k + 1 < accepted.length ? accepted[k + 1].index : cell.length;
    items.push({ number: cell.slice(label.index, label.end), text: cell.slice(label.end, end).trim() });
  });
  return items.filter((item) => item.text !== '');
}

/**
 * True for a path cell that stands for the unit above rather than naming a
 * sub-unit: a label wholly in brackets, like "(部门总述)" in a 处室 column
 * next to the department's own summary duty.
 */
export function isPlaceholderUnit(name: string): boolean {
  return /^[(（[【〔].*[)）\]】〕]$/u.test(name.trim());
}

/** The analysis language: forced, or English when the duties are written in Latin script. */
function languageOf(forced: ParseOptions['language'], script: OrgDocument['script']): Language {
  switch (forced ?? 'auto') {
    case 'zh':
      return 'zh';
    case 'en':
      return 'en';
    case 'auto':
      return script === 'latin' ? 'en' : 'zh';
  }
}

/**
 * Builds one document from a duty table: each distinct unit path prefix is
 * a unit (kind from its name's suffix), and each row gives one duty of the
 * unit at the end of its path, or several when its cell holds a numbered
 * list. Unit names are normalised (Simplified, width-folded); placeholder
 * cells such as "(部门总述)" attach the row to the unit above. Rows left
 * with no unit are skipped with a warning. Ids are stable: they depend on
 * the file stem, the unit path and the duty text only.
 */
export function tableToModel(input: TableInput, options: ParseOptions = {}): ParsedFile {
  const { file, rows } = input;
  const stem = basename(file, extname(file));
  const docId = documentId(stem, null);
  const script = detectScript(rows.map((r) => r.duty).join('\n'));
  const language = languageOf(options.language, script);
  const document: OrgDocument = { id: docId, title: stem, source: { file, line: 1 }, language, script };
  const warnings: string[] = [];

  // Units, parents first, in order of first appearance; keyed by their joined path.
  const unitByKey = new Map<string, Unit>();
  const keyOf = (path: readonly string[]): string => path.join('\u0000');
  const ensureUnit = (path: string[], line: number): void => {
    for (let depth = 0; depth < path.length; depth++) {
      const prefix = path.slice(0, depth + 1);
      const key = keyOf(prefix);
      if (unitByKey.has(key)) continue;
      const name = prefix[depth];
      unitByKey.set(key, {
        id: unitId(docId, prefix),
        documentId: docId,
        name,
        kind: unitKindOf(name, depth),
        parentId: depth === 0 ? null : keyOf(prefix.slice(0, depth)), // a key for now, an id below
        path: prefix,
        attributes: {},
        source: { file, line },
      });
    }
  };

  const drafts: { unitKey: string; number: string | null; text: string; normalized: string; line: number }[] = [];
  for (const row of rows) {
    const path = row.path.filter((name) => !isPlaceholderUnit(name)).map((name) => normalizeText(name)).filter((n) => n !== '');
    if (path.length === 0) {
      warnings.push(`${file}:${row.line}: duty with no unit, skipped`);
      continue;
    }
    ensureUnit(path, row.line);
    for (const item of splitNumberedCell(row.duty)) {
      // When normalising changes nothing, the duty holds one string for both (a million-row table is not held twice).
      const folded = normalizeText(item.text);
      const normalized = folded === item.text ? item.text : folded;
      if (normalized === '') continue;
      drafts.push({ unitKey: keyOf(path), number: item.number, text: item.text, normalized, line: row.line });
    }
  }

  const drafted = [...unitByKey.values()];
  const finalUnitIds = uniqueIds(drafted.map((u) => u.id));
  const idByKey = new Map<string, string>(drafted.map((u, i) => [keyOf(u.path), finalUnitIds[i]]));
  const units: Unit[] = drafted.map((u, i) => ({
    ...u,
    id: finalUnitIds[i],
    parentId: u.parentId === null ? null : idByKey.get(u.parentId)!,
  }));

  const dutyIds = uniqueIds(drafts.map((d) => dutyId(idByKey.get(d.unitKey)!, d.normalized)));
  const duties: Duty[] = drafts.map((d, i) => ({
    id: dutyIds[i],
    unitId: idByKey.get(d.unitKey)!,
    parentId: null,
    level: 0,
    number: d.number,
    text: d.text,
    normalized: d.normalized,
    role: roleOf(d.normalized, language),
    proposed: false,
    note: null,
    links: [],
    source: { file, line: d.line },
  }));

  return { documents: [document], units, duties, warnings };
}
