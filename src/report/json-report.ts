/**
 * result.json as written by the report: validated against the schema, keys
 * in schema order, the keys of free-form records sorted, so equal results
 * give equal bytes. Laid out for people and line tools alike: the top level
 * is indented, and each item of a top-level array (a document, unit, duty,
 * pair, matrix …) is one line, so `grep d-0bff7f7f0c72 result.json` shows a
 * whole duty or pair and a diff shows which ones changed. One line per item
 * also keeps a million-duty result about half the size of a fully indented one.
 *
 * It is produced as a sequence of chunks, one array item at a time, so a
 * result with millions of pairs is written as a stream (resultJsonChunks)
 * without ever holding the whole text, which would pass V8's string limit
 * (~0.5 GB) long before memory runs out. resultJson joins the same chunks.
 */
import { z } from 'zod';
import { PairSchema, ResultSchema, resultParts, type Result, type ResultParts } from '../model.ts';

function sortRecords(value: unknown, inRecord: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => sortRecords(v, inRecord));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (inRecord) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortRecords(v, RECORD_KEYS.has(k))]));
}

/** Fields whose value is a record with free keys (or nested arrays of them). */
const RECORD_KEYS = new Set(['attributes', 'byRelation', 'counts']);

/** The result's top-level fields, in schema order. */
const RESULT_KEYS = Object.keys(ResultSchema.shape) as (keyof Result)[];

/** A value as JSON.stringify(…, null, 2) prints it `depth` levels down. */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/** Items of one top-level array, each already validated and in key order. */
function* arrayChunks(key: string, count: number, itemAt: (k: number) => unknown, last: boolean): Generator<string> {
  if (count === 0) {
    yield `  ${JSON.stringify(key)}: []${last ? '' : ','}\n`;
    return;
  }
  yield `  ${JSON.stringify(key)}: [\n`;
  // Items are joined in batches: one write per item would dominate at millions of pairs.
  let batch = '';
  for (let k = 0; k < count; k++) {
    batch += `    ${JSON.stringify(itemAt(k))}${k + 1 < count ? ',' : ''}\n`;
    if (batch.length > 1 << 16) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}  ]${last ? '' : ','}\n`;
}

/** Whether values of the schema can hold a free-keyed record (whose keys sortRecords must sort). */
function holdsRecords(schema: z.ZodType): boolean {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return holdsRecords(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return holdsRecords(schema.element as z.ZodType);
  if (schema instanceof z.ZodObject) return Object.entries(schema.shape).some(([k, v]) => RECORD_KEYS.has(k) || holdsRecords(v as z.ZodType));
  return false;
}

/** The schema of one item of a top-level array field (unwrapping .optional()). */
function itemSchema(key: keyof Result): z.ZodType | undefined {
  let schema: z.ZodType = ResultSchema.shape[key];
  if (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
  return schema instanceof z.ZodArray ? (schema.element as z.ZodType) : undefined;
}

/**
 * result.json, chunk by chunk: the validated, key-ordered result, its top
 * level indented by two spaces and each top-level array item on one line,
 * plus a final newline.
 * Top-level arrays (duties, pairs …) are validated and printed one item at a
 * time, so neither a parsed copy nor the text of the whole result is held.
 */
export function* resultJsonChunks(parts: ResultParts): Generator<string> {
  const head = parts.head as Record<string, unknown>;
  const unknown = Object.keys(head).filter((key) => key === 'pairs' || !RESULT_KEYS.includes(key as keyof Result));
  if (unknown.length > 0) throw new Error(`result has fields the schema does not know: ${unknown.join(', ')}`);
  const keys = RESULT_KEYS.filter((key) => key === 'pairs' || head[key] !== undefined || !ResultSchema.shape[key].safeParse(undefined).success);
  yield '{\n';
  for (const [n, key] of keys.entries()) {
    const last = n === keys.length - 1;
    const item = itemSchema(key);
    // zod's parse already puts an object's keys in schema order; only free-keyed records need sorting.
    const print = holdsRecords(ResultSchema.shape[key]) ? (value: unknown) => sortRecords(value, RECORD_KEYS.has(key)) : (value: unknown) => value;
    if (key === 'pairs') {
      yield* arrayChunks(key, parts.pairCount, (k) => print(PairSchema.parse(parts.pairAt(k))), last);
    } else if (item && Array.isArray(head[key])) {
      const list = head[key] as unknown[];
      yield* arrayChunks(key, list.length, (k) => print(item.parse(list[k])), last);
    } else {
      yield `  ${JSON.stringify(key)}: ${indented(print(ResultSchema.shape[key].parse(head[key])), 1)}${last ? '' : ','}\n`;
    }
  }
  yield '}\n';
}

/** result.json content, whole. */
export function resultJson(result: Result): string {
  let text = '';
  for (const chunk of resultJsonChunks(resultParts(result))) text += chunk;
  return text;
}
