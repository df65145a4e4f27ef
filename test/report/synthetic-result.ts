/**
 * A deterministic O*NET-sized synthetic result (923 flat units, ~18.8k
 * English duties of task-statement length, tens of thousands of pairs with
 * individual reasons) for the report's size and scale tests. Built from a
 * seeded generator so it needs nothing from ../shared.
 */
import type { AnalysisOptions, Relation, Result } from '../../src/model.ts';
import { buildResult, type DocumentSpec } from './result-builder.ts';

const WORDS = (
  'direct coordinate organization financial budget activities operations investments efficiency confer board members officials staff ' +
  'discuss issues resolve problems analyze operations evaluate performance companies staff meeting goals determine areas cost reduction ' +
  'program improvement policy change prepare budgets approval including funding implementation programs monitor compliance regulations ' +
  'develop maintain records inventory schedule equipment inspect facilities train employees review reports negotiate contracts vendors'
).split(' ');

/** A small linear congruential generator: the same seed gives the same result on every machine. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Builds the synthetic result: `units` units of `dutiesPerUnit` duties and `pairs` pairs. */
export function syntheticResult(units: number, dutiesPerUnit: number, pairs: number): Result {
  const rnd = random(29);
  const pick = () => WORDS[Math.floor(rnd() * WORDS.length)];
  const sentence = () => {
    const words = Array.from({ length: 14 + Math.floor(rnd() * 8) }, pick);
    return words[0][0].toUpperCase() + words.join(' ').slice(1) + '.';
  };
  const unitSpecs: DocumentSpec['units'] = Array.from({ length: units }, (_, u) => ({
    name: `Occupation ${String(u + 1).padStart(4, '0')} ${pick()} ${pick()} specialists`,
    kind: 'position' as const,
    line: u + 1,
    duties: Array.from({ length: dutiesPerUnit }, (_, d) => ({ key: `${u}.${d}`, text: `${sentence()} (${u}.${d})`, role: 'lead' as const, line: u * 100 + d })),
  }));
  const relations: Relation[] = ['overlap', 'overlap', 'parallel', 'collaboration', 'duplicate', 'internal', 'contains'];
  const seen = new Set<string>();
  const pairSpecs: DocumentSpec['pairs'] = [];
  while (pairSpecs.length < pairs) {
    const ua = Math.floor(rnd() * units);
    // Pairs cluster among nearby occupations, as related O*NET occupations do.
    const ub = (ua + 1 + Math.floor(rnd() * rnd() * 40)) % units;
    const a = `${ua}.${Math.floor(rnd() * dutiesPerUnit)}`;
    const b = `${ub}.${Math.floor(rnd() * dutiesPerUnit)}`;
    if (ua === ub || seen.has(`${a}|${b}`) || seen.has(`${b}|${a}`)) continue;
    seen.add(`${a}|${b}`);
    const score = 0.35 + rnd() * 0.6;
    const terms = [pick(), pick(), pick()];
    pairSpecs.push({ a, b, score, relation: relations[Math.floor(rnd() * relations.length)], sharedTerms: terms, reason: { rule: 'text', params: { text: `Shared ${terms.join(', ')}; score ${score.toFixed(2)} against threshold 0.55.` }, terms: [] } });
  }
  const options: AnalysisOptions = { candidateThreshold: 0.35, overlapThreshold: 0.55, duplicateThreshold: 0.85, genericMinUnits: 3, language: 'en', catalogue: null, coverageThreshold: 0.5, level: 0 };
  return buildResult([{ id: 'onet-synthetic', title: 'Synthetic O*NET-sized organisation', file: 'synthetic.txt', language: 'en', script: 'latin', units: unitSpecs, pairs: pairSpecs }], options);
}
