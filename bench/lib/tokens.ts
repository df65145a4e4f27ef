/**
 * Tokenisers of the benchmark: the same token lists go to dutylens and to
 * scikit-learn, so the comparison measures the search, not the tokeniser.
 */

/** Character bigrams of each run of letters/digits (punctuation splits runs; a one-character run is its own token). */
export function charBigrams(text: string): string[] {
  const tokens: string[] = [];
  for (const run of text.split(/[^\p{L}\p{N}]+/u)) {
    const chars = [...run];
    if (chars.length === 1) tokens.push(chars[0]);
    for (let k = 0; k + 1 < chars.length; k++) tokens.push(chars[k] + chars[k + 1]);
  }
  return tokens;
}

/** Lower-cased words of letters/digits (for the English O*NET statements). */
export function englishWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
