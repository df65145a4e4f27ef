import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Coverage } from '../src/model.ts';

/**
 * Precision of gap decisions, against blind labels (test/corpus/gaps/seeds):
 * a sample of the seeds' catalogue checks, mixed so that the labeller could not
 * tell the tool's gaps from the functions it found owned, each labelled from
 * the document's duties alone as led, support-only, none or several-lead. The
 * tool's decisions are the seeds' golden result (test/golden/result-seeds.json,
 * which `npm run golden` writes from the current code and a test keeps equal to
 * it). A gap or no-lead decision is right when the label says nobody leads the
 * function (none or support-only); a multi-lead decision when it says several
 * lead. Figures only: nothing is tuned on these labels.
 */

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
}

/** Whether a label agrees with the tool's outcome for one catalogue check. */
export function gapDecisionRight(outcome: Coverage['outcome'], label: Label): boolean {
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
  const outcome = new Map(coverage.map((c) => [`${c.organisation}\u0000${c.functionId}`, c.outcome]));
  const figures: GapFigures = { decisions: 0, right: 0, owned: 0, missed: 0 };
  for (const item of items) {
    const label = answer.get(item.id);
    const decided = outcome.get(`${item.document}\u0000${item.functionId}`);
    if (label === undefined || decided === undefined) continue;
    if (decided === 'ok') {
      figures.owned++;
      if (label === 'none' || label === 'support-only') figures.missed++;
    } else {
      figures.decisions++;
      if (gapDecisionRight(decided, label)) figures.right++;
    }
  }
  return figures;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The figures for the seeds' sample, or null when its labels are not there. */
export function evalGaps(root = ROOT): GapFigures | null {
  const dir = `${root}/test/corpus/gaps/seeds`;
  if (!existsSync(`${dir}/labels.json`) || !existsSync(`${dir}/items.json`)) return null;
  const items = z.array(ItemSchema).parse(JSON.parse(readFileSync(`${dir}/items.json`, 'utf8')));
  const labels = z.array(LabelSchema).parse(JSON.parse(readFileSync(`${dir}/labels.json`, 'utf8')));
  const result = JSON.parse(readFileSync(`${root}/test/golden/result-seeds.json`, 'utf8')) as { coverage: Coverage[] };
  return gapFigures(items, labels, result.coverage);
}
