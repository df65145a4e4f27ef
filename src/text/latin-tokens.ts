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
