/**
 * A catalogue function's own terms: the words of its name, description and
 * examples that few other functions of the catalogue use. A duty matches a
 * function only when it shares one of them; a cosine carried by a word every
 * function has (管理, 工作, 系统, 制度) is no evidence that the duty does this
 * function (信息系统建设与运维 ← 负责客户关系管理和客户投诉处理).
 */

/** How widely a word may be shared and still be a function's own: at most this share of the checked functions (and never fewer than 2). */
export const OWN_TERM_SHARE = 0.05;

/**
 * Each function's own words (in first-seen order) from its words, by
 * function index: those few other functions use. (How common a word is in
 * the analysed duties says nothing here: in a marketing department's
 * documents 市场调研 is common and still the market-research function's own.) Pure.
 */
export function ownTerms(wordsPerFunction: readonly (readonly string[])[], share: number = OWN_TERM_SHARE): string[][] {
  const df = new Map<string, number>();
  for (const words of wordsPerFunction) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  const limit = Math.max(2, Math.floor(share * wordsPerFunction.filter((w) => w.length > 0).length));
  return wordsPerFunction.map((words) => [...new Set(words)].filter((w) => isTermLike(w) && (df.get(w) ?? 0) <= limit));
}

/** A word that can name work: two characters or more, and not only digits (a catalogue's example numbers, 标准职责 01, say nothing of the work). */
function isTermLike(word: string): boolean {
  return [...word].length >= 2 && !/^[\p{N}\p{P}]+$/u.test(word);
}

/** The function's own words that a duty's words include (or that occur in its text, for words the segmenter cut otherwise), in the function's order. */
export function sharedOwnTerms(own: readonly string[], dutyWords: ReadonlySet<string>, dutyText: string): string[] {
  return own.filter((w) => dutyWords.has(w) || dutyText.includes(w));
}
