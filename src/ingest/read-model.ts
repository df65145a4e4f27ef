import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { OrgModelSchema, type OrgModel } from '../model.ts';
import { InputError } from '../util/errors.ts';
import { decodeText } from './decode.ts';
import type { IngestedFile } from './types.ts';

/** A field path as a reader writes it: `duties[3].role`; the empty path is the file itself. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

/** One schema problem as `path: problem`, with zod's wording trimmed to what a consultant editing YAML needs. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `${fieldPath(issue.path)}: expected ${issue.values.length === 1 ? String(issue.values[0]) : `one of ${issue.values.map(String).join('|')}`}`;
    case 'unrecognized_keys':
      return `${fieldPath([...issue.path, issue.keys[0]])}: unknown field`;
    default:
      return `${fieldPath(issue.path)}: ${issue.message.replace(/^Invalid input: /u, '')}`;
  }
}

/**
 * The first broken reference of a schema-valid model, or null: ids must be
 * unique, and every documentId, unitId and parentId must name something that
 * exists, or later stages would silently drop or misfile the duty.
 */
export function modelReferenceError(model: OrgModel): string | null {
  const documents = new Set<string>();
  for (const [i, d] of model.documents.entries()) {
    if (documents.has(d.id)) return `documents[${i}].id: "${d.id}" is used twice`;
    documents.add(d.id);
  }
  const units = new Set<string>();
  for (const [i, u] of model.units.entries()) {
    if (units.has(u.id)) return `units[${i}].id: "${u.id}" is used twice`;
    units.add(u.id);
    if (!documents.has(u.documentId)) return `units[${i}].documentId: no document with id "${u.documentId}"`;
  }
  for (const [i, u] of model.units.entries()) {
    if (u.parentId !== null && !units.has(u.parentId)) return `units[${i}].parentId: no unit with id "${u.parentId}"`;
  }
  const duties = new Set<string>();
  for (const [i, d] of model.duties.entries()) {
    if (duties.has(d.id)) return `duties[${i}].id: "${d.id}" is used twice`;
    duties.add(d.id);
    if (!units.has(d.unitId)) return `duties[${i}].unitId: no unit with id "${d.unitId}"`;
  }
  for (const [i, d] of model.duties.entries()) {
    if (d.parentId !== null && !duties.has(d.parentId)) return `duties[${i}].parentId: no duty with id "${d.parentId}"`;
  }
  return null;
}

/** Parses YAML or JSON text, naming the syntax problem on failure. */
function parseData(text: string, file: string, format: 'yaml' | 'json'): unknown {
  try {
    return format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError(file, `not valid ${format === 'json' ? 'JSON' : 'YAML'}: ${reason}`);
  }
}

/**
 * Reads an org model written by `dutylens extract` (and perhaps edited by
 * hand) from .yaml/.yml or .json. The file must pass OrgModelSchema and
 * its ids must resolve; otherwise InputError names the first failing field,
 * e.g. `duties[3].role: expected one of lead|support|approve|oversee|unspecified`.
 * A result.json (which has `schemaVersion`) is refused with its own message.
 */
export function readModel(bytes: Uint8Array, file: string, format: 'yaml' | 'json'): IngestedFile {
  const { text } = decodeText(bytes, file);
  const data = parseData(text, file, format);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(file, 'not an org model: expected a mapping with orgModelVersion, documents, units and duties');
  }
  if ('schemaVersion' in data && !('orgModelVersion' in data)) {
    throw new InputError(
      file,
      'this is an analysis result (it has schemaVersion), not an org model: give the org model written by `dutylens extract`, or the source documents',
    );
  }
  const parsed = OrgModelSchema.safeParse(data);
  if (!parsed.success) throw new InputError(file, `not a valid org model: ${describeIssue(parsed.error.issues[0])}`);
  const broken = modelReferenceError(parsed.data);
  if (broken !== null) throw new InputError(file, `not a valid org model: ${broken}`);
  return { kind: 'model', file, format, model: parsed.data };
}
