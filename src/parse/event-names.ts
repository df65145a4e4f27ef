import type { EventLexicon } from './event-lexicon.ts';

/**
 * Unit names as a notice writes them inside a sentence: particles stripped
 * (将, 原, 单设的, quotes, 等部门), lists split (A、B和C), and the test that
 * a phrase is a unit name at all (it ends with an org noun, holds no 的).
 */

/**
 * Whether a phrase reads as a unit name: an org-noun ending, at least two
 * characters, no 的, and more than words for a kind of unit (部门和直属机构
 * names no unit).
 */
export function isUnitName(name: string, lexicon: EventLexicon): boolean {
  if (name.length < 2 || name.length > 40 || name.includes('的')) return false;
  if (!/\p{Script=Han}/u.test(name) || lexicon.notInNames.some((w) => name.includes(w))) return false;
  const bare = name.replace(/\([^)]*\)$/u, '');
  if (lexicon.notNameEndings.some((w) => bare.endsWith(w)) || isCategory(bare, lexicon)) return false;
  // A counted phrase (4个乡镇, 6个乡改为建制镇) names no unit.
  if (/[0-9一二三四五六七八九十两]+个/u.test(bare) || /^[0-9一二三四五六七八九十两]+[大家]/u.test(bare)) return false;
  return lexicon.orgNouns.some((n) => bare.endsWith(n));
}

/** Whether a phrase is made of category words only (部门, 组成部门和直属机构). */
function isCategory(name: string, lexicon: EventLexicon): boolean {
  let rest = name;
  const words = [...lexicon.categoryWords, '和', '及', '与', '、'].sort((a, b) => b.length - a.length);
  while (rest.length > 0) {
    const w = words.find((v) => rest.startsWith(v));
    if (w === undefined) return false;
    rest = rest.slice(w.length);
  }
  return true;
}

/**
 * A list's closing count (苗河、芭蕉4个乡; A、B等9个机构): the count and the
 * noun it counts, and the list without them. 等 says the list names only
 * some of the units.
 */
export function countedList(text: string): { list: string; noun: string; count: number; partial: boolean } | null {
  const m = /(等)?([0-9]+|[一二三四五六七八九十两]+)个(\p{Script=Han}{1,4})$/u.exec(text.trim());
  if (!m) return null;
  return { list: text.trim().slice(0, m.index), noun: m[3], count: countOf(m[2]), partial: m[1] !== undefined };
}

function countOf(digits: string): number {
  if (/^[0-9]+$/u.test(digits)) return Number(digits);
  const value = (ch: string) => '零一二三四五六七八九'.indexOf(ch === '两' ? '二' : ch);
  if (digits === '十') return 10;
  const ten = digits.indexOf('十');
  if (ten < 0) return value(digits);
  return (ten === 0 ? 1 : value(digits[0])) * 10 + (ten === digits.length - 1 ? 0 : value(digits[ten + 1]));
}

