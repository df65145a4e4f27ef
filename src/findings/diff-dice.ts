/**
 * Character-bigram Dice coefficient of two texts, in [0, 1].
 *
 * Used to tell a reworded duty from an unrelated one. Character bigrams work
 * the same for Chinese (no segmentation needed, so the diff does not depend on
 * the dictionary) and for English, and are robust to a few inserted words.
 * Bigrams are counted as a multiset so that repeated phrases weigh in.
 */
export function charBigramDice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const total = sum(x) + sum(y);
  if (total === 0) return a === b ? 1 : 0;
  let shared = 0;
  for (const [gram, n] of x) shared += Math.min(n, y.get(gram) ?? 0);
  return (2 * shared) / total;
}

/** Bigram counts of a text, ignoring whitespace and punctuation (they carry no wording). */
function bigrams(text: string): Map<string, number> {
  const chars = [...text.toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const out = new Map<string, number>();
  if (chars.length === 1) out.set(chars[0], 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i] + chars[i + 1];
    out.set(gram, (out.get(gram) ?? 0) + 1);
  }
  return out;
}

function sum(counts: Map<string, number>): number {
  let n = 0;
  for (const v of counts.values()) n += v;
  return n;
}
