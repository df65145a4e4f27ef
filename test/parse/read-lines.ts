import type { TextLine } from '../../src/ingest/types.ts';
import type { ParsedFile } from '../../src/parse/parsed-file.ts';
import { parseText } from '../../src/parse/parse-text.ts';

/** Splits text into 1-based lines, as ingest does for a plain-text file. */
export function toLines(text: string): TextLine[] {
  return text.split(/\r?\n/u).map((t, i) => ({ text: t, line: i + 1 }));
}

/** parseText over a string. */
export function parse(text: string, file = 'test.txt'): ParsedFile {
  return parseText(file, toLines(text));
}

/** The duty texts of the unit with this name, in order. */
export function dutiesOf(parsed: ParsedFile, unitName: string): string[] {
  const unit = parsed.units.find((u) => u.name === unitName);
  if (!unit) throw new Error(`no unit ${unitName}; units: ${parsed.units.map((u) => u.name).join(', ')}`);
  return parsed.duties.filter((d) => d.unitId === unit.id).map((d) => d.text);
}
