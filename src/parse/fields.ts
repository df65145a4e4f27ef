import type { ParseLexicon } from './lexicon.ts';
import { isPositionName, isUnitName } from './units.ts';
import { type Paragraph, joinParagraphs, paragraphOf, sliceParagraph, trimParagraph } from './paragraph.ts';

/**
 * Key-value position descriptions (职位说明书, 岗位说明书): the common company
 * form is a table of label and value cells (岗位名称 | 出纳 | 所属部门 | 财务部 …)
 * then a duty table. It reaches the parser in three shapes: .docx rows (cells
 * joined by tabs), the same flattened to one cell per line, or "1、职务名称:交易主管"
 * lines. This pre-pass brings all three to one shape, "label:value" paragraphs,
 * and turns a block of them into one position heading that the walker opens.
 */

/** What a block of header fields says: the position (or the department a 部门职责 form describes), its department and every field kept verbatim. */
export interface PositionFields {
  name: string;
  /** A post (岗位名称 …), or a department described by its own form (部门名称:财务部, no post). */
  describes: 'position' | 'unit';
  department: string | null;
  fields: Record<string, string>;
}

const NAME_FIELD = /^(?:岗位名称|职位名称|职务名称|岗位名|职位名|岗位)$/u;
const DEPARTMENT_FIELD = /^(?:所属部门|所在部门|隶属部门|部门名称|科室名称|处室名称|工作部门|所属科室|所在科室|所属小部门|所属大部门|部门)$/u;
/** Department fields that name the unit a form is about when the form names no post (部门名称:财务部 / 部门职责: …). */
const OWN_NAME_FIELD = /^(?:部门名称|科室名称|处室名称|部门)$/u;
const OTHER_FIELDS =
  /^(?:单位名称|所属单位|所在单位|组织机构代码|岗位类别|是否两类岗位任职|直接上级|直接下级|直接上司|可转换岗位|可轮换岗位|职位发展路线|晋升方向|职位等级|岗位等级|职级|岗位编号|岗位编码|职位编号|档案编号|工资等级|岗位级别|职位级别|薪资级别|辖员人数|备注|工作主要关联部门.{0,12}|岗位定员|定员人数|辖管人数|下属人数|薪金等级|薪金水平|薪酬等级|工作分析人员|分析日期|批准人|填写日期|编制日期|编制人|审核人|姓名|文件编号|版本号|岗位类别|岗位性质|岗位代码|工作地点|汇报对象|所辖人员|间接上级|间接下级|直属上级|直属下级|直属部门|职位代码|职务代码|工作性质|职系|职等|职等职级|职务等级|职位类别|职务类别|岗位序列|薪酬类型|薪酬类别|工资类型|岗位分析日期|岗位分析人|所辖人数|部门负责人|下属岗位|下设岗位|部门编制|编制人数|部门人数|部门编号|部门代码)$/u;

/** True when a cell is a header field label. */
export function isFieldLabel(cell: string): boolean {
  const c = cell.replace(/[\s:：]/gu, '');
  return NAME_FIELD.test(c) || DEPARTMENT_FIELD.test(c) || OTHER_FIELDS.test(c);
}

/** A "label:value" paragraph's label and value, the label being a header field ("1、职务名称:交易主管"). */
function fieldOf(key: string): { label: string; value: string } | null {
  const prefix = /^(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．]\s*|[(（]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]\s*|[*＊•·●▪■◆]\s*)?/u;
  const body = key.trim().replace(prefix, '');
  const m = /^([^:：\t]{2,20}?)\s*[:：\t]\s*(.*)$/u.exec(body);
  if (m && isFieldLabel(m[1])) return { label: m[1].replace(/\s/gu, ''), value: m[2].trim() };
  // "职位名称 基础会计": a known label, a space and the value.
  const spaced = /^([\p{Script=Han}]{2,10})\s+(\S.{0,40})$/u.exec(body);
  return spaced && isFieldLabel(spaced[1]) ? { label: spaced[1], value: spaced[2].trim() } : null;
}

