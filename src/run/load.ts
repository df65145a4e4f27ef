import { readInputs } from '../ingest/read-inputs.ts';
import type { ColumnOverrides, IngestedFile } from '../ingest/types.ts';
import type { OrgModel } from '../model.ts';
import { ORG_MODEL_VERSION } from '../model.ts';
import { tableToModel } from '../parse/from-table.ts';
import { parseText } from '../parse/parse-text.ts';
import type { FileReading, ParsedFile, ParseOptions } from '../parse/parsed-file.ts';
import type { InputError } from '../util/errors.ts';
import { TOOL } from '../util/version.ts';

/** An org model built from the inputs, with what went wrong on the way. */
export interface LoadedModel {
  model: OrgModel;
  /** Files that could not be read (each names the file and the problem). */
  errors: InputError[];
  /** Non-fatal parser remarks. */
  warnings: string[];
  /** The files read, in order. */
  files: string[];
  /** How each text file was read (tables and org models have none). */
  readings: FileReading[];
}

/** Turns one ingested file into documents, units and duties. */
export function parseIngested(file: IngestedFile, options: ParseOptions): ParsedFile {
  switch (file.kind) {
    case 'text':
      return parseText(file.file, file.lines, options);
    case 'table':
      return tableToModel({ file: file.file, rows: file.rows, columns: file.columns }, options);
    case 'model':
      return { documents: file.model.documents, units: file.model.units, duties: file.model.duties, warnings: [] };
  }
}

/** Joins parsed files into one org model; a document id seen twice is reported and its second copy dropped. */
export function mergeParsed(parts: readonly ParsedFile[]): { model: OrgModel; warnings: string[] } {
  const warnings: string[] = [];
  const seen = new Set<string>();
  const model: OrgModel = { orgModelVersion: ORG_MODEL_VERSION, tool: TOOL, documents: [], units: [], duties: [] };
  for (const part of parts) {
    warnings.push(...part.warnings);
    const fresh = new Set<string>();
    for (const d of part.documents) {
      if (seen.has(d.id)) {
        warnings.push(`${d.source.file}: document id ${d.id} is already used by another input; this copy is skipped`);
        continue;
      }
      seen.add(d.id);
      fresh.add(d.id);
      model.documents.push(d);
    }
    const units = part.units.filter((u) => fresh.has(u.documentId));
    const unitIds = new Set(units.map((u) => u.id));
    model.units.push(...units);
    model.duties.push(...part.duties.filter((d) => unitIds.has(d.unitId)));
  }
  return { model, warnings };
}

/** Reads, ingests and parses every input into one org model. */
export async function loadModel(
  paths: readonly string[],
  options: ParseOptions & { strict?: boolean; overrides?: ColumnOverrides },
): Promise<LoadedModel> {
  const { files, errors } = await readInputs([...paths], { strict: options.strict ?? false, overrides: options.overrides });
  const parts = files.map((f) => parseIngested(f, options));
  const { model, warnings } = mergeParsed(parts);
  const readings = parts.flatMap((p) => (p.reading ? [p.reading] : []));
  return { model, errors, warnings, files: files.map((f) => f.file), readings };
}
