import { type Paragraph, removeRanges } from './paragraph.ts';

const CN = '[一二三四五六七八九十]{1,3}';
// "一、综合部 (3)", "(一)文秘室3": a label, a name, a page number.
const LABELLED_ITEM = `(?:${CN}、|[(]${CN}[)])\\s*[^()（）、\\d\\s,，。;；]{1,24}?\\s*(?:[(]\\d{1,3}[)]|\\d{1,3}(?![\\d、.]))`;
const LABELLED_RUN = new RegExp(`(?:${LABELLED_ITEM}\\s*){3,}`, 'gu');
// "综合部进展战略部计划建设部 9财务部 12人力资源部 18": unit names and page numbers.
const UNIT_ITEM = '[\\p{Script=Han}]{1,29}?[部处室科心会司局组]\\s*\\d{1,3}(?![\\d、.%])';
const UNIT_RUN = new RegExp(`(?:${UNIT_ITEM}\\s*){3,}`, 'gu');
// "一、市场策划处处室职责........ - 3 -": dotted leaders to a page number.
const LEADER = /[.…·]{4,}\s*-?\s*\d{1,3}\s*-?/gu;

/** The ranges of a (normalised) text that are table-of-contents entries. */
export function tableOfContentsRanges(key: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const run of [LABELLED_RUN, UNIT_RUN]) {
    run.lastIndex = 0;
    for (const m of key.matchAll(run)) ranges.push([m.index, m.index + m[0].length]);
  }
  const leaders = [...key.matchAll(LEADER)];
  if (leaders.length >= 3) {
    const last = leaders[leaders.length - 1];
    const contents = key.search(/目\s*录/u);
    const start = contents !== -1 && contents < leaders[0].index ? contents : 0;
    ranges.push([start, last.index + last[0].length]);
  }
  return ranges;
}

/**
 * The paragraph without its table-of-contents entries, which name units
 * and sections but hold no duties ("部门职责汇编(V4.1)一、综合部 (3)(一)文秘室
 * (3)…", "目 录第一章……- 2 -").
 */
export function stripTableOfContents(p: Paragraph): Paragraph {
  return removeRanges(p, tableOfContentsRanges(p.key));
}
