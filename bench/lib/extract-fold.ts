import { withoutGlosses } from '../../src/text/unit-names.ts';
import * as OpenCC from 'opencc-js';

/**
 * The folding under which the extraction benchmark compares names and keys
 * (gold.json → policy). It converts Traditional to Simplified with opencc-js
 * itself rather than through the product's normaliser, so that a change to
 * the product cannot move the yardstick.
 */

let converter: ((text: string) => string) | null = null;

/** Traditional (Taiwan forms) → Simplified; other text passes through. */
export function traditionalToSimplified(text: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(text);
}

/** NFKC (full/half width), all whitespace removed. */
export function foldText(text: string): string {
  // Pronunciation glosses a mirror site put after characters (銷(xiāo)售) are no part of a name or a key.
  return withoutGlosses(text.normalize('NFKC')).replace(/\s+/gu, '');
}

/**
 * The key two names are compared by: NFKC, whitespace removed, Latin
 * lower-cased, Traditional → Simplified. Equal keys mean the same name, so
 * "秘書處", "秘书处" and "秘 书 处" all match.
 */
export function nameKey(name: string): string {
  return traditionalToSimplified(foldText(name).toLowerCase()).normalize('NFKC');
}

/** The keys of a gold name and its aliases. */
export function nameKeys(name: string, aliases: readonly string[] = []): Set<string> {
  return new Set([name, ...aliases].map(nameKey));
}

/**
 * Whether a gold key is a substring of a text, compared after NFKC and
 * whitespace removal, and again with both sides converted to Simplified.
 */
export function containsKey(text: string, key: string): boolean {
  const k = foldText(key);
  const t = foldText(text);
  if (k.length === 0) return true;
  return t.includes(k) || traditionalToSimplified(t).includes(traditionalToSimplified(k));
}
