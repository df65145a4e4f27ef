import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import { catalogueFile } from '../src/run/catalogue-names.ts';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Coverage } from '../src/model.ts';

/**
 * Precision of gap decisions, against blind labels of the seeds' catalogue
 * checks, each labelled from the document's duties alone as led,
 * support-only, none or several-lead by a labeller who never saw the tool's
 * decisions. Two samples (test/corpus/gaps/README.md):
 * - `seeds`, drawn on 2026-12-02 (every no-lead and multi-lead decision of the
 *   time, 32 gaps and 30 owned functions). Its errors were studied on
 *   2026-12-04, so it is the tune sample now;
 * - `seeds2`, the test sample: every other check of the same documents (250),
 *   labelled after that, so it does not depend on the tool's decisions.
 * The tool's decisions are the seeds' golden result (test/golden/result-seeds.json,
 * which `npm run golden` writes from the current code and a test keeps equal to
 * it). A gap or no-lead decision is right when the label says nobody leads the
 * function (none or support-only); a multi-lead decision when it says several
 * lead.
 */

/** The seeds' labelled samples, in the order eval prints them, with the split each serves. */
export const SEED_GAP_SAMPLES = [
  { dir: 'seeds', split: 'tune' },
  { dir: 'seeds2', split: 'test' },
] as const;
export type SeedGapSample = (typeof SEED_GAP_SAMPLES)[number]['dir'];

const ItemSchema = z.object({ id: z.string(), document: z.string(), functionId: z.string() }).passthrough();
const LabelSchema = z.object({ id: z.string(), answer: z.enum(['led', 'support-only', 'none', 'several-lead']) }).passthrough();
type Label = z.infer<typeof LabelSchema>['answer'];

export interface GapFigures {
  /** Sampled checks the tool calls a gap (gap, no-lead, multi-lead) that carry a label. */
  decisions: number;
  /** Of those, the ones the label agrees with. */
  right: number;
  /** Sampled checks the tool found owned that carry a label, and those the label says nobody leads (gaps the tool missed). */
  owned: number;
  missed: number;
  /** Sampled checks the tool leaves to check (weak: a duty comes near), and those the label says a unit leads. */
  weak: number;
  weakOwned: number;
}

/** Whether a label agrees with the tool's outcome for one catalogue check. */
export function gapDecisionRight(outcome: Exclude<Coverage['outcome'], 'weak'>, label: Label): boolean {
  switch (outcome) {
    case 'gap':
    case 'no-lead':
      return label === 'none' || label === 'support-only';
    case 'multi-lead':
      return label === 'several-lead';
    case 'ok':
      return label === 'led';
  }
}

