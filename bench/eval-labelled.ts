import '../src/cli/env.ts';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Relation, Result } from '../src/model.ts';
import { analyzeModel, DEFAULT_OPTIONS } from '../src/run/analyze.ts';
import { listInputFiles } from '../src/ingest/read-inputs.ts';
import { loadModel } from '../src/run/load.ts';
import { isConflictLabel, readLabelledPairs, type LabelledPair } from '../test/labelled/labelled-pair.ts';
import { loadLexicon, loadRelationRules } from '../src/run/resources.ts';

export const LABELLED_FILE = fileURLToPath(new URL('../test/labelled/pairs.yaml', import.meta.url));
const DRC = '../shared/samples/drc-units/drc_units.tsv';

/** What the analysis said of one labelled pair: a relation, `generic` via a shared group, or `none`. */
export type Predicted = Relation | 'none' | 'not-found';

/** Figures of the labelled-set evaluation. */
export interface LabelledFigures {
  pairs: number;
  conflicts: number;
  recall: number;
  falseAlarmRate: number;
  hardNegatives: number;
  notFound: number;
  confusion: Map<string, Map<string, number>>;
}

/** A predicted relation counts as a conflict exactly when the same label would. */
const predictsConflict = (p: Predicted) => p === 'duplicate' || p === 'overlap';

/** Finds each labelled pair in the result (by unit name and original duty text) and reads its relation. */
export function predict(result: Result, labelled: readonly LabelledPair[]): Predicted[] {
  const unitName = new Map(result.units.map((u) => [u.id, u.name]));
  const docFile = new Map(result.documents.map((d) => [d.id, d.source.file]));
  const unitDoc = new Map(result.units.map((u) => [u.id, u.documentId]));
  const key = (file: string, unit: string, text: string) => `${file}\u0000${unit}\u0000${text.trim()}`;
  const dutiesByKey = new Map<string, string[]>();
  for (const d of result.duties) {
    const k = key(docFile.get(unitDoc.get(d.unitId)!)!, unitName.get(d.unitId)!, d.text);
    dutiesByKey.set(k, [...(dutiesByKey.get(k) ?? []), d.id]);
  }
  const pairRelation = new Map(result.pairs.map((p) => [`${p.a}\u0000${p.b}`, p.relation]));
  const groupOf = new Map<string, string>();
  for (const g of result.genericGroups) for (const id of g.dutyIds) groupOf.set(id, g.id);
  return labelled.map((l) => {
    const as = dutiesByKey.get(key(l.file, l.unitA, l.textA)) ?? [];
    const bs = dutiesByKey.get(key(l.file, l.unitB, l.textB)) ?? [];
    if (as.length === 0 || bs.length === 0) return 'not-found';
    for (const a of as)
      for (const b of bs) {
        const r = pairRelation.get(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
        if (r) return r;
        if (groupOf.has(a) && groupOf.get(a) === groupOf.get(b)) return 'generic';
      }
    return 'none';
  });
}

/** Conflict recall and false-alarm rate of the analysis on the labelled set. */
export function scoreLabelled(labelled: readonly LabelledPair[], predicted: readonly Predicted[]): LabelledFigures {
  const confusion = new Map<string, Map<string, number>>();
  let conflicts = 0;
  let found = 0;
  let negatives = 0;
  let alarms = 0;
  labelled.forEach((l, k) => {
    const p = predicted[k];
    const row = confusion.get(l.label) ?? new Map<string, number>();
    row.set(p, (row.get(p) ?? 0) + 1);
    confusion.set(l.label, row);
    if (p === 'not-found') return;
    if (isConflictLabel(l.label)) {
      conflicts++;
      if (predictsConflict(p)) found++;
    } else {
      negatives++;
      if (predictsConflict(p)) alarms++;
    }
  });
  return {
    pairs: labelled.length,
    conflicts,
    recall: conflicts === 0 ? 0 : found / conflicts,
    falseAlarmRate: negatives === 0 ? 0 : alarms / negatives,
    hardNegatives: negatives,
    notFound: predicted.filter((p) => p === 'not-found').length,
    confusion,
  };
}

/** Analyses the seeds (and the DRC sample when ../shared has it) and scores the labelled set. */
export async function evalLabelled(): Promise<LabelledFigures | null> {
  if (!existsSync(LABELLED_FILE)) return null;
  const labelled = readLabelledPairs(LABELLED_FILE);
  const inputs = existsSync(DRC) ? ['seeds', DRC] : ['seeds'];
  const usable = labelled.filter((l) => inputs.includes(l.file) || l.file.startsWith('seeds/'));
  // The labelled pairs lie inside one file each, and each file is a different organisation.
  const files = await listInputFiles(inputs);
  const { model } = await loadModel(inputs, { grouping: { named: files.map((f) => ({ name: f, files: [f] })), defaultName: 'eval' } });
  const result = await analyzeModel(model, DEFAULT_OPTIONS, { lexicon: loadLexicon(), rules: loadRelationRules() });
  return scoreLabelled(usable, predict(result, usable));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await evalLabelled();
  if (!figures) console.log('eval-labelled: skipped, test/labelled/pairs.yaml is missing');
  else {
    console.log(
      `eval-labelled: ${figures.pairs} pairs (${figures.conflicts} conflicts, ${figures.hardNegatives} non-conflicts, ${figures.notFound} not found): conflict recall ${figures.recall.toFixed(3)}, false-alarm rate ${figures.falseAlarmRate.toFixed(3)}`,
    );
    const labels = [...figures.confusion.keys()].sort();
    const predictedLabels = [...new Set([...figures.confusion.values()].flatMap((m) => [...m.keys()]))].sort();
    console.log(['gold \\ predicted', ...predictedLabels].join('\t'));
    for (const l of labels) console.log([l, ...predictedLabels.map((p) => figures.confusion.get(l)?.get(p) ?? 0)].join('\t'));
  }
}
