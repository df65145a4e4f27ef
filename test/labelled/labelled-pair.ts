import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { isConflict } from '../../src/model.ts';

/**
 * The relation a reviewer gave a pair of duties.
 * The seven relations of the result model plus `distinct`: texts that share words but are different work,
 * which the analysis should not report at all.
 */
export const LabelSchema = z.enum([
  'duplicate',
  'overlap',
  'parallel',
  'collaboration',
  'internal',
  'generic',
  'contains',
  'distinct',
]);
/** One of the eight hand labels. */
export type Label = z.infer<typeof LabelSchema>;

/** One hand-labelled pair of duties of two different units of one document. */
export const LabelledPairSchema = z
  .object({
    /** The document, as the candidates named it: `seeds/…` or `../shared/…` relative to the repo root. */
    file: z.string().min(1),
    /** Last name of the first unit's path. */
    unitA: z.string().min(1),
    /** The first duty's original text. */
    textA: z.string().min(1),
    /** Last name of the second unit's path. */
    unitB: z.string().min(1),
    /** The second duty's original text. */
    textB: z.string().min(1),
    /** The reviewer's relation. */
    label: LabelSchema,
    /** Why, when the call was not obvious. */
    note: z.string().min(1).optional(),
  })
  .strict();
/** A validated entry of pairs.yaml. */
export type LabelledPair = z.infer<typeof LabelledPairSchema>;

/** Parses and validates the YAML text of a labelled set; throws with zod's message on a bad entry. */
export function parseLabelledPairs(yamlText: string): LabelledPair[] {
  return z.array(LabelledPairSchema).parse(parse(yamlText));
}

/** Reads and validates a labelled set from a YAML file. */
export function readLabelledPairs(path: string): LabelledPair[] {
  return parseLabelledPairs(readFileSync(path, 'utf8'));
}

/** True for the labels that mean both units own the same work (the ones a consultant must act on). */
export function isConflictLabel(label: Label): boolean {
  return label !== 'distinct' && isConflict(label);
}

/** Order-free identity of a pair, so (A, B) and (B, A) of the same file count as one pair. */
export function pairKey(pair: LabelledPair): string {
  const a = `${pair.unitA}\u0000${pair.textA}`;
  const b = `${pair.unitB}\u0000${pair.textB}`;
  return [pair.file, ...(a < b ? [a, b] : [b, a])].join('\u0001');
}

/** How many pairs carry each label, every label present (zero when unused), in LabelSchema order. */
export function countByLabel(pairs: readonly LabelledPair[]): Record<Label, number> {
  const counts = Object.fromEntries(LabelSchema.options.map((label) => [label, 0])) as Record<Label, number>;
  for (const pair of pairs) counts[pair.label] += 1;
  return counts;
}
