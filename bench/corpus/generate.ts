import { between, seededRandom, zipfPick, zipfSampler } from './random.ts';
import { BOILERPLATE, CONNECTORS, EDITS, HEADS, MODIFIERS, NAME_CHARS, NAME_KINDS, NOUNS, SCOPES, SEGMENTS, TAILS, VERBS } from './vocabulary.ts';

/** How a statement came to be: written fresh, or planted as a known relation to an earlier one. */
export const PLANT_KINDS = ['original', 'near-duplicate', 'segment-parallel', 'boilerplate'] as const;
/** One of PLANT_KINDS. */
export type PlantKind = (typeof PLANT_KINDS)[number];

/** What to generate. */
export interface CorpusOptions {
  /** Number of duty statements. */
  size: number;
  /** PRNG seed: the same seed and size give the same corpus. */
  seed?: number;
  /** Share of statements planted as near-duplicates of a statement of an earlier unit. */
  nearDuplicateRate?: number;
  /** Share of statements planted as the same duty for another customer segment. */
  segmentParallelRate?: number;
  /** Share of units that end with a boilerplate duty. */
  boilerplateRate?: number;
  /** Share of clauses that name a specific system, project or product from the long tail. */
  nameRate?: number;
}

/** A synthetic group's duty statements, with their units, documents and planted relations. */
export interface Corpus {
  /** The statements, in document → unit → duty order. */
  texts: string[];
  /** Unit number of each statement (units never span documents). */
  unit: Int32Array;
  /** Document number of each statement. */
  document: Int32Array;
  /** Index into PLANT_KINDS of each statement. */
  plant: Uint8Array;
  /** The statement a planted one was derived from, or −1. */
  copiedFrom: Int32Array;
}

/** The vocabulary's draws, Zipf-distributed: a few words everywhere, most words rare. */
interface Draws {
  verb: (r: () => number) => number;
  modifier: (r: () => number) => number;
  noun: (r: () => number) => number;
  head: (r: () => number) => number;
  tail: (r: () => number) => number;
  scope: (r: () => number) => number;
  /** A rank in the long tail of names (Zipf over NAME_COUNT names). */
  name: (r: () => number) => number;
  /** Probability that a clause names one. */
  nameRate: number;
}

/** Distinct long-tail names: a real group's documents name thousands of systems, projects and places. */
const NAME_COUNT = 60000;

/** A unit's theme: the objects its duties keep returning to. */
interface Theme {
  modifiers: string[];
  nouns: string[];
}

/**
 * Generates duty-like Chinese statements ("负责" + "渠道" + "营销策划" + "的组织实施"),
 * in units of 5 to 40 duties and documents of 5 to 30 units, deterministically
 * from the seed, planting near-duplicates across units, segment-parallel duties
 * (政企/家庭/个人客户) and boilerplate duties at recorded places.
 */
export function generateCorpus(options: CorpusOptions): Corpus {
  const { size, seed = 20240601, nearDuplicateRate = 0.04, segmentParallelRate = 0.03, boilerplateRate = 0.6, nameRate = 0.3 } = options;
  const random = seededRandom(seed);
  const draws: Draws = {
    verb: zipfSampler(VERBS.length, 1.1),
    modifier: zipfSampler(MODIFIERS.length, 0.9),
    noun: zipfSampler(NOUNS.length, 0.8),
    head: zipfSampler(HEADS.length, 0.7),
    tail: zipfSampler(TAILS.length, 0.7),
    scope: zipfSampler(SCOPES.length, 1.0),
    name: zipfSampler(NAME_COUNT, 1.0),
    nameRate,
  };
  const corpus: Corpus = { texts: [], unit: new Int32Array(size), document: new Int32Array(size), plant: new Uint8Array(size), copiedFrom: new Int32Array(size).fill(-1) };
  const withSegment: number[] = [];
  let unit = 0;
  for (let doc = 0; corpus.texts.length < size; doc++) {
    const units = between(random, 5, 30);
    for (let u = 0; u < units && corpus.texts.length < size; u++, unit++) {
      const unitStart = corpus.texts.length;
      const theme = drawTheme(random, draws);
      const duties = Math.min(between(random, 5, 40), size - unitStart);
      const boilerplate = duties > 1 && random() < boilerplateRate;
      for (let d = 0; d < duties; d++) {
        const k = corpus.texts.length;
        corpus.unit[k] = unit;
        corpus.document[k] = doc;
        const r = random();
        let from = -1;
        if (boilerplate && d === duties - 1) plantAs(corpus, k, 'boilerplate', -1, BOILERPLATE[Math.floor(random() ** 2 * BOILERPLATE.length)]);
        else if (r < nearDuplicateRate && unitStart > 0) {
          from = earlierOriginal(corpus, random, unitStart);
          if (from >= 0) plantAs(corpus, k, 'near-duplicate', from, nearDuplicate(corpus.texts[from], random));
          else plantAs(corpus, k, 'original', -1, statement(random, draws, theme));
        } else if (r < nearDuplicateRate + segmentParallelRate && withSegment.length > 0 && corpus.unit[(from = recent(withSegment, random))] !== unit) {
          plantAs(corpus, k, 'segment-parallel', from, otherSegment(corpus.texts[from], random));
        } else plantAs(corpus, k, 'original', -1, statement(random, draws, theme));
        if (corpus.plant[k] === 0 && SEGMENTS.some((s) => corpus.texts[k].includes(s))) withSegment.push(k);
      }
    }
  }
  return corpus;
}

