import { basename, dirname, extname, resolve, sep } from 'node:path';
import { readInputs } from '../ingest/read-inputs.ts';
import type { ColumnOverrides, IngestedFile } from '../ingest/types.ts';
import type { ChangeEvent, DocumentCopy, Duty, InputReading, OrgModel } from '../model.ts';
import { ORG_MODEL_VERSION } from '../model.ts';
import { tableToModel } from '../parse/from-table.ts';
import { fileStem, parseText } from '../parse/parse-text.ts';
import type { FileReading, ParsedFile, ParseOptions } from '../parse/parsed-file.ts';
import { normalizeText } from '../text/normalize.ts';
import type { InputError } from '../util/errors.ts';
import { documentStems, dutyId, uniqueIds, unitId } from '../util/ids.ts';
import { TOOL } from '../util/version.ts';
import { appendAll } from '../util/append.ts';
import { findCopies } from './document-copies.ts';
import { inputReading, nothingReadWarning } from './input-readings.ts';
import { foldersAmong, pathsUnderRoots } from './input-roots.ts';

/** An org model built from the inputs, with what went wrong on the way. */
export interface LoadedModel {
  model: OrgModel;
  /** Files that could not be read (each names the file and the problem). */
  errors: InputError[];
  /** Non-fatal parser remarks. */
  warnings: string[];
  /** The files read, in order. */
  files: string[];
  /** How each text file was read, line by line (tables and org models have none): for `extract --explain`. */
  readings: FileReading[];
  /** How each input file was read, as the result records it (see mergeParsed). */
  inputReadings: InputReading[];
}

/**
 * How the inputs of one run are grouped into organisations, the scope in
 * which units are compared. Files no named organisation holds form one
 * organisation together, `defaultName`; a file the parser splits into
 * several documents (a compilation of unrelated organisations' pages) gives
 * one organisation per document, whatever group it is in.
 */
export interface InputGrouping {
  /** Named organisations and the files each holds (any path form); a file named twice goes to the first. */
  named: readonly { name: string; files: readonly string[] }[];
  /** The organisation of the other files; when it holds one document only, the document's id names it. */
  defaultName: string;
}

/** Everything in one organisation, named after the inputs: a folder's name, or a single file's stem. */
export function defaultGrouping(paths: readonly string[]): InputGrouping {
  const absolute = paths.map((p) => resolve(p));
  const name = absolute.length === 1 ? basename(absolute[0], extname(absolute[0])) : basename(commonFolder(absolute));
  return { named: [], defaultName: name === '' ? 'organisation' : name };
}

function commonFolder(paths: readonly string[]): string {
  let common = dirname(paths[0]);
  while (!paths.every((p) => p === common || p.startsWith(common.endsWith(sep) ? common : `${common}${sep}`))) common = dirname(common);
  return common;
}

/**
 * One file's parse; an org model read back also brings the copies it names,
 * and a text file the number of its non-blank characters (each line trimmed,
 * as the parser's share of the text used counts them).
 */
export type LoadedParse = ParsedFile & { copies?: DocumentCopy[]; characters?: number };

/**
 * Turns one ingested file into documents, units and duties. `stem` names the
 * file's documents (see documentStems). An org model read back keeps its ids,
 * and each duty's `normalized` is worked out again from its `text`, so a
 * duty whose text was edited by hand is analysed as edited.
 */
export function parseIngested(file: IngestedFile, options: ParseOptions): LoadedParse {
  switch (file.kind) {
    case 'text':
      return { ...parseText(file.file, file.lines, options), characters: file.lines.reduce((n, l) => n + (l.text ?? '').trim().length, 0) };
    case 'table': {
      const parsed = tableToModel({ file: file.file, rows: file.rows, columns: file.columns }, options);
      return options.stem === undefined || options.stem === fileStem(file.file) ? parsed : renameTableDocument(parsed, options.stem);
    }
    case 'model':
      return {
        documents: file.model.documents,
        units: file.model.units,
        duties: file.model.duties.map(renormalized),
        ...(file.model.events ? { events: file.model.events } : {}),
        warnings: [],
        ...(file.model.copies ? { copies: file.model.copies } : {}),
      };
  }
}

function renormalized(duty: Duty): Duty {
  const folded = normalizeText(duty.text);
  const normalized = folded === duty.text ? duty.text : folded;
  return normalized === duty.normalized ? duty : { ...duty, normalized };
}

/**
 * A table's one document under another id, with the unit and duty ids made
 * the way the table reader makes them (unit: document + path; duty: unit +
 * text). The table reader (src/parse/from-table.ts) names its document after
 * the file name alone; its ids are remade here rather than there.
 */
function renameTableDocument(parsed: ParsedFile, stem: string): ParsedFile {
  if (parsed.documents.length !== 1) return parsed;
  const unitIds = uniqueIds(parsed.units.map((u) => unitId(stem, u.path)));
  const unitIdOf = new Map(parsed.units.map((u, i) => [u.id, unitIds[i]]));
  const dutyIds = uniqueIds(parsed.duties.map((d) => dutyId(unitIdOf.get(d.unitId)!, d.normalized)));
  const dutyIdOf = new Map(parsed.duties.map((d, i) => [d.id, dutyIds[i]]));
  return {
    documents: [{ ...parsed.documents[0], id: stem }],
    units: parsed.units.map((u) => ({ ...u, id: unitIdOf.get(u.id)!, documentId: stem, parentId: u.parentId === null ? null : unitIdOf.get(u.parentId)! })),
    duties: parsed.duties.map((d) => ({ ...d, id: dutyIdOf.get(d.id)!, unitId: unitIdOf.get(d.unitId)!, parentId: d.parentId === null ? null : dutyIdOf.get(d.parentId)! })),
    warnings: parsed.warnings,
  };
}

