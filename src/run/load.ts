import { basename, dirname, extname, resolve, sep } from 'node:path';
import { readInputs } from '../ingest/read-inputs.ts';
import type { ColumnOverrides } from '../ingest/types.ts';
import type { ChangeEvent, DocumentCopy, InputReading, OrgModel } from '../model.ts';
import { ORG_MODEL_VERSION } from '../model.ts';
import type { FileReading, ParseOptions } from '../parse/parsed-file.ts';
import type { InputError } from '../util/errors.ts';
import { documentStems } from '../util/ids.ts';
import { TOOL } from '../util/version.ts';
import { appendAll } from '../util/append.ts';
import { findCopies } from './document-copies.ts';
import { inputReading, nothingReadWarning } from './input-readings.ts';
import { foldersAmong, pathsUnderRoots } from './input-roots.ts';
import { parseFiles, type ParsePoolOptions } from './parse-pool.ts';
import type { LoadedParse } from './parse-ingested.ts';

export { parseIngested, type LoadedParse } from './parse-ingested.ts';

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
  /**
   * For the files no named organisation holds: 'folder' makes each top-level
   * folder under an input folder an organisation of its own, named after it
   * (a group's companies, one folder each; loose files stay in the default
   * one), 'file' each file (named by its document id). Absent: one default organisation.
   */
  per?: OrganisationPer;
  /** The organisation of the other files; when it holds one document only, the document's id names it. */
  defaultName: string;
}

/** How inputs no named organisation holds are grouped, beside the default organisation (see InputGrouping.per). */
export type OrganisationPer = 'folder' | 'file';

/** The organisations `per` puts a file in, from its path under its input folder; null: the default one. */
export function organisationPerPath(per: OrganisationPer | undefined, under: string | undefined): string | null {
  if (per === undefined || under === undefined) return null;
  const parts = under.split(/[\\/]/u).filter((p) => p !== '');
  switch (per) {
    case 'folder':
      return parts.length >= 2 ? parts[0] : null;
    case 'file': {
      const path = parts.join('/');
      const ext = extname(path);
      return ext === '' ? path : path.slice(0, -ext.length);
    }
  }
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

/** One input file's parse, as the merge takes it. */
export interface ParsedInput {
  /** The file, as listed. */
  file: string;
  parsed: LoadedParse;
  /** True for an org model read back: its documents keep the organisations they record. */
  fromModel: boolean;
  /** The file's path under its input folder (its own name when given alone), for InputGrouping.per. */
  under?: string;
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
    const namedGroup = groupOfFile(part.file) ?? organisationPerPath(grouping.per, part.under);
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

/**
 * Reads, ingests and parses every input into one org model (grouped as
 * `grouping` says; by default, one organisation). Many files are parsed on
 * worker threads too (`pool`, see parseFiles); the model does not depend on it.
 */
export async function loadModel(
  paths: readonly string[],
  options: ParseOptions & { strict?: boolean; overrides?: ColumnOverrides; grouping?: InputGrouping; pool?: ParsePoolOptions },
): Promise<LoadedModel> {
  const { files, errors } = await readInputs([...paths], { strict: options.strict ?? false, overrides: options.overrides });
  const listed = files.map((f) => f.file);
  const under = pathsUnderRoots(listed, await foldersAmong(paths));
  const stems = documentStems(listed.map((path, i) => ({ path, under: under[i] })));
  const parsed = await parseFiles(files, (i) => ({ language: options.language, stem: stems[i] }), options.pool);
  const parts = files.map((f, i) => ({ file: f.file, parsed: parsed[i], fromModel: f.kind === 'model', under: under[i] }));
  const { model, warnings, readings: inputReadings } = mergeParsed(parts, options.grouping ?? defaultGrouping(paths));
  const readings = parts.flatMap((p) => (p.parsed.reading ? [p.parsed.reading] : []));
  return { model, errors, warnings, files: listed, readings, inputReadings };
}