/** True when a paragraph is only a lead-in or section word ("工作职责", "绩效标准"). */
type LeadTest = (key: string) => boolean;

/**
 * Brings table shapes to lines: tab-separated cells become one paragraph per
 * label:value pair (or per cell); a lone label cell takes the next line as its
 * value; a lone number ("1", "2") joins the line after it; a run of lead-in
 * words (a flattened column header "工作职责 绩效标准 能力素质模型") keeps its first.
 */
export function unflattenTables(paragraphs: readonly Paragraph[], isLeadIn: LeadTest): Paragraph[] {
  const cells = paragraphs.flatMap(splitCells);
  const out: Paragraph[] = [];
  let shares = 0;
  // Inside a duty table whose columns start with the time each duty takes (时间分配 | 主要职责 | 职责描述 …).
  let timed = false;
  for (let i = 0; i < cells.length; i++) {
    const p = cells[i];
    const key = p.key.trim();
    const next = cells[i + 1];
    if (TIME_SHARE_HEADER.test(key)) timed = true;
    else if (key.length <= 8 && /指标|权重|任职|资格|考核|绩效|能力|技能/u.test(key)) timed = false;
    // A time-share cell of that table ("15 %") opens a row: its main duty, then the duty's details.
    if (timed && next && /^\d{1,3}\s*[%％]$/u.test(key) && /^\p{Script=Han}/u.test(next.key.trim())) {
      shares++;
      out.push(joinParagraphs(paragraphOf(`${shares}、`, p.lines[0] ?? 0), next));
      i++;
      continue;
    }
    if (next && /^\d{1,2}$/u.test(key) && !/^\d/u.test(next.key.trim())) {
      const label = paragraphOf(/^[、.．]/u.test(next.key.trim()) ? p.text.trim() : `${p.text.trim()}、`, p.lines[0] ?? 0);
      out.push(joinParagraphs(label, next));
      i++;
      continue;
    }
    if (next && isFieldLabel(key) && !/[:：]/u.test(key) && !isFieldLabel(next.key) && next.key.trim().length <= 60 && !isLeadIn(next.key.trim())) {
      // A value the cell wrapped after a slash ("行政主管/" "行政经理助理") goes on in the line after it.
      const more = /[/／]$/u.test(next.key.trim()) && cells[i + 2] && !isFieldLabel(cells[i + 2].key) ? cells[i + 2] : null;
      const pair = joinParagraphs(paragraphOf(`${p.text.trim()}:`, p.lines[0] ?? 0), next);
      out.push(more ? joinParagraphs(pair, more) : pair);
      i += more ? 2 : 1;
      continue;
    }
    // A label cell left empty, the next cell another label ("所辖人员" "定员人数"): the field is there, its value blank.
    if (next && isFieldLabel(key) && !/[:：]/u.test(key) && isFieldLabel(next.key) && out.length > 0 && fieldOf(out[out.length - 1].key) !== null) {
      out.push(paragraphOf(`${p.text.trim()}:`, p.lines[0] ?? 0));
      continue;
    }
    if (isLeadIn(key) && out.length > 0 && isLeadIn(out[out.length - 1].key.trim())) continue;
    out.push(p);
  }
  return out;
}

/** The header cell of a duty table's time-share column. */
const TIME_SHARE_HEADER = /^(?:时间分配|时间比[例重]|所占时间|占用时间|时间占比|工作时间(?:百分比|比例|分配)?)$/u;

/**
 * A line holding several "label:value" fields ("岗位名称:出纳  所属部门:财务部  直接上级:财务经理")
 * split at each field label, or the line alone.
 */