function plantAs(corpus: Corpus, k: number, kind: PlantKind, from: number, text: string): void {
  corpus.texts.push(text);
  corpus.plant[k] = PLANT_KINDS.indexOf(kind);
  corpus.copiedFrom[k] = from;
}

function drawTheme(random: () => number, draws: Draws): Theme {
  return {
    modifiers: Array.from({ length: 2 }, () => zipfPick(MODIFIERS, draws.modifier, random)),
    nouns: Array.from({ length: 4 }, () => noun(random, draws)),
  };
}

/** A business object: a common one, or a long-tail HEAD + TAIL compound. */
function noun(random: () => number, draws: Draws): string {
  return random() < 0.3 ? zipfPick(NOUNS, draws.noun, random) : zipfPick(HEADS, draws.head, random) + zipfPick(TAILS, draws.tail, random);
}

/**
 * The long-tail name of a rank: two to four characters and a kind, derived
 * from the rank alone (a hash), so the same rank is always the same name.
 */
function longTailName(rank: number): string {
  const chars = [...NAME_CHARS];
  let h = Math.imul(rank + 1, 0x9e3779b1) >>> 0;
  const step = () => (h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) >>> 0);
  const length = 2 + (step() % 3);
  let name = '';
  for (let k = 0; k < length; k++) name += chars[step() % chars.length];
  return name + NAME_KINDS[step() % NAME_KINDS.length];
}

/** One clause: verb + optional segment + object + scope; objects mostly from the unit's theme. */
function clause(random: () => number, draws: Draws, theme: Theme, verb = true): string {
  const onTheme = random() < 0.6;
  const modifier = onTheme ? theme.modifiers[Math.floor(random() * theme.modifiers.length)] : zipfPick(MODIFIERS, draws.modifier, random);
  const object = onTheme ? theme.nouns[Math.floor(random() * theme.nouns.length)] : noun(random, draws);
  const segment = random() < 0.25 ? SEGMENTS[Math.floor(random() * SEGMENTS.length)] : '';
  const head = verb ? zipfPick(VERBS, draws.verb, random) : '';
  const named = random() < draws.nameRate ? longTailName(draws.name(random)) : '';
  return head + segment + named + modifier + object + zipfPick(SCOPES, draws.scope, random);
}

/** A duty statement of one to three clauses. */
function statement(random: () => number, draws: Draws, theme: Theme): string {
  let text = clause(random, draws, theme);
  const more = random() < 0.55 ? (random() < 0.35 ? 2 : 1) : 0;
  for (let c = 0; c < more; c++) text += CONNECTORS[Math.floor(random() * CONNECTORS.length)] + clause(random, draws, theme, random() < 0.8);
  return text;
}

/** One of the last 2 000 entries of a list (planted relations stay local, as in real documents). */
function recent(list: readonly number[], random: () => number): number {
  return list[list.length - 1 - Math.floor(random() * Math.min(list.length, 2000))];
}

/** A fresh statement of an earlier unit (within the last 20 000 statements), or −1. */
function earlierOriginal(corpus: Corpus, random: () => number, before: number): number {
  for (let attempt = 0; attempt < 4; attempt++) {
    const from = before - 1 - Math.floor(random() * Math.min(before, 20000));
    if (corpus.plant[from] === 0) return from;
  }
  return -1;
}

/** The text with one light edit: an adverb after the opening verb, or a different closing scope. */
function nearDuplicate(text: string, random: () => number): string {
  if (random() < 0.5) return text.slice(0, 2) + EDITS[Math.floor(random() * EDITS.length)] + text.slice(2);
  const scope = SCOPES.find((s) => s.length > 2 && text.endsWith(s));
  const other = SCOPES[Math.floor(random() * SCOPES.length)];
  return scope ? text.slice(0, text.length - scope.length) + other : text + '等工作';
}

/** The text with its customer segment swapped for another one. */
function otherSegment(text: string, random: () => number): string {
  const current = SEGMENTS.find((s) => text.includes(s)) ?? SEGMENTS[0];
  const others = SEGMENTS.filter((s) => s !== current);
  return text.split(current).join(others[Math.floor(random() * others.length)]);
}
