/**
 * result.json as written by the report: validated against the schema and
 * pretty-printed with keys in schema order (zod rebuilds objects in shape
 * order); the keys of free-form records are sorted so equal results give
 * equal bytes.
 */
import { ResultSchema, type Result } from '../model.ts';

function sortRecords(value: unknown, inRecord: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => sortRecords(v, inRecord));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (inRecord) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortRecords(v, RECORD_KEYS.has(k))]));
}

/** Fields whose value is a record with free keys (or nested arrays of them). */
const RECORD_KEYS = new Set(['attributes', 'byRelation', 'counts']);

/** result.json content. */
export function resultJson(result: Result): string {
  const parsed = ResultSchema.parse(result);
  return JSON.stringify(sortRecords(parsed, false), null, 2) + '\n';
}
