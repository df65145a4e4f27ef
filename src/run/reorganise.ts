import type { AnalysisOptions, ChangeEvent, OrgModel, Result } from '../model.ts';
import { wholeResult } from '../model.ts';
import { applyEvents, type ApplyOutcome } from '../findings/apply-events.ts';
import { diffResults } from '../findings/diff.ts';
import { compareReorganisation } from '../findings/reorg-compare.ts';
import { functionScorer } from '../findings/reorg-scorer.ts';
import type { Lexicon } from '../text/lexicon.ts';
import { analyzeParts } from './analyze.ts';
import { catalogueCoverage } from './coverage.ts';
import { loadRelationRules } from './resources.ts';

/** Applies a notice's events to a base organisation, matching moved functions with the analysis's own similarity. */
export function applyNotice(base: OrgModel, events: readonly ChangeEvent[], lexicon: Lexicon): ApplyOutcome {
  const language = base.documents[0]?.language ?? 'zh';
  return applyEvents(base, events, functionScorer(base.duties.map((d) => d.normalized), language, lexicon));
}

/**
 * `analyze --before … --after …`: the base and the organisation after the
 * notice are analysed alike; the result is the after-organisation's, with
 * `changes` (the diff machinery of `dutylens diff`, so a reorganisation
 * reads like two versions of the documents) and `reorganisation` (events,
 * units before/after, conflicts caused, coverage changes).
 */
export async function analyzeReorganisation(base: OrgModel, events: readonly ChangeEvent[], options: AnalysisOptions, lexicon: Lexicon): Promise<{ result: Result; warnings: string[] }> {
  const applied = applyNotice(base, events, lexicon);
  const rules = loadRelationRules();
  const coverage = options.catalogue ? catalogueCoverage(options.catalogue, options, lexicon) : undefined;
  const analyse = async (model: OrgModel) => wholeResult(await analyzeParts(model, options, { lexicon, rules, coverage }));
  const before = await analyse({ ...base, events: undefined });
  const after = await analyse(applied.model);
  const changes = diffResults(before, after);
  const reorganisation = compareReorganisation(before, after, { events, warnings: applied.warnings, touched: applied.touched });
  return { result: { ...after, changes, reorganisation }, warnings: applied.warnings };
}
