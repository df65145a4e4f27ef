import '../src/cli/env.ts';
import { writeFileSync } from 'node:fs';
import { isConflict } from '../src/model.ts';
import { analyzeModel } from '../src/run/analyze.ts';
import { defaultOptionsFor } from '../src/run/defaults.ts';
import { loadModel } from '../src/run/load.ts';
import { loadLexicon, loadRelationRules } from '../src/run/resources.ts';
import { readPairCorpus } from '../test/corpus/pair-corpus.ts';
import { mulberry32, randomInt } from './lib/mulberry32.ts';

/**
 * `npx tsx bench/draw-flag-sample.ts SPLIT OUT.json [PER_ORG]`: draws, for each
 * organisation of one split of the pair corpus that has no sampled.json yet, up
 * to PER_ORG (default 6) of the conflicts the lexical analysis flags outside
 * pairs.json and as many random cross-unit pairs, shuffled together (seeded),
 * so that a blind labeller cannot tell which is which. Writes the pairs without
 * any relation, grouped by organisation folder; the labels go to each
 * organisation's sampled.json, which `npm run eval -- --only pairs` reads for
 * the precision of unlabelled flags.
 */

const [split, out, perOrgArg] = process.argv.slice(2);
if ((split !== 'tune' && split !== 'test') || !out) {
  console.error('usage: npx tsx bench/draw-flag-sample.ts tune|test OUT.json [PER_ORG]');
  process.exit(2);
}
const perOrg = Number(perOrgArg ?? 6);
const random = mulberry32(20261202);
const key = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
const drawn: { folder: string; pairs: { unitA: string; textA: string; unitB: string; textB: string }[] }[] = [];

for (const o of readPairCorpus().filter((c) => c.org.split === split && c.sampled.length === 0)) {
  const { model } = await loadModel([o.file], { grouping: { named: [{ name: o.id, files: [o.file] }], defaultName: o.id } });
  const language = o.org.language === 'en' ? 'en' : 'zh';
  const result = await analyzeModel(model, { ...defaultOptionsFor(language), language: 'auto' }, { lexicon: loadLexicon(), rules: loadRelationRules() });
  const unitName = new Map(result.units.map((u) => [u.id, u.name]));
  const duty = new Map(result.duties.map((d) => [d.id, d]));
  const labelled = new Set(o.pairs.map((p) => key(p.textA, p.textB)));
  // Unit names as the table writes them (the analysis folds Traditional to Simplified).
  const written = new Map(o.duties.map((d) => [d.duty.trim(), d.unit]));
  const asPair = (a: string, b: string) => {
    const da = duty.get(a)!;
    const db = duty.get(b)!;
    const unit = (d: typeof da) => written.get(d.text.trim()) ?? unitName.get(d.unitId)!;
    return { unitA: unit(da), textA: da.text, unitB: unit(db), textB: db.text };
  };
  const flags = result.pairs.filter((p) => isConflict(p.relation)).map((p) => asPair(p.a, p.b)).filter((p) => !labelled.has(key(p.textA, p.textB)));
  const picked = shuffle(flags).slice(0, perOrg);
  const seen = new Set([...labelled, ...flags.map((p) => key(p.textA, p.textB))]);
  const others: typeof picked = [];
  for (let tries = 0; others.length < picked.length && tries < 500; tries++) {
    const a = result.duties[randomInt(random, result.duties.length)];
    const b = result.duties[randomInt(random, result.duties.length)];
    if (a.unitId === b.unitId || seen.has(key(a.text, b.text))) continue;
    seen.add(key(a.text, b.text));
    others.push(asPair(a.id, b.id));
  }
  if (picked.length + others.length > 0) drawn.push({ folder: o.id, pairs: shuffle([...picked, ...others]) });
}
writeFileSync(out, `${JSON.stringify(drawn, null, 1)}\n`);
console.log(`${drawn.length} organisations, ${drawn.reduce((n, d) => n + d.pairs.length, 0)} pairs → ${out}`);

function shuffle<T>(list: readonly T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
