import { wholeResult, type Result, type ResultParts } from '../../src/model.ts';
import { analyzeParts } from '../../src/run/analyze.ts';
import { settleOptions } from '../../src/run/settle.ts';
import { catalogueCoverage } from '../../src/run/coverage.ts';
import { listJobInputs } from '../../src/run/job-inputs.ts';
import { readJobFile } from '../../src/run/job.ts';
import { loadModel, type InputGrouping } from '../../src/run/load.ts';
import { loadLexicon, loadRelationRules } from '../../src/run/resources.ts';
import { openEmbedder } from '../../src/run/semantic-cache.ts';

/** The organisations of analysis/seeds.yaml, as `npm start` groups the seeds: one per file. */
export async function seedsGrouping(): Promise<InputGrouping> {
  const { job } = await readJobFile('analysis/seeds.yaml');
  const named = [];
  for (const o of job.organisations ?? []) named.push({ name: o.name, files: (await listJobInputs(o.inputs, 'analysis', process.cwd())).files });
  return { named, defaultName: job.name };
}

/** The seeds' result as `npm start` computes it: the job's options over the defaults, the marketing catalogue, the job's organisations and each file's reading. */
export async function seedsResult(): Promise<Result> {
  return wholeResult(await seedsParts());
}

/** The same, held as parts (compact pairs, expanded when read). */
export async function seedsParts(): Promise<ResultParts> {
  const { model, inputReadings } = await loadModel(['seeds'], { grouping: await seedsGrouping() });
  const lexicon = loadLexicon();
  const { job } = await readJobFile('analysis/seeds.yaml');
  // Settled as `npm start` settles them: the defaults, the job's options and its catalogue.
  const options = settleOptions({ layers: [{ ...job.options, catalogue: 'analysis/catalogues/marketing-department.yaml' }], at: 'analysis/seeds.yaml' }, model.documents);
  return await analyzeParts(model, options, {
    lexicon,
    rules: loadRelationRules(),
    coverage: catalogueCoverage(options.catalogue!, options, lexicon),
    ...(options.semanticGaps ? { embedder: await openEmbedder(null) } : {}),
  }, inputReadings);
}

/** Lookup helpers over a result, by unit name and duty text. */
export function finder(result: Result) {
  const unitName = new Map(result.units.map((u) => [u.id, u.name]));
  const dutyById = new Map(result.duties.map((d) => [d.id, d]));
  const inFile = (prefix: string) => (organisation: string) => organisation.startsWith(prefix);
  return {
    /** Pairs between the two named units whose texts both contain `fragment`. */
    pairs(file: string, unitA: string, unitB: string, fragment: string) {
      return result.pairs.filter((p) => {
        if (!inFile(file)(p.organisation)) return false;
        const a = dutyById.get(p.a)!;
        const b = dutyById.get(p.b)!;
        const names = [unitName.get(a.unitId), unitName.get(b.unitId)];
        return names.includes(unitA) && names.includes(unitB) && a.normalized.includes(fragment) && b.normalized.includes(fragment);
      });
    },
    /** Generic groups of a file holding a duty of each named unit. */
    sharedGenericGroups(file: string, unitA: string, unitB: string) {
      return result.genericGroups.filter((g) => {
        if (!inFile(file)(g.organisation)) return false;
        const names = new Set(g.dutyIds.map((id) => unitName.get(dutyById.get(id)!.unitId)));
        return names.has(unitA) && names.has(unitB);
      });
    },
  };
}
