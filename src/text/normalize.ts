import * as OpenCC from 'opencc-js/t2cn';

/**
 * Traditional → Simplified converter. Built once: building it loads the
 * dictionaries (tens of ms), converting is ~10 M chars/s.
 */
let toSimplifiedConverter: ((text: string) => string) | null = null;

/** Converts Traditional Chinese (Taiwan/Hong Kong forms) to Simplified; other text passes through. */
export function toSimplified(text: string): string {
  const convert = (toSimplifiedConverter ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(text);
}

/**
 * Folds full-width ASCII (！…～, U+FF01–U+FF5E) to half-width and the
 * ideographic space to a space, so that "（一）" and "(一)", "１、" and "1、"
 * read the same. CJK punctuation such as 、。；：is kept: it carries structure.
 */
export function foldWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/**
 * Character variants that OCR and text spinners leave in scraped duty
 * documents, mapped to the standard form. The seeds' Traditional document
 * writes 旳 for 的 throughout (目旳 = 目的).
 */
export const DEFAULT_OCR_VARIANTS: Readonly<Record<string, string>> = {
  旳: '的',
  尙: '尚',
  '\u00a0': ' ',
};

/** Replaces each variant character or string by its standard form. */
export function fixOcrVariants(text: string, variants: Readonly<Record<string, string>> = DEFAULT_OCR_VARIANTS): string {
  let out = text;
  for (const [from, to] of Object.entries(variants)) {
    if (out.includes(from)) out = out.split(from).join(to);
  }
  return out;
}

/**
 * The analysis form of a text: Simplified, width-folded, OCR variants fixed,
 * whitespace collapsed. The original is always kept separately for display.
 */
export function normalizeText(text: string, variants: Readonly<Record<string, string>> = DEFAULT_OCR_VARIANTS): string {
  return fixOcrVariants(foldWidth(toSimplified(text)), variants).replace(/\s+/g, ' ').trim();
}

/** Which script a text is written in, judged by how much conversion to Simplified changes it. */
export function detectScript(text: string): 'simplified' | 'traditional' | 'latin' {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  if (han === 0 || latin > han * 2) return 'latin';
  const sample = text.slice(0, 20000);
  const converted = toSimplified(sample);
  let changed = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] !== converted[i]) changed++;
  // Simplified text still changes a little (a few characters are shared forms);
  // Traditional text changes on every few characters.
  return changed / Math.max(1, han) > 0.05 ? 'traditional' : 'simplified';
}

const foldableCache = new WeakMap<Readonly<Record<string, string>>, RegExp>();

/** What alignedNormalize changes besides the script: full-width ASCII, the ideographic space and single-character variants (built once per variants table). */
function foldable(variants: Readonly<Record<string, string>>): RegExp {
  let re = foldableCache.get(variants);
  if (!re) {
    const singles = Object.keys(variants).filter((from) => from.length === 1 && variants[from].length === 1);
    const escaped = singles.map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    re = new RegExp(`[\\uff01-\\uff5e\\u3000${escaped}]`);
    foldableCache.set(variants, re);
  }
  return re;
}

/**
 * A form of the text for pattern matching that keeps every UTF-16 offset of
 * the original: Simplified, width-folded, single-character OCR variants
 * fixed. The parser finds labels and headings in this form and slices the
 * original at the same offsets, so the original stays exact for display.
 * Whole-text conversion is used when it keeps the length (the usual case);
 * otherwise each character is converted alone.
 */
export function alignedNormalize(text: string, variants: Readonly<Record<string, string>> = DEFAULT_OCR_VARIANTS): string {
  let simplified = toSimplified(text);
  if (simplified.length !== text.length) {
    let out = '';
    for (const ch of text) {
      const converted = toSimplified(ch);
      out += converted.length === ch.length ? converted : ch;
    }
    simplified = out;
  }
  // Most text has nothing to fold: then the per-character copy below would only rebuild it.
  if (!foldable(variants).test(simplified)) return simplified;
  let folded = '';
  for (let i = 0; i < simplified.length; i++) {
    const code = simplified.charCodeAt(i);
    let ch = simplified[i];
    if (code >= 0xff01 && code <= 0xff5e) ch = String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) ch = ' ';
    const variant = variants[ch];
    folded += variant !== undefined && variant.length === 1 ? variant : ch;
  }
  return folded;
}
