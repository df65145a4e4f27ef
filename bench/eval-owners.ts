import '../src/cli/env.ts';
import { fileURLToPath } from 'node:url';
import type { OrgModel, OwnerSuggestion } from '../src/model.ts';
import { loadRelationRules } from '../src/run/resources.ts';
import { ownerSuggestions } from '../src/run/analyze.ts';
import { defaultOptionsFor } from '../src/run/defaults.ts';
import { loadModel } from '../src/run/load.ts';
import { loadLexicon } from '../src/run/resources.ts';
import { normalizeText } from '../src/text/normalize.ts';
import { readPairCorpus, type CorpusOrganisation, type CorpusOwner } from '../test/corpus/pair-corpus.ts';

/**
 * Suggested owners against the corpus's blind gold owners (owners.json):
 * for every gold pair with an owner, the suggestion the analysis makes for
 * those two duties (scored directly, whether or not the tool flags the
 * pair), and whether it names the gold owner. Per split; only the tune
 * part's disagreements may be listed (`--detail`).
 */

/** One gold pair with the suggestion for it. */
export interface ScoredOwner {
  organisation: string;
  gold: CorpusOwner;
  /** The suggested lead's unit name; null for a tie; undefined when the pair's duties were not found. */
  suggested: string | null | undefined;
}

/** Agreement figures of one split. */
export interface OwnerFigures {
  organisations: number;
  /** Gold pairs with an owner (the rest are null: the labeller could not tell). */
  withOwner: number;
  nullOwners: number;
  notFound: number;
  /** Suggestions that name the gold owner, of withOwner (a tie or a missing pair counts as no agreement). */
  agree: number;
  ties: number;
  agreement: number;
}

/** Scores suggestions against gold: agreement over the pairs where gold names an owner. Pure. */
export function ownerFigures(scored: readonly ScoredOwner[], organisations: number): OwnerFigures {
  const withOwner = scored.filter((s) => s.gold.owner !== null);
  const agree = withOwner.filter((s) => s.suggested !== undefined && s.suggested !== null && normalizeText(s.suggested) === normalizeText(s.gold.owner!)).length;
  return {
    organisations,
    withOwner: withOwner.length,
    nullOwners: scored.length - withOwner.length,
    notFound: withOwner.filter((s) => s.suggested === undefined).length,
    agree,
    ties: withOwner.filter((s) => s.suggested === null).length,
    agreement: withOwner.length === 0 ? 0 : agree / withOwner.length,
  };
}

/** Each gold pair's two duty ids in a model (by normalised unit name and duty text), or null. */
export function goldDutyIds(model: OrgModel, gold: readonly CorpusOwner[]): ([string, string] | null)[] {
  const unitName = new Map(model.units.map((u) => [u.id, u.name]));
  const byKey = new Map<string, string>();
  for (const d of model.duties) byKey.set(`${unitName.get(d.unitId)}\u0000${d.text.trim()}`, d.id);
  return gold.map((g) => {
    const a = byKey.get(`${normalizeText(g.unitA)}\u0000${g.textA.trim()}`);
    const b = byKey.get(`${normalizeText(g.unitB)}\u0000${g.textB.trim()}`);
    return a && b ? [a, b] : null;
  });
}

async function scoreOrganisation(o: CorpusOrganisation): Promise<ScoredOwner[]> {
  const { model } = await loadModel([o.file], { grouping: { named: [{ name: o.id, files: [o.file] }], defaultName: o.id } });
  const language = o.org.language === 'en' ? 'en' : 'zh';
  const options = { ...defaultOptionsFor(language), language: 'auto' as const };
  const ids = goldDutyIds(model, o.owners);
  const wanted = ids.filter((x): x is [string, string] => x !== null);
  const suggestions = ownerSuggestions(model, options, { lexicon: loadLexicon(), rules: loadRelationRules() }, wanted);
  const unitName = new Map(model.units.map((u) => [u.id, u.name]));
  let k = 0;
  return o.owners.map((gold, i) => {
    if (!ids[i]) return { organisation: o.id, gold, suggested: undefined };
    const s: OwnerSuggestion | null = suggestions[k++];
    return { organisation: o.id, gold, suggested: s === null ? undefined : s.lead === null ? null : (unitName.get(s.lead) ?? null) };
  });
}

/** What `npm run eval` prints of the owners group. */
export interface OwnerEval {
  parts: { split: 'tune' | 'test'; figures: OwnerFigures }[];
  tuneDetail: ScoredOwner[];
}

/** Both splits; null when no organisation has gold owners yet. */
export async function evalOwners(root?: string): Promise<OwnerEval | null> {
  const corpus = readPairCorpus(root).filter((o) => o.owners.length > 0);
  if (corpus.length === 0) return null;
  const parts: OwnerEval['parts'] = [];
  let tuneDetail: ScoredOwner[] = [];
  for (const split of ['tune', 'test'] as const) {
    const orgs = corpus.filter((o) => o.org.split === split);
    const scored = (await Promise.all(orgs.map(scoreOrganisation))).flat();
    parts.push({ split, figures: ownerFigures(scored, orgs.length) });
    if (split === 'tune') tuneDetail = scored.filter((s) => s.gold.owner !== null && s.suggested !== s.gold.owner);
  }
  return { parts, tuneDetail };
}

/** The lines of one split. */
export function ownerLines(e: OwnerEval): string[] {
  return e.parts.map(({ split, figures: f }) =>
    `owners ${split}: ${f.organisations} orgs, ${f.withOwner} gold owners (${f.nullOwners} null, ${f.notFound} not found): agreement ${f.agreement.toFixed(3)} (${f.agree}/${f.withOwner}, ${f.ties} ties)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const e = await evalOwners();
  if (!e) console.log('owners: no gold owners yet');
  else {
    for (const line of ownerLines(e)) console.log(line);
    if (process.argv.includes('--detail')) for (const s of e.tuneDetail) console.log(`DISAGREE\t${s.organisation}\tgold ${s.gold.owner}\t→ ${s.suggested ?? 'tie/not found'}\t${s.gold.unitA}: ${s.gold.textA}\t|\t${s.gold.unitB}: ${s.gold.textB}`);
  }
}
