import { InputError } from '../util/errors.ts';
import type { ColumnOverrides } from './types.ts';

/** Where the unit-path and duty columns of a table are: 0-based column indices. */
export interface ColumnIndices {
  /** Unit-path columns, left to right = top unit down. */
  unit: number[];
  /** The duty column. */
  duty: number;
}

/** Header names (compared by headerKey) that name a unit-path column. */
export const UNIT_HEADERS: readonly string[] = [
  '部门', '单位', '处室', '科室', '内设机构', '岗位', '职位',
  'unit', 'units', 'department', 'departments', 'subunit', 'division', 'office', 'section',
  'position', 'role', 'occupation',
];

/** Header names (compared by headerKey) that name the duty column. */
export const DUTY_HEADERS: readonly string[] = [
  '职责', '职责描述', '主要职责', '工作职责', '职能',
  'duty', 'duties', 'task', 'tasks', 'responsibility', 'responsibilities', 'description',
];

/** A header that names the duty column in other words (岗位职责, "Key duties"), tried when no exact name matches. */
const DUTY_HEADER_PATTERN = /职责|职能|\bdut(y|ies)\b|responsibilit|\btasks?\b/u;

/**
 * The form headers are compared in: full-width ASCII folded, lower case,
 * trimmed, inner whitespace collapsed, and a trailing 名称 / "name" dropped
 * so that 部门名称 and "Unit name" read as 部门 and unit.
 */
export function headerKey(header: string): string {
  const folded = header.replace(/[\uff01-\uff5e]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  return folded
    .replace(/[\s\u3000]+/gu, ' ')
    .trim()
    .toLowerCase()
    .replace(/[:：]$/u, '')
    .replace(/\s*(名称|name)$/u, '')
    .trim();
}

/** The index of the column named `name` (by headerKey), or throws naming the headers seen. */
function columnNamed(headers: readonly string[], name: string, flag: string, file: string): number {
  const key = headerKey(name);
  const at = headers.findIndex((h) => headerKey(h) === key || h.trim().toLowerCase() === name.trim().toLowerCase());
  if (at === -1) {
    throw new InputError(file, `no column "${name}" (given with ${flag}) among the headers: ${seen(headers)}`);
  }
  return at;
}

/** The headers as listed in an error message. */
function seen(headers: readonly string[]): string {
  const shown = headers.map((h) => h.trim()).filter((h) => h !== '');
  return shown.length === 0 ? '(none)' : shown.join(', ');
}

/** The duty column guessed from the headers, or -1: an exact name first, else the leftmost header that mentions duties. */
export function guessDutyColumn(headers: readonly string[]): number {
  const exact = headers.findIndex((h) => DUTY_HEADERS.includes(headerKey(h)));
  return exact !== -1 ? exact : headers.findIndex((h) => DUTY_HEADER_PATTERN.test(headerKey(h)));
}

/** The unit-path columns guessed from the headers, left to right, leaving out the duty column. */
export function guessUnitColumns(headers: readonly string[], duty: number): number[] {
  const out: number[] = [];
  headers.forEach((h, i) => {
    if (i !== duty && UNIT_HEADERS.includes(headerKey(h))) out.push(i);
  });
  return out;
}

/**
 * Finds the unit-path and duty columns of a table from its header row, or
 * from the names the user gave (`--unit-columns`, `--duty-column`), which
 * win over the guess. Throws InputError naming the headers it saw and the
 * flag to use when a column cannot be found.
 */
export function findColumns(headers: readonly string[], overrides: ColumnOverrides | undefined, file: string): ColumnIndices {
  const duty = overrides?.duty ? columnNamed(headers, overrides.duty, '--duty-column', file) : guessDutyColumn(headers);
  if (duty === -1) {
    throw new InputError(file, `no duty column found among the headers: ${seen(headers)}; name it with --duty-column`);
  }
  const unit =
    overrides?.unit && overrides.unit.length > 0
      ? overrides.unit.map((name) => columnNamed(headers, name, '--unit-columns', file))
      : guessUnitColumns(headers, duty);
  if (unit.length === 0) {
    throw new InputError(file, `no unit column found among the headers: ${seen(headers)}; name them with --unit-columns`);
  }
  if (unit.includes(duty)) throw new InputError(file, `column "${headers[duty].trim()}" cannot be both a unit and the duty column`);
  return { unit, duty };
}
