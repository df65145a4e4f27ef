/**
 * Reference catalogues: YAML trees of the functions an organisation needs,
 * each with example phrasings that get matched against duties to find gaps
 * ("不缺项") and unclear ownership ("不重复"). The zod schema here is the one
 * source of the catalogue format; docs/catalogue.schema.json is generated
 * from it (see catalogue-json-schema.ts).
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { InputError } from '../util/errors.ts';

/** Version of the catalogue file format. */
export const CATALOGUE_VERSION = 1;

/** A function id: lower-case kebab or dotted ("market-research", "finance.tax"), stable across edits. */
export const FunctionIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'ids are lower-case kebab or dotted, like "market-research" or "finance.tax"');

/** A name in Chinese and/or English; at least one is required. */
export const LocalizedNameSchema = z
  .object({
    zh: z.string().min(1).optional().describe('Chinese (Simplified) name.'),
    en: z.string().min(1).optional().describe('English name.'),
  })
  .strict()
  .refine((n) => n.zh !== undefined || n.en !== undefined, { message: 'give a zh or an en name' });
export type LocalizedName = z.infer<typeof LocalizedNameSchema>;

/** The shape of one catalogue function, spelled out because the schema refers to itself. */
export interface CatalogueNode {
  /** Stable id, unique in the catalogue. */
  id: string;
  /** Display name. */
  name: LocalizedName;
  /** What the function is, in a sentence or two. */
  description: string;
  /** Duty-like phrasings that say what owning the function looks like; the text matched against duties. */
  examples: string[];
  /** Sub-functions. */
  children?: CatalogueNode[];
}

/** One function of a catalogue, with optional sub-functions. */
export const CatalogueNodeSchema: z.ZodType<CatalogueNode> = z
  .object({
    id: FunctionIdSchema.describe('Stable id, unique in the catalogue.'),
    name: LocalizedNameSchema,
    description: z.string().describe('What the function is, in a sentence or two.'),
    examples: z
      .array(z.string().min(1))
      .describe(
        'Duty-like phrasings (Chinese and/or English) that say what owning the function looks like; matched against duties. A function with none is a heading and is not checked.',
      ),
    get children() {
      return z.array(CatalogueNodeSchema).optional().describe('Sub-functions.');
    },
  })
  .strict()
  .refine((f) => f.examples.length > 0 || (f.children?.length ?? 0) > 0, {
    message: 'a function without children needs at least one example',
    path: ['examples'],
  })
  // Names the recursive definition in the generated JSON Schema ($defs/CatalogueFunction).
  .meta({ id: 'CatalogueFunction' });

/** Ids that occur more than once anywhere in the tree, in first-seen order. */
function repeatedIds(nodes: readonly CatalogueNode[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  const walk = (list: readonly CatalogueNode[]): void => {
    for (const node of list) {
      if (seen.has(node.id) && !repeated.includes(node.id)) repeated.push(node.id);
      seen.add(node.id);
      walk(node.children ?? []);
    }
  };
  walk(nodes);
  return repeated;
}

/**
 * The kind of unit a catalogue describes: a department (named: 市场部 and
 * its other names) or a whole organisation (several departments). Coverage
 * is checked only for documents that describe such a unit whole; checking a
 * single post's list against a department's catalogue reports every other
 * function as missing.
 */
export const CatalogueUnitSchema = z
  .object({
    kind: z.enum(['department', 'organisation']).describe('department: a document is checked when its title or a top unit names the department; organisation: when it describes at least two departments.'),
    names: z.array(z.string().min(1)).default([]).describe('For a department: the names it goes by (市场部, 市场营销部, Marketing), matched inside titles and unit names. For an organisation: the words its kind is named with (公司, 集团, Company); an organisation whose own name is known is checked only when a title or that name holds one.'),
    minDuties: z.number().int().min(1).optional().describe('Business duties a document needs to describe the unit whole; default a third of the checked functions.'),
    minShare: z.number().min(0).max(1).optional().describe('Share of the checked functions a document must own (any role) to describe the unit whole; below it, what it lacks is not reported as gaps. Default 0.5.'),
  })
  .strict();
export type CatalogueUnit = z.infer<typeof CatalogueUnitSchema>;

/** A reference catalogue: a named tree of functions. */
export const CatalogueSchema = z
  .object({
    catalogueVersion: z.literal(CATALOGUE_VERSION).describe('Catalogue file format version.'),
    id: FunctionIdSchema.describe('Catalogue id.'),
    name: LocalizedNameSchema,
    description: z.string().describe('What organisation or unit the catalogue describes, and where it comes from.'),
    functions: z.array(CatalogueNodeSchema).min(1).describe('Top-level functions.'),
    unit: CatalogueUnitSchema.optional().describe('What a document must describe to be checked against the catalogue; absent: every document big enough.'),
  })
  .strict()
  .superRefine((c, ctx) => {
    // Coverage and gap findings name functions by id, so an id used twice would merge two functions.
    for (const id of repeatedIds(c.functions)) {
      ctx.addIssue({ code: 'custom', path: ['functions'], message: `function id "${id}" is used more than once` });
    }
  });
export type Catalogue = z.infer<typeof CatalogueSchema>;

/** "functions[2].children[0].examples" from a zod issue path. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

/** The id of the innermost function on an issue path, to help find it in a long file. */
function nearestId(data: unknown, path: readonly PropertyKey[]): string | null {
  let node: unknown = data;
  let id: string | null = null;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const maybe = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof maybe === 'string') id = maybe;
  }
  return id;
}

/**
 * Validates already-parsed catalogue data. Throws an InputError naming the
 * file, the failing field and (when it has one) the function's id.
 */
export function parseCatalogueData(data: unknown, file: string): Catalogue {
  const parsed = CatalogueSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = fieldPath(issue.path) || '(top level)';
  const id = nearestId(data, issue.path);
  const where = id === null ? field : `${field} (function "${id}")`;
  throw new InputError(file, `${where}: ${issue.message}`);
}

/** Parses catalogue YAML text; `file` names the source in error messages. */
export function parseCatalogue(text: string, file: string): Catalogue {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      throw new InputError(file, `invalid YAML${line === undefined ? '' : ` at line ${line}`}: ${error.message.split('\n')[0]}`);
    }
    throw error;
  }
  return parseCatalogueData(data, file);
}
