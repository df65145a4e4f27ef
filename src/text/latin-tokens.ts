/**
 * Numbers and Latin words inside Chinese text: jieba keeps each as one token
 * (an atom, see terms-zh.ts), so two spellings of the same thing must be made
 * one spelling before segmentation, or their atoms never match.
 */

/** A number with thousands separators: 1–3 digits, then groups of ",ddd", not inside a longer number. */
const DIGIT_GROUPS = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?!\d)/g;

/**
 * Drops the thousands separators of numbers ("9,837.94" → "9837.94",
 * "10,000元" → "10000元"), so they read as the same number as the unseparated
 * form; jieba would otherwise cut "9,837.94" into "9", ",", "837.94". Expects
 * width-folded text (normalize.ts turns "，" into ","). A comma before fewer
 * or more than three digits ("1,2", "1,2345") is a list separator and stays.
 */
export function joinDigitGroups(text: string): string {
  return text.replace(DIGIT_GROUPS, (number) => number.replaceAll(',', ''));
}

/**
 * A lower-case letter (after another letter) followed by an upper-case one
 * (before another letter): where two glued words meet. A single letter on
 * either side is part of a name, not a word (iPhone, eBay, PoP).
 */
const CAMEL_JOIN = /(?<=\p{L}\p{Ll})(?=\p{Lu}\p{L})/u;

/**
 * The words of a Latin token written without spaces ("SeanHarrigan" →
 * "Sean", "Harrigan"; "WindowsXP" → "Windows", "XP"; "PowerPoint" → "Power",
 * "Point"), split where a lower-case letter meets an upper-case one, so it
 * matches the same words written apart. Any other token, Han, numeric,
 * all one case or with a one-letter part ("4G", "KPI", "t恤", "iPhone",
 * "PoP"), comes back whole.
 */
export function splitCamelCase(token: string): string[] {
  return token.split(CAMEL_JOIN);
}
