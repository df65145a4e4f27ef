import type { UnitDraft } from './draft.ts';
import { unitKindOf } from './unit-kind.ts';

/**
 * Gives a parent to top-level positions whose name starts with the name of
 * another unit of the document: "市场部营业企划主管" belongs to 市场部,
 * "市场拓展部经理" to 市场拓展部; and in a document whose title names its
 * only top-level non-post unit, or that opens with it, the other top-level posts are that unit's.
 * Scraped position lists often carry no heading for their department, so the
 * names are the only evidence. The
 * longest matching unit that is not itself a position wins. Paths of the
 * adopted units and their descendants are recomputed. Returns new drafts;
 * the input is not changed.
 */
export function adoptByNamePrefix(units: readonly UnitDraft[], title = ''): UnitDraft[] {
  const out = units.map((u) => ({ ...u, path: [...u.path] }));
  const adopted = new Set<number>();
  out.forEach((u, i) => {
    if (u.parent !== null || unitKindOf(u.name, 0) !== 'position') return;
    let best = -1;
    out.forEach((other, j) => {
      if (j === i || unitKindOf(other.name, 0) === 'position') return;
      if (other.name.length >= u.name.length || !u.name.startsWith(other.name)) return;
      if (isDescendant(out, j, i)) return;
      if (best === -1 || other.name.length > out[best].name.length) best = j;
    });
    if (best !== -1) {
      u.parent = best;
      adopted.add(i);
    }
  });
  // "生产部部长" with no 生产部 in the document: the post's name says its department, which is then a unit of its own.
  const made = out.length;
  for (let i = 0; i < made; i++) {
    const u = out[i];
    if (u.parent !== null || unitKindOf(u.name, 0) !== 'position') continue;
    const department = departmentOfPost(u.name);
    if (department === null) continue;
    const existing = out.findIndex((o) => o.name === department);
    const at = existing >= 0 ? existing : out.push({ name: department, path: [department], parent: null, attributes: {}, line: u.line, numbered: false }) - 1;
    if (at === i || isDescendant(out, at, i)) continue;
    u.parent = at;
    adopted.add(i);
  }
  // A document about one unit ("公司市场部职责及岗位职责", or one that opens with that unit's own
  // duties) whose other top-level units are all posts: the posts are that unit's.
  const tops = out.flatMap((u, i) => (u.parent === null ? [i] : []));
  const heads = tops.filter((i) => unitKindOf(out[i].name, 0) !== 'position');
  const opens = heads.length === 1 && tops.every((i) => out[i].line >= out[heads[0]].line);
  if (heads.length === 1 && (title.includes(out[heads[0]].name) || opens)) {
    for (const i of tops) {
      if (i === heads[0] || isDescendant(out, heads[0], i)) continue;
      out[i].parent = heads[0];
      adopted.add(i);
    }
  }
  // Only adopted units and their descendants get new paths; every other id stays as it was.
  const affected = (i: number): boolean => {
    const seen = new Set<number>();
    for (let k: number | null = i; k !== null && !seen.has(k); k = out[k].parent) {
      if (adopted.has(k)) return true;
      seen.add(k);
    }
    return false;
  };
  const pathOf = (i: number, seen: Set<number>): string[] => {
    const u = out[i];
    if (u.parent === null || seen.has(i)) return [u.name];
    seen.add(i);
    return [...pathOf(u.parent, seen), u.name];
  };
  out.forEach((u, i) => {
    if (affected(i)) u.path = pathOf(i, new Set());
  });
  return out;
}

/**
 * The organisation a document names only in its staffing sentence holds its
 * top-level units: a 三定 page scraped from its 内设机构 on, whose title was
 * lost, still says "市政府办公室机关行政编制为63名". Applies when no unit is
 * an organisation yet and two units or more have no parent; the organisation
 * is added as a unit of its own (kept without duties) and paths are recomputed.
 * Returns new drafts; the input is not changed.
 */
export function adoptByStaffedOrganisation(units: readonly UnitDraft[], staffed: { name: string; line: number } | null): UnitDraft[] {
  const tops = units.flatMap((u, i) => (u.parent === null ? [i] : []));
  if (staffed === null || tops.length < 2 || units.some((u) => u.kind === 'organisation' || u.name === staffed.name)) return [...units];
  const root = units.length;
  const out: UnitDraft[] = units.map((u) => ({ ...u, parent: u.parent, path: [staffed.name, ...u.path] }));
  for (const i of tops) out[i].parent = root;
  out.push({ name: staffed.name, path: [staffed.name], parent: null, attributes: {}, line: staffed.line, numbered: false, kind: 'organisation', anchor: true });
  return out;
}

/** True when unit `i` has `ancestor` among its ancestors (guards against cycles). */
function isDescendant(units: readonly UnitDraft[], i: number, ancestor: number): boolean {
  const seen = new Set<number>();
  for (let p = units[i].parent; p !== null && !seen.has(p); p = units[p].parent) {
    if (p === ancestor) return true;
    seen.add(p);
  }
  return false;
}

// A post named by its department and its title (生产部部长, 财务科科长, 质检中心主任).
const POST_OF_DEPARTMENT = /^(.{1,12}?(?:部|处|科|室|中心|车间|办公室|组|队|站))(?:副?(?:部长|经理|总监|主管|主任|科长|处长|组长|队长|站长)|专员|助理)$/u;

/** The department a post's name starts with ("生产部部长" → 生产部), or null. */
export function departmentOfPost(name: string): string | null {
  const m = POST_OF_DEPARTMENT.exec(name);
  return m !== null && m[1].length >= 2 ? m[1] : null;
}