function splitFields(p: Paragraph): Paragraph[] {
  const starts: number[] = [];
  for (const m of p.key.matchAll(/[\p{Script=Han}]{2,12}(?=\s*[:：]|\s+\S|\s*$)/gu)) {
    // The label may be the tail of the run of characters before the colon ("往来核算会计隶属部门:").
    for (let from = m.index; from < m.index + m[0].length - 1; from++) {
      if (isFieldLabel(p.key.slice(from, m.index + m[0].length))) {
        // "2.直接上级 物管主管": the field's number goes with it.
        const numbered = /(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]\s*$/u.exec(p.key.slice(Math.max(0, from - 6), from));
        starts.push(numbered ? from - numbered[0].length : from);
        break;
      }
    }
  }
  if (starts.length < 2) return gluedFields(p);
  // The last field's value ends where the text goes on ("分析日期:  二、岗位工作概述…", "下属人数: 0 … 职责:1. …").
  const last = starts[starts.length - 1];
  const colon = p.key.slice(last).search(/[:：]/u);
  const rest = /\s{2,}|(?:[一二三四五六七八九十]{1,3}|\d{1,2})、|(?:岗位|工作|主要)?职责[:：]|(?<![\d.])\d{1,2}[.．](?!\d)/u.exec(p.key.slice(last + colon + 1).replace(/^\s+/u, (m) => '\u0000'.repeat(m.length)));
  const tail = rest ? last + colon + 1 + rest.index : p.key.length;
  const cuts = [0, ...starts.filter((at) => at > 0), ...(tail < p.key.length ? [tail] : []), p.key.length];
  const pieces: Paragraph[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const piece = trimParagraph(sliceParagraph(p, cuts[i], cuts[i + 1]));
    if (piece.key.length > 0) pieces.push(piece);
  }
  // A field can hold the rest of the form glued ("岗位名称 财务部经理岗位编号所在部门财务部…", then 直接上级岗位:财务总监).
  return pieces.flatMap(gluedFields);
}

/** Labels long enough to be found glued to their values (岗位名称现金出纳岗所在部门财务部…); 岗位 and 部门 alone are words of any text. */
const GLUED_LABELS = [...NAME_FIELD.source.matchAll(/[\p{Script=Han}]{4,}/gu), ...DEPARTMENT_FIELD.source.matchAll(/[\p{Script=Han}]{4,}/gu), ...OTHER_FIELDS.source.matchAll(/[\p{Script=Han}]{4,}/gu)]
  .map((m) => m[0])
  .sort((a, b) => b.length - a.length);
const GLUED_NAME_LABELS = GLUED_LABELS.filter((l) => NAME_FIELD.test(l));

/**
 * A table flattened with nothing between its cells ("岗位名称现金出纳岗岗位编号所在部门财务部岗位定员1直接上级…"):
 * cut before each field label of four or more characters, when the paragraph opens with a name label (after
 * a short title) and at least three others follow. Written by hand: no table reader sees cells that lost every separator.
 */
function gluedFields(p: Paragraph): Paragraph[] {
  // The form opens the paragraph with its name label (after a title such as 岗位说明书); a header glued inside
  // running text is the walker's. Tested first: most paragraphs have none.
  const first = [...Array(9).keys()].find((i) => GLUED_NAME_LABELS.some((l) => p.key.startsWith(l, i)));
  if (first === undefined) return [p];
  const starts: number[] = [];
  for (let i = first; i < p.key.length; i++) {
    const label = GLUED_LABELS.find((l) => p.key.startsWith(l, i));
    if (label === undefined) continue;
    starts.push(i);
    i += label.length - 1;
  }
  if (starts.length < 4) return [p];
  // The last field's value ends where the description goes on (本职:…, 工作职责1、…, 一、…).
  const last = starts[starts.length - 1];
  const on = /本职|职责与工作任务|岗位职责|工作职责|主要职责|职责描述|职责概述|工作内容|工作概述|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]/u.exec(p.key.slice(last + 2));
  const tail = on ? last + 2 + on.index : p.key.length;
  const cuts = [...new Set([0, ...starts, tail, p.key.length])].sort((a, b) => a - b);
  const pieces: Paragraph[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const piece = trimParagraph(sliceParagraph(p, cuts[i], cuts[i + 1]));
    if (piece.key.length === 0) continue;
    // Each label takes a colon, so the field reader sees label:value.
    const label = GLUED_LABELS.find((l) => piece.key.startsWith(l));
    pieces.push(label !== undefined && !/^[:：]/u.test(piece.key.slice(label.length)) ? paragraphOf(`${piece.text.slice(0, label.length)}:${piece.text.slice(label.length)}`, piece.lines[0] ?? 0) : piece);
  }
  return pieces;
}

