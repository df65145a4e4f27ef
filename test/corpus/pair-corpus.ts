import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The labelled pair corpus (test/corpus/pairs/<batch>/<organisation>/): real
 * organisations' duty tables (`duties.tsv`, unit and duty), their description
 * and split (`org.json`), and duty pairs labelled blind from labelling.md
 * (`pairs.json`). See test/corpus/pairs/README.md.
 */

export const PAIRS_ROOT = fileURLToPath(new URL('./pairs/', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const CorpusLabelSchema = z.enum(['duplicate', 'overlap', 'parallel', 'collaboration', 'internal', 'generic', 'unrelated']);
export type CorpusLabel = z.infer<typeof CorpusLabelSchema>;

export const CorpusPairSchema = z
  .object({
    unitA: z.string().min(1),
    textA: z.string().min(1),
    unitB: z.string().min(1),
    textB: z.string().min(1),
    label: CorpusLabelSchema,
    kind: z.enum(['paraphrase', 'near-verbatim']).optional(),
    why: z.string().optional(),
  })
  .strict();
export type CorpusPair = z.infer<typeof CorpusPairSchema>;

export const CorpusOrgSchema = z
  .object({
    name: z.string().min(1),
    language: z.enum(['zh', 'zh-Hant', 'en']),
    sector: z.string().optional(),
    sources: z.array(z.object({ url: z.string().min(1), title: z.string().optional() }).passthrough()).min(1),
    split: z.enum(['tune', 'test']),
    labelled_by: z.string().min(1),
    how: z.string().min(1),
  })
  .passthrough();
export type CorpusOrg = z.infer<typeof CorpusOrgSchema>;

/** A gold owner of one conflict pair (owners.json), labelled blind: who should lead the work, or null when the labeller could not tell. */
export const CorpusOwnerSchema = z
  .object({
    unitA: z.string().min(1),
    textA: z.string().min(1),
    unitB: z.string().min(1),
    textB: z.string().min(1),
    owner: z.string().min(1).nullable(),
    support: z.string().min(1).nullable(),
    evidence: z.enum(['clause', 'mandate']),
    why: z.string(),
  })
  .strict();
export type CorpusOwner = z.infer<typeof CorpusOwnerSchema>;

/** One organisation of the corpus. */
export interface CorpusOrganisation {
  /** `<batch>/<slug>`. */
  id: string;
  /** The duty table, relative to the repository root (as dutylens records it when run from there). */
  file: string;
  org: CorpusOrg;
  duties: { unit: string; duty: string }[];
  pairs: CorpusPair[];
  /** A second, later sample (sampled.json): pairs drawn from the tool's unlabelled flags and from random pairs, mixed, labelled blind; absent when none was drawn. */
  sampled: CorpusPair[];
  /** Gold owners of its conflict pairs (owners.json); empty when none were labelled yet. */
  owners: CorpusOwner[];
}

export const isConflictLabel = (label: CorpusLabel) => label === 'duplicate' || label === 'overlap';

/** Reads a duties.tsv: header `unit<TAB>duty`, one duty a row. */
export function readDutyTable(text: string): { unit: string; duty: string }[] {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u).filter((l) => l.trim() !== '');
  const [header, ...rows] = lines;
  if (header?.split('\t').map((h) => h.trim()).join('\t') !== 'unit\tduty') throw new Error(`header must be "unit<TAB>duty", got "${header}"`);
  return rows.map((row, k) => {
    const cells = row.split('\t');
    if (cells.length !== 2 || !cells[0].trim() || !cells[1].trim()) throw new Error(`row ${k + 2}: needs exactly a unit and a duty`);
    return { unit: cells[0].trim(), duty: cells[1].trim() };
  });
}

/** Every complete organisation folder (all three files present), in path order. */
export function readPairCorpus(root = PAIRS_ROOT): CorpusOrganisation[] {
  if (!existsSync(root)) return [];
  const out: CorpusOrganisation[] = [];
  for (const batch of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    for (const slug of readdirSync(join(root, batch), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
      const dir = join(root, batch, slug);
      const files = ['org.json', 'duties.tsv', 'pairs.json'].map((f) => join(dir, f));
      if (!files.every((f) => existsSync(f))) continue;
      const id = `${batch}/${slug}`;
      try {
        out.push({
          id,
          file: relative(REPO_ROOT, files[1]),
          org: CorpusOrgSchema.parse(JSON.parse(readFileSync(files[0], 'utf8'))),
          duties: readDutyTable(readFileSync(files[1], 'utf8')),
          pairs: z.array(CorpusPairSchema).parse(JSON.parse(readFileSync(files[2], 'utf8'))),
          sampled: existsSync(join(dir, 'sampled.json')) ? z.array(CorpusPairSchema).parse(JSON.parse(readFileSync(join(dir, 'sampled.json'), 'utf8'))) : [],
          owners: existsSync(join(dir, 'owners.json')) ? z.array(CorpusOwnerSchema).parse(JSON.parse(readFileSync(join(dir, 'owners.json'), 'utf8'))) : [],
        });
      } catch (error) {
        throw new Error(`${id}: ${(error as Error).message}`);
      }
    }
  }
  return out;
}

/** Problems of one organisation's labels: pairs whose texts are not rows of its table, same-unit pairs, conflicts without a kind. */
export function corpusProblems(o: CorpusOrganisation): string[] {
  const rows = new Set(o.duties.map((d) => `${d.unit}\u0000${d.duty}`));
  const problems: string[] = [];
  [...o.pairs, ...o.sampled].forEach((p, k) => {
    if (!rows.has(`${p.unitA}\u0000${p.textA}`)) problems.push(`${o.id} pair ${k}: A is not a row of duties.tsv`);
    if (!rows.has(`${p.unitB}\u0000${p.textB}`)) problems.push(`${o.id} pair ${k}: B is not a row of duties.tsv`);
    if (p.unitA === p.unitB) problems.push(`${o.id} pair ${k}: both duties are of one unit`);
  });
  return problems;
}
