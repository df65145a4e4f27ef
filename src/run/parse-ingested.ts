import type { IngestedFile } from '../ingest/types.ts';
import type { DocumentCopy, Duty } from '../model.ts';
import { tableToModel } from '../parse/from-table.ts';
import { fileStem, parseText } from '../parse/parse-text.ts';
import type { ParsedFile, ParseOptions } from '../parse/parsed-file.ts';
import { normalizeText } from '../text/normalize.ts';
import { dutyId, uniqueIds, unitId } from '../util/ids.ts';

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
