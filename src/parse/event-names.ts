import type { EventLexicon } from './event-lexicon.ts';

/**
 * Unit names as a notice writes them inside a sentence: particles stripped
 * (将, 原, 单设的, quotes, 等部门), lists split (A、B和C), and the test that
 * a phrase is a unit name at all (it ends with an org noun, holds no 的).
 */

/** Whether a phrase reads as a unit name: an org-noun ending, at least two characters, no 的 and no verb of a duty. */
export function isUnitName(name: string, lexicon: EventLexicon): boolean {
  if (name.length < 2 || name.length > 40 || name.includes('的')) return false;
  if (!/\p{Script=Han}/u.test(name) || lexicon.notInNames.some((w) => name.includes(w))) return false;
  const bare = name.replace(/\([^)]*\)$/u, '');
  return lexicon.orgNouns.some((n) => bare.endsWith(n));
}

/** A name without the particles written around it; 分局原市场部 reads 分局市场部. */
export function cleanName(raw: string, lexicon: EventLexicon): string {
  let name = raw.trim();
  let changed = true;
  while (changed && name.length > 0) {
    changed = false;
    for (const p of lexicon.namePrefixes) {
      if (name.startsWith(p) && name.length > p.length) {
        name = name.slice(p.length).trim();
        changed = true;
      }
    }
    for (const s of lexicon.nameSuffixes) {
      if (name.endsWith(s) && name.length > s.length) {
        name = name.slice(0, -s.length).trim();
        changed = true;
      }
    }
  }
  const inner = name.indexOf('原');
  if (inner > 0 && isUnitName(name.slice(0, inner), lexicon)) name = name.slice(0, inner) + name.slice(inner + 1);
  return name;
}

/** Splits at top-level separators (not inside brackets). */
function splitTop(text: string, separators: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '(' || ch === '《') depth++;
    else if (ch === ')' || ch === ')' || ch === '》') depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.test(ch)) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * The names of a list (A、B和C, 市工业和信息化委员会 kept whole): split at 、,
 * then at 和/及/与 only where both sides are unit names. Names cleaned.
 */
export function splitNames(text: string, lexicon: EventLexicon): string[] {
  const out: string[] = [];
  for (const piece of splitTop(text, /[、,]/u)) {
    let rest = cleanName(piece, lexicon);
    let found = true;
    while (found) {
      found = false;
      for (let i = 1; i < rest.length - 1; i++) {
        if (!'和及与'.includes(rest[i])) continue;
        const left = cleanName(rest.slice(0, i), lexicon);
        const right = cleanName(rest.slice(i + 1), lexicon);
        if (isUnitName(left, lexicon) && isUnitName(right, lexicon)) {
          out.push(left);
          rest = right;
          found = true;
          break;
        }
      }
    }
    out.push(rest);
  }
  return out.filter((n) => n.length > 0);
}

/** Splits a merge's list of contributions at commas and 以及 (not inside brackets). */
export function splitItems(text: string): string[] {
  return splitTop(text.replace(/以及/gu, ','), /[,,]/u);
}

/**
 * The unit name starting at `start` of a text: the longest phrase that is a
 * unit name and is followed by the end, a break or a word that may follow a
 * name. Returns its end (exclusive), or -1.
 */
export function nameEnd(text: string, start: number, end: number, lexicon: EventLexicon): number {
  for (let k = end; k > start + 1; k--) {
    const next = text.slice(k);
    const boundary = k === end || /^[、,,。;;::)“”"」]/u.test(next) || lexicon.afterName.some((w) => next.startsWith(w));
    if (boundary && isUnitName(cleanName(text.slice(start, k), lexicon), lexicon)) return k;
  }
  return -1;
}