/** A table row (cells joined by tabs) as paragraphs: label:value pairs, a numbered duty row, or one per cell. */
function splitCells(p: Paragraph): Paragraph[] {
  if (!p.key.includes('\t')) return splitFields(p);
  const pieces: Paragraph[] = [];
  let from = 0;
  for (let i = 0; i <= p.key.length; i++) {
    if (i === p.key.length || p.key[i] === '\t') {
      const cell = trimParagraph(sliceParagraph(p, from, i));
      if (cell.key.length > 0) pieces.push(cell);
      from = i + 1;
    }
  }
  return pieces;
}

/** A Chinese value without the English label a bilingual form glued after it ("物流部Job title: Warehouse Keeper" → 物流部). */
function beforeGluedLabel(value: string): string {
  return value.replace(/(?<=\p{Script=Han})\s*[A-Z][A-Za-z/ ]{1,30}[:：].*$/su, '');
}

/**
 * The position a block of "label:value" paragraphs starting at `at` describes,
 * and how many paragraphs the block takes, or null when no name field is there.
 */
export function readFieldBlock(paragraphs: readonly Paragraph[], at: number, lexicon: ParseLexicon): { position: PositionFields; length: number } | null {
  if (fieldOf(paragraphs[at]?.key ?? '') === null) return null;
  const fields: Record<string, string> = {};
  let end = at;
  let misses = 0;
  for (let i = at; i < paragraphs.length && misses <= 1; i++) {
    const field = fieldOf(paragraphs[i].key);
    if (field) {
      if (!(field.label in fields)) fields[field.label] = field.value;
      end = i + 1;
      misses = 0;
    } else misses++;
  }
  const nameLabel = Object.keys(fields).find((k) => NAME_FIELD.test(k));
  if (nameLabel === undefined) {
    // A department's own form (部门名称 | 财务部 | 部门职责 | 1、…): the department is the unit described.
    const ownLabel = Object.keys(fields).find((k) => OWN_NAME_FIELD.test(k));
    const own = ownLabel === undefined ? '' : beforeGluedLabel(fields[ownLabel]).replace(/\s/gu, '');
    return own.length > 0 && isUnitName(own, lexicon) ? { position: { name: own, describes: 'unit', department: null, fields }, length: end - at } : null;
  }
  // A note the form's author left in brackets after the name ("仓储经理(可根据企业规模调整)") is no part of it.
  const name = beforeGluedLabel(fields[nameLabel]).replace(/\s/gu, '').replace(/[(（][^()（）]*(?:可|根据|视|按|调整|如)[^()（）]*[)）]$/u, '');
  if (!isUnitName(name, lexicon) && !isPositionName(name)) return null;
  // "所属小部门: (blank) 所属大部门: 销售部": the first department field that says one.
  const departmentLabel = Object.keys(fields).find((k) => DEPARTMENT_FIELD.test(k) && beforeGluedLabel(fields[k]).trim().length > 0);
  const department = departmentLabel === undefined ? null : beforeGluedLabel(fields[departmentLabel]).replace(/\s/gu, '');
  return { position: { name, describes: 'position', department: department && department.length > 0 ? department : null, fields }, length: end - at };
}
