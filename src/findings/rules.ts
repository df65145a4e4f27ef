import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { InputError } from '../util/errors.ts';

/** The data that decides relations: boilerplate and internal patterns, scope groups, steer/execute words. */
export interface RelationRules {
  /** Boilerplate duty patterns (category `generic`). */
  generic: RegExp[];
  /** A normalised duty text carried by this many units of one document is boilerplate. */
  genericMinUnits: number;
  /** A unit managing itself (category `internal`). */
  internal: RegExp[];
  /** A scope wider than the unit (全公司, 各部门): such a duty is business even when it reads like self-management. */
  wide: RegExp[];
  /** Scope groups: name → alternatives, longest first. */
  segments: Map<string, string[]>;
  /** Words of a duty that steers shared work (统筹, 审批 …). */
  steer: string[];
  /** Words of a duty that runs shared work day to day (日常管理, 建议权 …). */
  execute: string[];
}

const GenericFile = z.object({ patterns: z.array(z.string()), minUnits: z.number().int().min(2).optional() }).strict();
const InternalFile = z.object({ patterns: z.array(z.string()), wide: z.array(z.string()).optional() }).strict();
const SegmentsFile = z.object({ groups: z.record(z.string(), z.array(z.union([z.string(), z.number()]))) }).strict();
const CoordinationFile = z.object({ steer: z.array(z.string()), execute: z.array(z.string()) }).strict();

/** The folder of the rules shipped with dutylens. */
export const DEFAULT_RULES_DIR = fileURLToPath(new URL('../../analysis/rules/', import.meta.url));

function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(file, `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(file, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

function compile(file: string, patterns: string[]): RegExp[] {
  return patterns.map((p) => {
    try {
      return new RegExp(p, 'iu');
    } catch (error) {
      throw new InputError(file, `bad pattern ${JSON.stringify(p)}: ${(error as Error).message}`);
    }
  });
}

/** Reads the relation rules from a folder holding generic.yaml, internal.yaml, segments.yaml, coordination.yaml. */
export function loadRelationRules(dir: string = DEFAULT_RULES_DIR): RelationRules {
  const path = (name: string) => `${dir.replace(/\/?$/, '/')}${name}`;
  const generic = readYaml(path('generic.yaml'), GenericFile);
  const internal = readYaml(path('internal.yaml'), InternalFile);
  const segments = readYaml(path('segments.yaml'), SegmentsFile);
  const coordination = readYaml(path('coordination.yaml'), CoordinationFile);
  return {
    generic: compile(path('generic.yaml'), generic.patterns),
    genericMinUnits: generic.minUnits ?? 4,
    internal: compile(path('internal.yaml'), internal.patterns),
    wide: compile(path('internal.yaml'), internal.wide ?? []),
    segments: new Map(
      Object.entries(segments.groups).map(([name, terms]) => [
        name,
        terms.map(String).sort((a, b) => b.length - a.length || (a < b ? -1 : 1)),
      ]),
    ),
    steer: [...coordination.steer].sort((a, b) => b.length - a.length),
    execute: [...coordination.execute].sort((a, b) => b.length - a.length),
  };
}
