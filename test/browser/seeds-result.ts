/**
 * The seeds result, built in-process the way `dutylens analyze seeds/
 * --catalogue analysis/catalogues/marketing-department.yaml` builds it: load
 * and parse the five seed files, analyse with the default options and the
 * marketing catalogue. Paths are relative to the repo root (vitest's working
 * folder), so the sources read `seeds/…` as in the CLI's report.
 */
import type { Result } from '../../src/model.ts';
import { DEFAULT_OPTIONS, analyzeModel } from '../../src/run/analyze.ts';
import { catalogueCoverage } from '../../src/run/coverage.ts';
import { loadModel } from '../../src/run/load.ts';
import { loadRelationRules } from '../../src/findings/rules.ts';
import { loadLexicon } from '../../src/text/lexicon.ts';

/** The marketing catalogue the seeds report is checked against. */
export const SEEDS_CATALOGUE = 'analysis/catalogues/marketing-department.yaml';

/** Analyses the seeds with the marketing catalogue. */
export async function seedsResult(): Promise<Result> {
  const { model } = await loadModel(['seeds'], {});
  const lexicon = loadLexicon();
  const options = { ...DEFAULT_OPTIONS, catalogue: SEEDS_CATALOGUE };
  return await analyzeModel(model, options, {
    lexicon,
    rules: loadRelationRules(),
    coverage: catalogueCoverage(SEEDS_CATALOGUE, DEFAULT_OPTIONS, lexicon),
  });
}