/** The figures of a labelled sample against the tool's coverage. */
export function gapFigures(items: readonly z.infer<typeof ItemSchema>[], labels: readonly z.infer<typeof LabelSchema>[], coverage: readonly Coverage[]): GapFigures {
  const answer = new Map(labels.map((l) => [l.id, l.answer]));
  const outcome = new Map(coverage.map((c) => [`${c.organisation}\u0000${c.functionId}`, c]));
  const figures = emptyFigures();
  for (const item of items) {
    const label = answer.get(item.id);
    const c = outcome.get(`${item.document}\u0000${item.functionId}`);
    if (label !== undefined && c !== undefined) score(figures, c, label);
  }
  return figures;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A seeds sample's items and labels, or null when its labels are not there. */
function readSeedSample(root: string, sample: SeedGapSample): { items: z.infer<typeof ItemSchema>[]; labels: z.infer<typeof LabelSchema>[] } | null {
  const dir = `${root}/test/corpus/gaps/${sample}`;
  if (!existsSync(`${dir}/labels.json`) || !existsSync(`${dir}/items.json`)) return null;
  return {
    items: z.array(ItemSchema).parse(JSON.parse(readFileSync(`${dir}/items.json`, 'utf8'))),
    labels: z.array(LabelSchema).parse(JSON.parse(readFileSync(`${dir}/labels.json`, 'utf8'))),
  };
}

/** The figures for a seeds sample against the golden result, or null when its labels are not there. */
export function evalGaps(sample: SeedGapSample, root = ROOT): GapFigures | null {
  const read = readSeedSample(root, sample);
  if (read === null) return null;
  const result = JSON.parse(readFileSync(`${root}/test/golden/result-seeds.json`, 'utf8')) as { coverage: Coverage[] };
  return gapFigures(read.items, read.labels, result.coverage);
}

/**
 * The seeds' samples against the seeds analysed by words only (the job's
 * inputs and catalogue, each file its own organisation, which gives the job's
 * organisations, with --no-semantic-gaps): per sample, its
 * figures, or null when its labels are not there. The golden (evalGaps) is
 * the job as `npm start` runs it.
 */
export function evalGapsWordsOnly(root = ROOT): Map<SeedGapSample, GapFigures | null> {
  const out = mkdtempSync(join(tmpdir(), 'dutylens-gaps-'));
  try {
    // The job's own inputs and catalogue (analysis/seeds.yaml), so this run cannot drift from `npm start`.
    const job = parseDocument(readFileSync(`${root}/analysis/seeds.yaml`, 'utf8')).toJS() as { inputs: string[]; catalogue: string };
    const seeds = job.inputs.flatMap((dir) => readdirSync(join(root, 'analysis', dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(root, 'analysis', dir, f)));
    const catalogue = join(root, 'analysis', job.catalogue);
    execFileSync(process.execPath, ['--import', 'tsx', `${root}/src/cli/main.ts`, 'analyze', ...seeds, '--catalogue', catalogue, '--organisation-per', 'file', '--no-semantic-gaps', '--reporters', 'json', '-o', out, '--allow-outside'], { cwd: root, stdio: 'pipe' });
    const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')) as { coverage: Coverage[] };
    return new Map(
      SEED_GAP_SAMPLES.map(({ dir }) => {
        const read = readSeedSample(root, dir);
        return [dir, read === null ? null : gapFigures(read.items, read.labels, result.coverage)];
      }),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * The corpus of other organisations (test/corpus/gaps/other): real documents
 * of organisations nobody tuned on, each its own organisation, of two forms:
 * `h`, a whole company's departments, checked against the headquarters
 * catalogue, and `m`, one company's marketing department, checked against the
 * marketing-department one. Every document carries a split (tune or test),
 * assigned by organisation before anything was run.
 */
export const GAP_FORMS = { h: 'headquarters', m: 'marketing-department' } as const;

const GapSourceSchema = z.object({ file: z.string(), form: z.enum(['h', 'm']), organisation: z.string(), split: z.enum(['tune', 'test']) }).passthrough();
export type GapSource = z.infer<typeof GapSourceSchema>;

/** The corpus's documents (sources.json), or none when the folder has none. */
export function readGapSources(dir: string): GapSource[] {
  const file = `${dir}/sources.json`;
  if (!existsSync(file)) return [];
  return z.array(GapSourceSchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The organisation id dutylens gives a file analysed with `--organisation-per file`: its name without the extension. */
function organisationIdOf(file: string): string {
  return basename(file).replace(/\.[^.]+$/, '');
}

export interface OtherGapPart extends GapFigures {
  split: 'tune' | 'test';
  documents: number;
  /** Documents the labeller says a consultant would check whole, and of those and of the rest, the ones the tool checked. */
  whole: number;
  wholeChecked: number;
  partChecked: number;
  /** Labelled items of documents the tool did not check against the catalogue, and of those the ones labelled unowned. */
  unchecked: number;
  uncheckedUnowned: number;
  /** Gap, no-lead and multi-lead decisions over all checks of the part's documents (not only the sampled ones). */
  allDecisions: number;
  /** The same sample with every document checked (no size or share limit), by words only: the precision of the word matching itself. */
  forced: GapFigures;
  /** The same with the semantic tier on (absent when its model cannot load). */
  forcedSemantic?: GapFigures;
  /** Tune only: each sampled decision the label disagrees with, in the forced run. */
  wrong: Array<{ file: string; functionId: string; outcome: Coverage['outcome']; label: Label; units: string }>;
}

const ScopeSchema = z.array(z.object({ file: z.string(), whole: z.enum(['yes', 'no']) }).passthrough());

/** One analysis of the corpus with the bundled catalogues, or with copies whose unit checks every document. */
/** Which tiers match duties to functions in a corpus run: as `analyze` does by default (the semantic tier for gaps), by words only, or with --semantic. */
type GapTier = 'default' | 'words' | 'semantic';

function coverageOfCorpus(root: string, dir: string, sources: readonly GapSource[], forced: boolean, tier: GapTier): { outcome: Map<string, Coverage>; checked: Set<string>; decisions: Map<string, number> } {
  const outcome = new Map<string, Coverage>();
  const checked = new Set<string>();
  const decisions = new Map<string, number>();
  const out = mkdtempSync(join(tmpdir(), 'dutylens-gaps-'));
  try {
    for (const [form, name] of Object.entries(GAP_FORMS)) {
      const files = sources.filter((s) => s.form === form).map((s) => join(dir, s.file));
      if (files.length === 0) continue;
      let catalogue: string = name;
      if (forced) {
        const doc = parseDocument(readFileSync(catalogueFile(name), 'utf8'));
        doc.setIn(['unit', 'minDuties'], 1);
        doc.setIn(['unit', 'minShare'], 0);
        catalogue = join(out, `${name}.yaml`);
        writeFileSync(catalogue, doc.toString());
      }
      const target = join(out, form);
      execFileSync(process.execPath, ['--import', 'tsx', `${root}/src/cli/main.ts`, 'analyze', ...files, '--catalogue', catalogue, '--organisation-per', 'file', '--reporters', 'json', '-o', target, '--allow-outside', ...{ default: [], words: ['--no-semantic-gaps'], semantic: ['--semantic'] }[tier]], { cwd: root, stdio: 'pipe' });
      const result = JSON.parse(readFileSync(join(target, 'result.json'), 'utf8')) as { coverage: Coverage[]; units: Array<{ id: string; name: string }> };
      const unitName = new Map(result.units.map((u) => [u.id, u.name]));
      for (const c of result.coverage) {
        outcome.set(`${c.organisation}\u0000${c.functionId}`, { ...c, units: c.units.map((u) => ({ ...u, unitId: unitName.get(u.unitId) ?? u.unitId })) });
        checked.add(c.organisation);
        if (c.outcome !== 'ok') decisions.set(c.organisation, (decisions.get(c.organisation) ?? 0) + 1);
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return { outcome, checked, decisions };
}

function emptyFigures(): GapFigures {
  return { decisions: 0, right: 0, owned: 0, missed: 0, weak: 0, weakOwned: 0 };
}

/** Scores one labelled item against a decision into `figures`; false when the label disagrees (a weak check is no decision and never disagrees). */
function score(figures: GapFigures, c: Coverage, label: Label): boolean {
  if (c.outcome === 'ok') {
    figures.owned++;
    if (label === 'none' || label === 'support-only') figures.missed++;
    return label === 'led' || label === 'several-lead';
  }
  if (c.outcome === 'weak') {
    figures.weak++;
    if (label === 'led' || label === 'several-lead') figures.weakOwned++;
    return true;
  }
  figures.decisions++;
  const right = gapDecisionRight(c.outcome, label);
  if (right) figures.right++;
  return right;
}

/**
 * Runs dutylens on the corpus (one run per form, each file its own
 * organisation) as shipped and with every document checked, and scores the
 * blind sample and the blind scope answers per split.
 */
export function evalOtherGaps(root = ROOT, semantic = false): OtherGapPart[] | null {
  const dir = `${root}/test/corpus/gaps/other`;
  const sources = readGapSources(dir);
  if (sources.length === 0 || !existsSync(`${dir}/labels.json`) || !existsSync(`${dir}/items.json`)) return null;
  const items = z.array(ItemSchema.omit({ document: true }).extend({ file: z.string() })).parse(JSON.parse(readFileSync(`${dir}/items.json`, 'utf8')));
  const answer = new Map(z.array(LabelSchema).parse(JSON.parse(readFileSync(`${dir}/labels.json`, 'utf8'))).map((l) => [l.id, l.answer]));
  const whole = new Map(existsSync(`${dir}/scope.json`) ? ScopeSchema.parse(JSON.parse(readFileSync(`${dir}/scope.json`, 'utf8'))).map((s) => [s.file, s.whole === 'yes']) : []);
  const shipped = coverageOfCorpus(root, dir, sources, false, 'default');
  const forced = coverageOfCorpus(root, dir, sources, true, 'words');
  const forcedSemantic = semantic ? coverageOfCorpus(root, dir, sources, true, 'semantic') : undefined;
  const splitOf = new Map(sources.map((s) => [s.file, s.split]));
  return (['tune', 'test'] as const).map((split) => {
    const part = sources.filter((s) => s.split === split);
    const figures: OtherGapPart = {
      split,
      documents: part.length,
      ...emptyFigures(),
      whole: 0,
      wholeChecked: 0,
      partChecked: 0,
      unchecked: 0,
      uncheckedUnowned: 0,
      allDecisions: 0,
      forced: emptyFigures(),
      ...(forcedSemantic ? { forcedSemantic: emptyFigures() } : {}),
      wrong: [],
    };
    for (const s of part) {
      const organisation = organisationIdOf(s.file);
      figures.allDecisions += shipped.decisions.get(organisation) ?? 0;
      const isWhole = whole.get(s.file);
      if (isWhole === true) figures.whole++;
      if (shipped.checked.has(organisation)) {
        if (isWhole === true) figures.wholeChecked++;
        else if (isWhole === false) figures.partChecked++;
      }
    }
    for (const item of items) {
      const label = answer.get(item.id);
      if (label === undefined || splitOf.get(item.file) !== split) continue;
      const key = `${organisationIdOf(item.file)}\u0000${item.functionId}`;
      const c = shipped.outcome.get(key);
      if (c === undefined) {
        figures.unchecked++;
        if (label === 'none' || label === 'support-only') figures.uncheckedUnowned++;
      } else score(figures, c, label);
      const s = forcedSemantic?.outcome.get(key);
      if (s !== undefined && figures.forcedSemantic) score(figures.forcedSemantic, s, label);
      const f = forced.outcome.get(key);
      if (f !== undefined && !score(figures.forced, f, label) && split === 'tune') {
        figures.wrong.push({ file: item.file, functionId: item.functionId, outcome: f.outcome, label, units: f.units.map((u) => `${u.unitId}:${u.role}:${u.score}`).join(' ') });
      }
    }
    return figures;
  });
}