/** One input file's parse, as the merge takes it. */
export interface ParsedInput {
  /** The file, as listed. */
  file: string;
  parsed: LoadedParse;
  /** True for an org model read back: its documents keep the organisations they record. */
  fromModel: boolean;
}

/**
 * Joins parsed files into one org model, with every document's organisation
 * set (see InputGrouping), and each document that copies an earlier one of
 * its group read once (findCopies): dropped, and named in `copies`. A
 * document id seen twice (two org models of the same documents) is reported
 * and its second copy dropped. A document of an org model that records no
 * organisation is an organisation of its own, as it was analysed before
 * organisations existed. Each input's reading (inputReading) is recorded in
 * input order, and a file that yielded no duties is named once in the
 * warnings (the parser names most; nothingReadWarning the rest).
 */
export function mergeParsed(parts: readonly ParsedInput[], grouping: InputGrouping): { model: OrgModel; warnings: string[]; readings: InputReading[] } {
  const warnings: string[] = [];
  const readings: InputReading[] = [];
  const seen = new Set<string>();
  const named = grouping.named.map((g) => ({ name: g.name, files: new Set(g.files.map((f) => resolve(f))) }));
  const groupOfFile = (file: string): string | null => named.find((g) => g.files.has(resolve(file)))?.name ?? null;
  const all: OrgModel = { orgModelVersion: ORG_MODEL_VERSION, tool: TOOL, documents: [], units: [], duties: [] };
  const copies: DocumentCopy[] = [];
  const events: ChangeEvent[] = [];
  // The group each document is read in, and how its organisation is settled.
  const group = new Map<string, string>();
  const own = new Set<string>(); // pieces of a compilation: an organisation each
  const byDefault = new Set<string>(); // in the default organisation
  for (const part of parts) {
    appendAll(warnings, part.parsed.warnings);
    const reading = inputReading(part.file, part.parsed, part.fromModel);
    readings.push(reading);
    const nothing = nothingReadWarning(reading, part.parsed);
    if (nothing !== null) warnings.push(nothing);
    appendAll(copies, part.parsed.copies ?? []);
    const fresh = new Set<string>();
    const namedGroup = groupOfFile(part.file);
    for (const d of part.parsed.documents) {
      if (seen.has(d.id)) {
        warnings.push(`${d.source.file}: document id ${d.id} is already used by another input; this copy is skipped`);
        continue;
      }
      seen.add(d.id);
      fresh.add(d.id);
      all.documents.push(d);
      if (part.fromModel) group.set(d.id, d.organisation ?? namedGroup ?? d.id);
      else {
        group.set(d.id, namedGroup ?? grouping.defaultName);
        if (part.parsed.documents.length > 1) own.add(d.id);
        else if (namedGroup === null) byDefault.add(d.id);
      }
    }
    const units = part.parsed.units.filter((u) => fresh.has(u.documentId));
    const unitIds = new Set(units.map((u) => u.id));
    appendAll(all.units, units);
    for (const d of part.parsed.duties) if (unitIds.has(d.unitId)) all.duties.push(d);
    for (const e of part.parsed.events ?? []) if (fresh.has(e.documentId)) events.push(e);
  }
  const found = findCopies(all, (id) => group.get(id)!);
  const dropped = new Set(found.map((c) => c.document));
  const documents = all.documents.filter((d) => !dropped.has(d.id));
  const alone = documents.filter((d) => byDefault.has(d.id)).length === 1;
  const model: OrgModel = {
    ...all,
    documents: documents.map((d) => ({ ...d, organisation: own.has(d.id) || (alone && byDefault.has(d.id)) ? d.id : group.get(d.id)! })),
    units: all.units.filter((u) => !dropped.has(u.documentId)),
  };
  const kept = new Set(model.units.map((u) => u.id));
  model.duties = all.duties.filter((d) => kept.has(d.unitId));
  const allCopies = [...copies, ...found];
  if (allCopies.length > 0) model.copies = allCopies;
  const keptEvents = events.filter((e) => !dropped.has(e.documentId));
  if (keptEvents.length > 0) model.events = keptEvents;
  return { model, warnings, readings };
}

/** Reads, ingests and parses every input into one org model (grouped as `grouping` says; by default, one organisation). */
export async function loadModel(
  paths: readonly string[],
  options: ParseOptions & { strict?: boolean; overrides?: ColumnOverrides; grouping?: InputGrouping },
): Promise<LoadedModel> {
  const { files, errors } = await readInputs([...paths], { strict: options.strict ?? false, overrides: options.overrides });
  const listed = files.map((f) => f.file);
  const under = pathsUnderRoots(listed, await foldersAmong(paths));
  const stems = documentStems(listed.map((path, i) => ({ path, under: under[i] })));
  const parts = files.map((f, i) => ({ file: f.file, parsed: parseIngested(f, { language: options.language, stem: stems[i] }), fromModel: f.kind === 'model' }));
  const { model, warnings, readings: inputReadings } = mergeParsed(parts, options.grouping ?? defaultGrouping(paths));
  const readings = parts.flatMap((p) => (p.parsed.reading ? [p.parsed.reading] : []));
  return { model, errors, warnings, files: listed, readings, inputReadings };
}
