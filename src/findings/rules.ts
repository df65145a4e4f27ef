import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { InputError } from '../util/errors.ts';

/** The data that decides relations: boilerplate and internal patterns, scope groups, steer/execute words. */
export interface RelationRules {
  /** Boilerplate duty patterns (category `generic`). */
  generic: RegExp[];
  /** A unit managing itself (category `internal`). */
  internal: RegExp[];
  /** A scope wider than the unit (全公司, 各部门): such a duty is business even when it reads like self-management. */
  wide: RegExp[];
  /** Units whose business is what other units do for themselves (an HR unit's 员工培训, a finance unit's 成本控制): for a unit named so, such work is business. */
  mandates: Array<{ units: RegExp; work: RegExp }>;
  /** Scope groups: name → alternatives, longest first. */
  segments: Map<string, string[]>;
  /** Words of a duty that steers shared work (统筹, 审批 …). */
  steer: string[];
  /** Words of a duty that runs shared work day to day (日常管理, 建议权 …). */
  execute: string[];
}

const GenericFile = z.object({ patterns: z.array(z.string()), minUnits: z.number().int().min(2).optional() }).strict();
const InternalFile = z
  .object({ patterns: z.array(z.string()), wide: z.array(z.string()).optional(), mandates: z.array(z.object({ units: z.string(), work: z.string() }).strict()).optional() })
  .strict();
const SegmentsFile = z.object({ groups: z.record(z.string(), z.array(z.union([z.string(), z.number()]))) }).strict();
const CoordinationFile = z.object({ steer: z.array(z.string()), execute: z.array(z.string()) }).strict();

/** The rule files, by name: generic.yaml, internal.yaml, segments.yaml, coordination.yaml. */
export const RULE_FILES = ['generic.yaml', 'internal.yaml', 'segments.yaml', 'coordination.yaml'] as const;

/** One rule file as read: where it is (for messages) and its text. */
export interface RuleFileText {
  file: string;
  text: string;
}

function readYaml<T>({ file, text }: RuleFileText, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = parseYaml(text);
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

/**
 * The relation rules from the texts of the rule files (read by the caller,
 * run/resources.ts). The boilerplate threshold is an analysis option
 * (genericMinUnits), not a rule: generic.yaml's `minUnits` is still accepted
 * for older rule folders, and ignored.
 */
export function parseRelationRules(files: Record<(typeof RULE_FILES)[number], RuleFileText>): RelationRules {
  const generic = readYaml(files['generic.yaml'], GenericFile);
  const internal = readYaml(files['internal.yaml'], InternalFile);
  const segments = readYaml(files['segments.yaml'], SegmentsFile);
  const coordination = readYaml(files['coordination.yaml'], CoordinationFile);
  return {
    generic: compile(files['generic.yaml'].file, generic.patterns),
    internal: compile(files['internal.yaml'].file, internal.patterns),
    wide: compile(files['internal.yaml'].file, internal.wide ?? []),
    mandates: (internal.mandates ?? []).map((m) => {
      const [units, work] = compile(files['internal.yaml'].file, [m.units, m.work]);
      return { units, work };
    }),
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
