import { featureFamily } from './feature-family.ts';

/**
 * Character → idf of a prior table: the shipped one is the character idf of
 * jieba's general Chinese dictionary (analysis/lexicon/idf-prior-zh.txt, a
 * lexicon file read by run/resources.ts and carried by the Lexicon).
 */
export type IdfTable = ReadonlyMap<string, number>;

/** Parses an idf table: "entry idf" a line; # starts a comment line; lines without a numeric idf are skipped. */
export function parseIdfTable(text: string): Map<string, number> {
  const table = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const space = line.lastIndexOf(' ');
    const idf = Number(line.slice(space + 1));
    if (space > 0 && line.length > space + 1 && Number.isFinite(idf)) table.set(line.slice(0, space), idf);
  }
  return table;
}

/**
 * Character idf from a jieba dictionary ("word freq tag" lines): a character's
 * frequency is the summed frequency of the words it occurs in, and
 * 0.76 × ln(total / frequency) puts it on the scale of jieba's own idf table
 * (on the words both of jieba's files hold, idf ≈ 0.76 × ln(total / freq) − 0.07).
 * Per character rather than jieba's per-word table, because that table's
 * single characters are standalone uses only: 营 alone is rare, inside words not.
 */
export function charIdfFromDict(text: string): Map<string, number> {
  const freq = new Map<string, number>();
  let total = 0;
  for (const line of text.split('\n')) {
    const [word, count] = line.split(' ');
    const f = Number(count);
    if (!word || !Number.isFinite(f) || f <= 0) continue;
    total += f;
    for (const c of word) freq.set(c, (freq.get(c) ?? 0) + f);
  }
  const idf = new Map<string, number>();
  for (const [c, f] of freq) idf.set(c, Math.max(0, 0.76 * Math.log(total / f)));
  return idf;
}

/**
 * The text of analysis/lexicon/idf-prior-zh.txt from jieba's dict.txt: Han
 * characters only, sorted by code point, idf to 3 decimals. Shipped rather
 * than derived at run time because reading the 350k-word dictionary costs
 * ~0.4 s a run, the table ~5 ms.
 */
export function generalIdfFileText(dictText: string): string {
  const rows = [...charIdfFromDict(dictText)]
    .filter(([c]) => /^\p{Script=Han}$/u.test(c))
    .sort((a, b) => a[0].codePointAt(0)! - b[0].codePointAt(0)!)
    .map(([c, idf]) => `${c} ${idf.toFixed(3)}\n`);
  return `# Character idf of jieba's general Chinese dictionary (@node-rs/jieba dict.txt),\n# from generalIdfFileText in src/text/idf-prior.ts; do not edit by hand.\n${rows.join('')}`;
}

/**
 * The prior idf of a feature string, or undefined when the table has none.
 * Only Chinese characters are looked up: they carry most of the signal, and
 * words and bigrams gained nothing more on ../shared/eval/stsb-zh (69.82 vs
 * 69.77) for a 270k-entry table. English families have no general prior.
 */
export function priorIdfOf(feature: string, table: IdfTable): number | undefined {
  switch (featureFamily(feature)) {
    case 'char':
    case 'filler':
      return table.get(feature.slice(2));
    case 'word':
    case 'bigram':
    case 'stem':
    case 'ngram':
    case 'phrase':
    case 'sense':
    case 'hypernym':
    case null:
      return undefined;
  }
}