/** A name without the particles written around it; 分局原市场部 reads 分局市场部. */
export function cleanName(raw: string, lexicon: EventLexicon): string {
  // A site's tag before a headline (【原创】, 【独家】) is no part of the name.
  let name = raw.trim().replace(/^【[^】]{1,8}】\s*/u, '');
  let changed = true;
  while (changed && name.length > 0) {
    changed = false;
    for (const s of lexicon.nameSuffixes) {
      if (name.endsWith(s) && name.length > s.length) {
        name = name.slice(0, -s.length).trim();
        changed = true;
      }
    }
    // "电商事业部下商城运营与活动营销部": the unit under another, named with its parent.
    const under = /^(.{2,20}?)下(?!设|属|辖)(.{2,30})$/u.exec(name);
    if (under !== null && isUnitName(under[1], lexicon) && isUnitName(under[2], lexicon)) {
      name = under[2];
      changed = true;
    }
    // A name written in quotes after a description (独立三级机关「核能安全委员会」) is the quoted name.
    const quoted = /^[^「“"]+[「“"]([^「“"」”]+)[」”"]?$/u.exec(name);
    if (quoted !== null && isUnitName(quoted[1], lexicon)) {
      name = quoted[1];
      changed = true;
    }
    for (const p of lexicon.namePrefixes) {
      // 原 is "former" (原市场部), but the first character of a short name too (原能会): at least three characters stay.
      if (p === '原' && (name.length - p.length < 3 || lexicon.wordsWithYuan.some((w) => name.startsWith(w)))) continue;
      if (name.startsWith(p) && name.length > p.length) {
        name = name.slice(p.length).trim();
        changed = true;
        // From the longest again: 将原本属于X loses 将, then 原本属于 (not 原 alone).
        break;
      }
    }
  }
  // A sign-board note (挂市中医药管理局牌子, 加挂X牌子) is no part of the name.
  name = name.replace(/[((](?:加挂|挂)[^()()]*[))]$/u, '').trim();
  // So is a note on its standing (集成电路学院(已撤销), X(暂定), X(筹)), and a unit code before it (53200集成电路学院).
  name = name.replace(/[((](?:已|暂|筹)[^()()]{0,6}[))]$/u, '').replace(/^[0-9]{3,}(?=\p{Script=Han})/u, '').trim();
  // And a note that it shares its office with another (民族学与社会学学院(与西南民族研究院合署)).
  name = name.replace(/[((](?:与|和|同)[^()()]{2,30}合署(?:办公)?[))]$/u, '').trim();
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
  const counted = countedList(text);
  if (counted !== null) {
    // 苗河、芭蕉4个乡: each name is written without the noun the count gives it.
    const names = splitNames(counted.list, lexicon);
    const complete = !counted.partial && names.length === counted.count;
    return names.map((n) => (complete && !isUnitName(n, lexicon) && !n.endsWith(counted.noun) ? n + counted.noun : n));
  }
  return withSharedEnding(splitPlain(text, lexicon), lexicon);
}

/**
 * A list whose last name carries the org noun for all (县工商、质监、食药局): each
 * earlier item, a short word that is no name alone, takes that noun.
 */
function withSharedEnding(names: string[], lexicon: EventLexicon): string[] {
  const last = names[names.length - 1];
  if (names.length < 2 || !isUnitName(last, lexicon)) return names;
  const noun = [...lexicon.orgNouns].sort((a, b) => b.length - a.length).find((n) => last.endsWith(n) && n.length === 1);
  if (noun === undefined) return names;
  const bare = names.slice(0, -1);
  if (!bare.every((n) => !isUnitName(n, lexicon) && /^\p{Script=Han}{2,4}$/u.test(n))) return names;
  return [...bare.map((n) => n + noun), last];
}

/**
 * The unit names of a list: its names that read as unit names, and in a
 * complete counted list (苗河、广城2个乡) every name given the counted noun,
 * which the count makes a unit whatever its ending (广城乡).
 */
export function unitNamesOf(text: string, lexicon: EventLexicon): string[] {
  const counted = countedList(text);
  // The count vouches only for names of units (4个乡, 3个中心), not for other things counted (三个类别).
  const complete = counted !== null && !counted.partial && lexicon.orgNouns.some((n) => counted.noun.endsWith(n));
  return splitNames(text, lexicon).filter((n) => isUnitName(n, lexicon) || (complete && n.length > counted.noun.length && n.endsWith(counted.noun)));
}

function splitPlain(text: string, lexicon: EventLexicon): string[] {
  return splitTop(text, /[、,]/u)
    .flatMap((piece) => splitJoined(cleanName(piece, lexicon), lexicon))
    .filter((n) => n.length > 0);
}

/** A piece joined by 和, 及, 与 or 以及 (A和B以及C), split wherever both sides are names, each side split again. */
function splitJoined(rest: string, lexicon: EventLexicon): string[] {
  for (let i = 1; i < rest.length - 1; i++) {
    const and = rest.startsWith('以及', i) ? 2 : '和及与'.includes(rest[i]) ? 1 : 0;
    if (and === 0) continue;
    const left = cleanName(rest.slice(0, i), lexicon);
    const right = cleanName(rest.slice(i + and), lexicon);
    if (isUnitName(left, lexicon) && isUnitName(right, lexicon)) return [...splitJoined(left, lexicon), ...splitJoined(right, lexicon)];
  }
  return [rest];
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
