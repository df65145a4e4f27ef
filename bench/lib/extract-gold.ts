import { z } from 'zod';

/**
 * The gold format of the extraction benchmark: the open set
 * (../shared/eval/extract-open/gold.json) and every batch of the project's
 * own corpus (test/corpus/extract/<batch>/gold.json) share it. Fields the
 * scorer does not read (notes, truncated, kind …) are allowed and dropped.
 */

/** One unit the tool should find, with what is scored about it. */
export const GoldUnitSchema = z.object({
  /** The name as written in the source. */
  name: z.string().min(1),
  /** Other accepted spellings (Simplified form, short forms the document uses). */
  aliases: z.array(z.string()).default([]),
  /** Name of the parent unit, or null for a top unit. */
  parent: z.string().nullable().default(null),
  /** Number of top-level duties; null when the count is not scored. */
  duties: z.number().int().min(0).nullable().default(null),
  /** Substrings that must appear in some duty of this unit. */
  keys: z.array(z.string()).default([]),
  /** Keys the source splits across a page-chunk break: listed, never counted. */
  split_keys: z.array(z.string()).default([]),
});
export type GoldUnit = z.infer<typeof GoldUnitSchema>;

/** The kinds of change event a reorganisation notice holds. */
export const GoldEventKindSchema = z.enum(['move', 'assign', 'abolish', 'rename', 'create', 'merge']);
export type GoldEventKind = z.infer<typeof GoldEventKindSchema>;

/** One change event of a reorganisation notice. */
export const GoldEventSchema = z.object({
  kind: GoldEventKindSchema,
  /** The unit the duty (or staff, or name) leaves, when there is one; for a merge, the units merged, joined by 、. */
  from: z
    .union([z.string(), z.array(z.string())])
    .nullable()
    .default(null)
    .transform((v) => (Array.isArray(v) ? v.join('、') : v)),
  /** The unit that receives it, when there is one. */
  to: z.string().nullable().default(null),
  /** What changes, as the labeller wrote it (not scored). */
  what: z.string().optional(),
  /** For move/assign: a substring the tool event's text must contain. */
  key: z.string().optional(),
});
export type GoldEvent = z.infer<typeof GoldEventSchema>;

/** One gold document: a file and what the tool should read from it. */
export const GoldDocumentSchema = z.object({
  id: z.string().min(1),
  /** Text file, relative to the folder of gold.json. */
  file: z.string().min(1),
  /** Document form (a–f, see the gold file's `forms`). */
  form: z.string().min(1),
  /** The organisation or position the document is about (free text by the labeller). */
  organisation: z.string().optional(),
  units: z.array(GoldUnitSchema),
  /** Names only mentioned: finding them is neither required nor penalised. */
  mentioned: z.array(z.string()).default([]),
  events: z.array(GoldEventSchema).optional(),
  /** Corpus batches only: which part the document belongs to. */
  split: z.enum(['tune', 'test']).optional(),
  url: z.string().optional(),
  labelled_by: z.string().optional(),
  /** Table rows, `files/<id>.table.json` relative to gold.json, from which a .docx is built and scored too. */
  docx_table: z.string().optional(),
});
export type GoldDocument = z.infer<typeof GoldDocumentSchema>;

/** The rows file of a `docx_table`. */
export const GoldTableSchema = z.object({ rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))) });

/** What reading one gold batch gave: its valid documents, and one line per problem. */
export interface GoldBatch {
  documents: GoldDocument[];
  /** One line each: a document that fails the schema is skipped, the others are kept. */
  problems: string[];
}

/** The first issue of a zod error, on one line. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(top)'}: ${issue.message}` : 'invalid';
}

/**
 * Parses the text of a gold.json (an object with `documents`, or a bare
 * array of documents). Returns a one-line reason instead when the text is not
 * JSON or has no document list (a batch still being written): the caller
 * skips the batch. Documents that fail the schema are skipped one by one.
 */
export function parseGoldBatch(text: string): GoldBatch | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: `not valid JSON (${String((error as Error).message).split('\n')[0]})` };
  }
  const list = Array.isArray(data) ? data : (data as { documents?: unknown } | null)?.documents;
  if (!Array.isArray(list)) return { error: 'no "documents" list' };
  const documents: GoldDocument[] = [];
  const problems: string[] = [];
  list.forEach((raw, k) => {
    const parsed = GoldDocumentSchema.safeParse(raw);
    const id = (raw as { id?: unknown } | null)?.id;
    if (parsed.success) documents.push(parsed.data);
    else problems.push(`document ${typeof id === 'string' ? id : `#${k + 1}`}: ${firstIssue(parsed.error)}, skipped`);
  });
  return { documents, problems };
}
