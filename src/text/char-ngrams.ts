/**
 * Character n-grams of a string for each n in [min, max], in order of
 * position then length. Works on code points, so a Han character outside the
 * BMP counts as one character. A string shorter than min yields nothing.
 */
export function charNgrams(text: string, min: number, max: number): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    for (let n = min; n <= max && i + n <= chars.length; n++) out.push(chars.slice(i, i + n).join(''));
  }
  return out;
}
