import { readNothing, type DocumentScore, type Fraction } from './extract-score.ts';

/** The parts the extraction figures are printed for. */
export type ExtractPart = 'open' | 'tune' | 'test';

/**
 * The summed scores of one part: the document scores' figures summed (their
 * events null when no document with gold events came with tool events), plus
 * how many documents there are, how many yielded nothing, and recall per form.
 */
export type PartFigures = Omit<DocumentScore, 'id' | 'form' | 'misses'> & {
  documents: number;
  /** Documents the tool read no unit or no duty from. */
  readNothing: number;
  /** Unit recall per form, forms sorted by name. */
  recallByForm: { form: string; recall: Fraction }[];
};

const add = (a: Fraction, b: Fraction): Fraction => ({ hit: a.hit + b.hit, of: a.of + b.of });
const zero = (): Fraction => ({ hit: 0, of: 0 });

/** Sums document scores into the figures of a part. `formOf` names the form a score counts under. */
export function sumPart(scores: readonly DocumentScore[], formOf: (s: DocumentScore) => string = (s) => s.form): PartFigures {
  const byForm = new Map<string, Fraction>();
  let events: Fraction | null = null;
  const out: PartFigures = {
    documents: scores.length,
    readNothing: scores.filter(readNothing).length,
    goldUnits: 0,
    toolUnits: 0,
    toolDuties: 0,
    precision: zero(),
    recall: zero(),
    counts: zero(),
    keys: zero(),
    parents: zero(),
    events: null,
    goldEvents: 0,
    recallByForm: [],
  };
  for (const s of scores) {
    out.goldUnits += s.goldUnits;
    out.toolUnits += s.toolUnits;
    out.toolDuties += s.toolDuties;
    out.precision = add(out.precision, s.precision);
    out.recall = add(out.recall, s.recall);
    out.counts = add(out.counts, s.counts);
    out.keys = add(out.keys, s.keys);
    out.parents = add(out.parents, s.parents);
    out.goldEvents += s.goldEvents;
    if (s.events !== null) events = add(events ?? zero(), s.events);
    const form = formOf(s);
    byForm.set(form, add(byForm.get(form) ?? zero(), s.recall));
  }
  out.events = events;
  out.recallByForm = [...byForm].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([form, recall]) => ({ form, recall }));
  return out;
}
