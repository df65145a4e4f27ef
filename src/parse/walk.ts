import { unitKindOf } from './unit-kind.ts';
import {
  type DocumentDraft,
  addAlias,
  appendAttribute,
  draftKind,
  emptyDraft,
  findOrCreateUnit,
  findUnitByName,
  joiner,
  traceLine,
  kindRank,
} from './draft.ts';
import { isLeadInWord } from './documents.ts';
import { sentenceRanges } from './duties.ts';
import { type PositionFields, readFieldBlock } from './fields.ts';
import { containerOf, definedShortName, isDutyLike, openingSubjectOf, organisationOfPreamble, ownerInSubjectSentence, selfDefinedOrganisation, sharedSubjectOf, subjectUnitOf } from './lead-ins.ts';
import type { ParseLexicon } from './lexicon.ts';
import { type Label, type LabelStyle, labelAt } from './numbering.ts';
import { type OutlineLevel, enterLevel, placeLabel } from './outline.ts';
import { type Paragraph, lineAt, sliceParagraph } from './paragraph.ts';
import { keyAt, POSITION_OPENERS, readPositionHeader, sectionHeadingAt } from './sections.ts';
import { type HeadingForm, departmentOfPostTitle, echoedEnglishHeading, englishOrganisationTitle, englishSubjectOf, englishUnitName, isPositionName, isUnitName, ORGANISATION_LEVEL, lowerCaseUnitName, ownerOfName, unitHeadingAt } from './units.ts';

/**
 * Reading one document: a small state machine over its paragraphs. Labels
 * and lead-in words are the events; the text between them goes to the
 * current duty, the current unit's attribute, or nowhere, depending on the
 * mode. Headings (labelled or not) open units; a label style that opened a
 * heading stays a heading style, every other style nests duties.
 */

/** A labelled heading that is still open: a unit, a non-duty section, or a structural heading (unit null). */
interface HeadingEntry {
  style: LabelStyle;
  last: number;
  unit: number | null;
  /** True once the style restarted at 1 right under this unit's heading: from then on it numbers the unit's duties. */
  closed?: boolean;
}

/** Where running text goes. */
type Mode = { kind: 'duties' } | { kind: 'section'; name: string } | { kind: 'note'; name: string };

/** What the text being flushed follows: a paragraph start and a duty lead-in may be followed by an unlabelled heading. */
type After = 'paragraph' | 'duty-key' | 'key' | 'label' | 'heading';

interface WalkState {
  draft: DocumentDraft;
  lexicon: ParseLexicon;
  /** The unit the document title names, made only when needed. */
  titleUnit: string | null;
  /** The organisation a title names before its unit ("康桥集团 销售经理 岗位说明书" → 康桥集团), or null. */
  titleOwner: string | null;
  /** True when the title names the organisation itself (a 三定 规定, a profile): its unit opens at once. */
  titleIsOrganisation: boolean;
  /** The unit a container lead-in named ("…设6个内设机构:"): the parent of the units that follow. */
  container: number | null;
  /** Units opened by marked headings (.docx heading styles, markdown #), with their levels, outermost first. */
  headed: { level: number; unit: number | null }[];
  stack: HeadingEntry[];
  unit: number | null;
  outline: OutlineLevel[];
  outlineDuties: number[];
  mode: Mode;
  /** Depth of a labelled non-duty section: deeper labels belong to its text. */
  sectionDepth: number | null;
  open: number | null;
  /** Unnumbered text of each unit, resolved when the document ends (a unit may get numbered duties later). */
  held: Map<number, Paragraph[]>;
  /** The key of the paragraph after the one being read ('' at the end): a short topic heading is read by what follows it. */
  nextKey: string;
  /** The second reading of a document whose first read no unit: duty-like text outside any unit is the title unit's. */
  proseUnderTitle: boolean;
}

const CHINESE_STYLES: ReadonlySet<LabelStyle> = new Set(['cn-dun', 'cn-dot', 'cn-paren', 'di', 'part', 'chapter', 'article', 'cn-space', 'dotted2']);
// Styles that also occur inside words ("统一、", "划一、", "依据4制订"); bracketed styles do not.
const GLUE_SENSITIVE: ReadonlySet<LabelStyle> = new Set(['cn-dun', 'cn-dot', 'bare']);
const ALL_FORMS: readonly HeadingForm[] = ['bare', 'titled', 'listed', 'colon', 'stop'];

/** What a document's title (or the file name standing for it) says about whom the document is about. */
export interface DocumentTitle {
  /** The unit the title names, made only when needed; null when it names none. */
  unit: string | null;
  /** True when the title names the organisation itself (a 三定 规定, a profile). */
  isOrganisation: boolean;
  /** The organisation the title names before its unit ("康桥集团 销售经理 岗位说明书" → 康桥集团), or null. */
  owner: string | null;
  /** The keys of the title and of the title lines around it. */
  keys: readonly string[];
}

/** Reads the paragraphs of one document into units and duties. */
export function walkDocument(paragraphs: readonly Paragraph[], lexicon: ParseLexicon, title: DocumentTitle): DocumentDraft {
  const draft = walkOnce(paragraphs, lexicon, title, false);
  // "综合处职责 / 负责组织协调…;负责信访接待工作。": a page of unnumbered duties under a title (or file name) that names
  // the unit reads no unit at first, since only numbered items go to the title's unit; read again, its duty-like text is
  // that unit's. Only a document that read no unit is read again, so no document read before changes.
  return draft.units.length === 0 && title.unit !== null ? walkOnce(paragraphs, lexicon, title, true) : draft;
}

function walkOnce(paragraphs: readonly Paragraph[], lexicon: ParseLexicon, title: DocumentTitle, proseUnderTitle: boolean): DocumentDraft {
  const { unit: titleUnit, owner: titleOwner, keys: titleKeys } = title;
  const state: WalkState = {
    draft: emptyDraft(),
    lexicon,
    titleUnit,
    titleOwner,
    titleIsOrganisation: title.isOrganisation && titleUnit !== null,
    container: null,
    headed: [],
    stack: [],
    unit: null,
    outline: [],
    outlineDuties: [],
    mode: { kind: 'duties' },
    sectionDepth: null,
    open: null,
    held: new Map(),
    nextKey: '',
    proseUnderTitle,
  };
  if (state.titleIsOrganisation && state.titleOwner !== null) {
    // "中山大学党委宣传部简介": a profile of a unit, held by the organisation its name opens with; the unit opens at once.
    const unit = titleUnitAt(state, lineAt(paragraphs[0] ?? { text: '', key: '', lines: [] }, 0));
    state.draft.units[unit].anchor = true;
    setUnit(state, unit);
  } else if (state.titleIsOrganisation) {
    const org = findOrCreateUnit(state.draft, titleUnit!, null, lineAt(paragraphs[0] ?? { text: '', key: '', lines: [] }, 0));
    state.draft.units[org].kind = 'organisation';
    state.draft.units[org].anchor = true;
    setUnit(state, org);
  }
  for (let i = 0; i < paragraphs.length; i++) {
    const block = withTitleDepartment(readFieldBlock(paragraphs, i, lexicon), [paragraphs[i - 1]?.key ?? '', ...titleKeys], lexicon);
    if (block) {
      for (let k = i; k < i + block.length; k++) for (const line of new Set(paragraphs[k].lines)) traceLine(state.draft, line, { kind: 'attribute', name: '岗位信息' });
      openFieldPosition(state, block.position, lineAt(paragraphs[i], 0));
      i += block.length - 1;
      continue;
    }
    state.nextKey = paragraphs[i + 1]?.key ?? '';
    walkParagraph(state, paragraphs[i]);
  }
  closeUnit(state);
  resolveHeld(state.draft, state.held);
  return state.draft;
}

/** A field block without a 所属部门 takes the department its form's title names before the post (departmentOfPostTitle). */
function withTitleDepartment<T extends { position: PositionFields }>(block: T | null, titles: readonly string[], lexicon: ParseLexicon): T | null {
  if (block === null || block.position.department !== null) return block;
  for (const title of titles) {
    const department = departmentOfPostTitle(title, block.position.name, lexicon);
    if (department !== null) return { ...block, position: { ...block.position, department } };
  }
  return block;
}

/**
 * "第二条 长沙县市场监督管理局(以下简称县市场监管局)是…": a short name defined for a unit read already
 * (or for the unit the title names) is that unit's alias, whichever reading the sentence gets, so that
 * later sentences about 县市场监管局 are about it.
 */
function noteShortName(state: WalkState, p: Paragraph): void {
  const short = definedShortName(p.key);
  if (short === null || /^本/u.test(short)) return;
  const defines = (name: string) => {
    const at = p.key.indexOf(name);
    return at >= 0 && /^\s*[(（]\s*以下简称/u.test(p.key.slice(at + name.length));
  };
  const known = state.draft.units.findIndex((u) => defines(u.name));
  const unit = known >= 0 ? known : state.titleUnit !== null && defines(state.titleUnit) ? titleUnitAt(state, lineAt(p, 0)) : -1;
  if (unit >= 0) addAlias(state.draft, unit, short);
}

/** Reads one paragraph: finds its events in order and routes the text between them. */
function walkParagraph(state: WalkState, p: Paragraph): void {
  noteShortName(state, p);
  if (p.heading !== undefined && readMarkedHeading(state, p, p.heading)) return;
  const organisation = state.titleUnit === null && !/[\p{Script=Han}]/u.test(p.key) ? englishOrganisationTitle(p.key) : null;
  if (organisation !== null) {
    // "Organization of X Bureau" on a line of its own: the organisation the document is about.
    state.titleUnit = organisation;
    state.titleIsOrganisation = true;
    const org = findOrCreateUnit(state.draft, organisation, null, lineAt(p, 0));
    state.draft.units[org].kind = 'organisation';
    state.draft.units[org].anchor = true;
    setUnit(state, org);
    traceLine(state.draft, lineAt(p, 0), { kind: 'unit', why: 'an English title naming the organisation' });
    return;
  }
  // (The organisation may already be open, named by a sentence before: "湛江市政府作为地方行政机关,负责…".)
  const onlyItself = state.draft.units.every((u) => u.name === p.key.trim().replace(/(?:概述|简介|概况)$/u, ''));
  const profile = state.titleUnit === null && onlyItself ? PROFILE_HEADING.exec(p.key.trim()) : null;
  if (profile !== null && ORGANISATION_LEVEL.test(profile[1]) && isUnitName(profile[1], state.lexicon)) {
    // "湛江市政府概述" on a line of its own, before any unit: the organisation the page is about; its overview is no duty.
    state.titleUnit = profile[1];
    state.titleIsOrganisation = true;
    const org = findOrCreateUnit(state.draft, profile[1], null, lineAt(p, 0));
    state.draft.units[org].kind = 'organisation';
    state.draft.units[org].anchor = true;
    setUnit(state, org);
    state.mode = { kind: 'section', name: '概述' };
    traceLine(state.draft, lineAt(p, 0), { kind: 'unit', why: 'a profile heading naming the organisation (X概述)' });
    return;
  }
  const english = /[\p{Script=Han}]/u.test(p.key) ? null : englishUnitName(p.key);
  if (english) {
    openUnlabelled(state, english, lineAt(p, 0), 'an English heading');
    return;
  }
  // "Political department. To formulate…": a unit named in a sentence of its own, its duties after it.
  const named = /[\p{Script=Han}]/u.test(p.key) ? null : /^((?:[A-Za-z]+\s+){0,5}[A-Za-z]+)\.\s+(?=[A-Z])/u.exec(p.key);
  const namedUnit = named === null ? null : (englishUnitName(named[1], false) ?? lowerCaseUnitName(named[1]));
  if (named !== null && namedUnit !== null) {
    openUnlabelled(state, namedUnit, lineAt(p, 0), 'an English heading sentence');
    walkParagraph(state, sliceParagraph(p, named[0].length));
    return;
  }
  if (!/[\p{Script=Han}]/u.test(p.key) && readEnglishSelf(state, p)) return;
  // "…The Section will be headed by the Director of Finance whose responsibilities will include:-": the post and its list.
  const head = /[\p{Script=Han}]/u.test(p.key) ? null : HEADED_BY.exec(p.key);
  if (head !== null && state.unit !== null) {
    appendAttribute(state.draft, state.unit, '概述', p.text);
    openUnlabelled(state, head[1], lineAt(p, 0), 'a post the text says heads the unit, with its responsibilities');
    return;
  }
  const latin = !/[\p{Script=Han}]/u.test(p.key);
  // "…are supported by Administration and Management which has got eight sections, namely: …": the holder of the units that follow.
  const holds = latin ? WHICH_HOLDS.exec(p.key) : null;
  if (holds !== null && englishUnitName(holds[1], false) === null && holds[1].split(/\s+/u).every((w) => /^[A-Z&]/u.test(w) || /^(?:and|of|the|for)$/u.test(w))) {
    openUnlabelled(state, holds[1], lineAt(p, 0), 'an English name the sentence says holds the units that follow');
    state.container = state.unit;
    appendAttribute(state.draft, state.unit!, '概述', p.text);
    return;
  }
  const echoed = latin ? echoedEnglishHeading(p.key, state.nextKey) : null;
  if (echoed !== null) {
    openUnlabelled(state, echoed, lineAt(p, 0), 'an English heading the next sentence opens with, as its subject');
    return;
  }
  const englishSubject = latin ? englishSubjectOf(p.key) : null;
  if (englishSubject) {
    // "Audit Unit" / "The Audit unit is responsible for…": the unit of the heading, whatever the case of its noun.
    const current = state.unit === null ? null : state.draft.units[state.unit].name;
    if (current === null || current.toLowerCase() !== englishSubject.toLowerCase()) openUnlabelled(state, englishSubject, lineAt(p, 0), 'the subject of an English lead-in sentence');
    // "…The department has five units namely; …": the units that follow are its own.
    if (/\b(?:units|sections|divisions|branches|departments|offices)\b/iu.test(p.key)) state.container = state.unit;
    // "The office is responsible for A; B; C": what it is responsible for are its duties, as 管理科负责… is.
    const charge = /\b(?:is|are)\s+(?:mainly\s+|primarily\s+|chiefly\s+)?(responsible\s+for\b.{12,})$/su.exec(p.key);
    if (charge !== null && !/[:：]\s*$/u.test(p.key)) {
      walkParagraph(state, sliceParagraph(p, charge.index + charge[0].length - charge[1].length));
      return;
    }
    appendAttribute(state.draft, state.unit!, '概述', p.text);
    return;
  }
  if (CONTACT_LINE.test(p.key.trim())) {
    // "办公室负责人:颜煜群", "部门联系电话:3577060": who to call, not work.
    traceLine(state.draft, lineAt(p, 0), { kind: 'left-out', why: 'a contact line' });
    return;
  }
  if (state.lexicon.endSections.test(p.key) && p.key.length <= 40) {
    // "现任领导", "所获荣誉", "联系方式": what follows is no duty of the unit before.
    closeUnit(state);
    traceLine(state.draft, lineAt(p, 0), { kind: 'left-out', why: 'a section that is not duties' });
    state.mode = { kind: 'section', name: p.key.replace(/[\s:：]+$/u, '').slice(0, 12) };
    state.sectionDepth = state.stack.length;
    return;
  }
  if (readLeadIn(state, p)) return;
  if (isLeadInWord(p.key, state.lexicon)) {
    // A lead-in on a line of its own ("工作职责", "任职资格"): the colon is optional there.
    const section = sectionHeadingAt(p.key, 0, state.lexicon);
    if (section) {
      if (section.kind === 'duties') applyKey(state, 'duties', section.name);
      else if (state.unit !== null) {
        state.mode = { kind: 'section', name: section.name };
        state.open = null;
      }
      return;
    }
  }
  let segment = 0;
  let after: After = 'paragraph';
  let i = 0;
  const isLabel = (offset: number): boolean => labelAt(p.key, offset, state.lexicon.measureAfterNumber) !== null;
  while (i < p.key.length) {
    if (i === segment && (after === 'paragraph' || after === 'duty-key')) {
      // A heading at the start wins over the lead-ins inside it ("市场部副部长职责及工作标准:").
      // "岗位名称财务部经理所在部门财务部…重要工作职责": a position header, however its fields end, is no titled heading.
      const header = POSITION_OPENERS.some((opener) => p.key.startsWith(opener, i));
      const titled = header ? null : unitHeadingAt(p.key, i, ['titled', 'repeated', 'colon'], state.lexicon, isLabel);
      // "办公室:负责文电、会务…", "办公室 负责…": a name, a colon or a space, and duty text at once.
      const inline = titled ? null : unitHeadingAt(p.key, i, ['stop', 'listed'], state.lexicon, isLabel);
      const heading = titled ?? (inline && isDutyLike(p.key.slice(inline.end), state.lexicon) ? inline : null);
      // "市场拓展部主管:岗位名称…" is the heading of a position description, read with its header.
      if (heading && !p.key.startsWith(state.lexicon.positionFields[0], heading.end)) {
        if (heading.alias !== null) {
          openUnlabelled(state, heading.name, lineAt(p, i), `a heading (${heading.form})`);
          addAlias(state.draft, state.unit!, heading.alias);
          i = segment = heading.end;
          after = 'heading';
          continue;
        }
        openUnlabelled(state, heading.name, lineAt(p, i), `a heading (${heading.form})`);
        i = segment = heading.end;
        after = 'heading';
        continue;
      }
    }
    if (i > segment && /[。；;]/u.test(p.key[i - 1] ?? '')) {
      // "…保证快件安全。库管:监督体系办理…": a name and a colon after a sentence end opens that unit.
      const run = state.mode.kind === 'duties' ? inlineUnitAt(p.key, i, state.lexicon) : null;
      // "…负领导责任。保安班长职责及权限一、职责1、…": so does a titled heading with a list at once, ending the lists before it.
      const titled = run ? null : unitHeadingAt(p.key, i, ['titled'], state.lexicon, isLabel);
      const glued = titled && isLabel(titled.end) ? titled : null;
      if (run || glued) {
        flushText(state, p, segment, i, after);
        if (glued) {
          closeUnit(state);
          state.stack = [];
          state.sectionDepth = null;
          state.mode = { kind: 'duties' };
        }
        const name = (run ?? glued)!.name;
        openUnlabelled(state, name, lineAt(p, i), run ? 'a name and a colon inside running text' : 'a titled heading glued after a sentence');
        i = segment = (run ?? glued)!.end;
        after = 'heading';
        continue;
      }
    }
    const key = keyAt(p.key, i, state.lexicon);
    if (key) {
      if (key.kind === 'position') {
        i = openPosition(state, p, segment, i, after);
      } else {
        flushText(state, p, segment, i, after);
        applyKey(state, key.kind, key.name);
        i = key.end;
      }
      segment = i;
      // Only a duty lead-in may be followed by a heading ("岗位职责:市场拓展部"); a section's text is its value.
      after = key.kind === 'duties' || key.kind === 'ignore' || key.kind === 'position' ? 'duty-key' : 'key';
      continue;
    }
    const label = labelAt(p.key, i, state.lexicon.measureAfterNumber);
    if (label) {
      const end = applyLabel(state, p, i, label, segment, after);
      if (end !== null) {
        segment = end.at;
        after = end.after;
        i = end.at;
        continue;
      }
    }
    i++;
  }
  flushText(state, p, segment, p.key.length, after);
}

/** An English name a sentence says holds units: "…supported by Administration and Management which has got eight sections". */
const WHICH_HOLDS = /\b(?:by|is|are)\s+((?:[A-Z][A-Za-z&']*)(?:\s+(?:[A-Z&][A-Za-z&']*|and|of|the|for)){0,6})\s*,?\s+which\s+(?:has|have|comprises|consists\s+of|is\s+made\s+up\s+of)\s+(?:got\s+)?(?:[a-z0-9]+\s+)?(?:sections|units|divisions|branches|departments)\b/u;
/** "The Units under this Department are…": the unit the sentence is about holds the units that follow. */
const UNITS_UNDER = /\b(?:units|sections|divisions|branches)\s+(?:under|within|of|in)\s+(?:this|the)\s+(?:department|directorate|division|ministry|office)\b/iu;
/** A sentence about the unit it is in, by a bare reference: "The Department coordinates…", "This section processes…". */
const ENGLISH_SELF = /^(?:The|This|Our)\s+(?:department|division|directorate|unit|section|branch|office|team|ministry|agency|bureau|sub-?section)\s+/iu;
/** "Accounts-This section processes…", "ICT unit-Provides technical support…": a short name, a dash, the unit's work. */
const ENGLISH_DASHED = /^([A-Z][A-Za-z&,()'/ ]{1,60}?)\s*[-–—]\s*(?=(?:The|This)\s+(?:department|division|directorate|unit|section|branch|office|team)\b|[A-Z][a-z]+s\b)/u;
/** What a self-reference is followed by when the sentence says who heads the unit, not what it does. */
const ENGLISH_HEADED = /^(?:is|are)\s+(?:headed|led|managed|supervised|chaired)\s+by\b/iu;
/** …and when it introduces the units under it. */
const ENGLISH_HAS_UNITS = /^(?:has|comprises|consists\s+of|is\s+(?:made\s+up|composed)\s+of)\b.*\b(?:units|sections|divisions|branches|departments|offices|sub-?sections)\b/iu;

/**
 * English prose that names no unit by its own name: a sentence about the
 * current unit ("The Department coordinates and facilitates…") is its duty,
 * or introduces its units or its head; "Name-The section does…" opens the
 * unit Name (under the unit whose units are being listed) with that work as
 * its duty. Returns true when the paragraph is used up.
 */
function readEnglishSelf(state: WalkState, p: Paragraph): boolean {
  const line = lineAt(p, 0);
  const dashed = ENGLISH_DASHED.exec(p.key);
  const name = dashed === null ? null : dashed[1].trim();
  if (name !== null && name.split(/\s+/u).length <= 8 && name.split(/\s+/u).every((w) => /^[A-Z(]/u.test(w) || /^(?:and|of|the|for|&|unit|section|division|office|branch|team)$/u.test(w))) {
    openUnlabelled(state, name, line, 'an English name and a dash before its work');
    applyKey(state, 'duties', 'duties');
    const rest = p.key.slice(dashed![0].length);
    const self = ENGLISH_SELF.exec(rest);
    flushText(state, p, dashed![0].length + (self === null ? 0 : self[0].length), p.key.length, 'heading');
    return true;
  }
  const self = ENGLISH_SELF.exec(p.key);
  if (self === null) return false;
  if (state.unit === null && state.titleUnit !== null) setUnit(state, titleUnitAt(state, line));
  if (state.unit === null) return false;
  // "…The Units under this Department are A, B and C.": the units that follow are its own; the text goes on.
  if (UNITS_UNDER.test(p.key)) state.container = state.unit;
  const rest = p.key.slice(self[0].length);
  if (ENGLISH_HEADED.test(rest)) {
    traceLine(state.draft, line, { kind: 'attribute', name: 'head' });
    appendAttribute(state.draft, state.unit, 'head', p.text);
    return true;
  }
  if (ENGLISH_HAS_UNITS.test(rest)) {
    state.container = state.unit;
    traceLine(state.draft, line, { kind: 'left-out', why: 'a lead-in to the units that follow' });
    return true;
  }
  if (!/^(?:[a-z]+s|is\s+(?:responsible|charged|tasked|mandated)|are\s+responsible)\b/u.test(rest)) return false;
  applyKey(state, 'duties', 'duties');
  flushText(state, p, self[0].length, p.key.length, 'heading');
  return true;
}

/** Switches mode on a lead-in word. */
function applyKey(state: WalkState, kind: 'section' | 'note' | 'duties' | 'ignore', name: string): void {
  switch (kind) {
    case 'section':
      state.mode = { kind: 'section', name };
      state.open = null;
      return;
    case 'note':
      if (state.open === null) state.mode = { kind: 'section', name };
      else {
        state.mode = { kind: 'note', name };
        state.draft.duties[state.open].noteParts.push(`${name}:`);
      }
      return;
    case 'duties':
      state.mode = { kind: 'duties' };
      state.sectionDepth = null;
      return;
    case 'ignore':
      return;
  }
}

/**
 * Opens a position from its description header ("岗位名称营销部经理所在部门营销部…").
 * The heading printed just before the header ("营销部经理:") is cut from the
 * preceding text. The position's parent is the unit named by 所在部门.
 */
function openPosition(state: WalkState, p: Paragraph, segment: number, at: number, after: After): number {
  const { fields, end } = readPositionHeader(p.key, at, state.lexicon);
  const value = (name: string): string => {
    const field = fields.find((f) => f.name === name);
    return field ? p.key.slice(field.from, field.to).replace(/^[\s:：]+/u, '').trim() : '';
  };
  const name = ['岗位名称', '职位名称', '职务名称'].map(value).find((v) => v.length > 0) ?? '';
  const before = p.key.slice(segment, at).trimEnd();
  let cut = segment + before.length;
  if (name.length > 0 && before.replace(/[:：]$/u, '').endsWith(name)) cut = segment + before.replace(/[:：]$/u, '').length - name.length;
  else {
    const heading = /([\p{Script=Han}]{1,7})[:：]$/u.exec(before);
    if (heading && isPositionName(heading[1])) cut = segment + before.length - heading[0].length;
  }
  flushText(state, p, segment, cut, after);
  if (!isUnitName(name, state.lexicon)) {
    state.mode = { kind: 'section', name: state.lexicon.positionFields[0] };
    return end;
  }
  // The narrowest department named (所属小部门 may be empty, 所属大部门 then holds it).
  const department = ['所属小部门', '所在部门', '所属部门', '隶属部门', '工作部门', '所属大部门'].map(value).find((v) => v.length > 0) ?? '';
  let parent: number | null = null;
  if (department.length > 0 && isUnitName(department, state.lexicon)) {
    parent = findUnitByName(state.draft, department) ?? findOrCreateUnit(state.draft, department, null, lineAt(p, at));
  }
  setUnit(state, findOrCreateUnit(state.draft, name, parent, lineAt(p, at)));
  for (const field of fields) {
    appendAttribute(state.draft, state.unit!, field.name, p.text.slice(field.from, field.to));
  }
  return end;
}

/**
 * Applies a label: a heading (unit, section or structural), a duty, or
 * nothing (null: the label is plain text). Returns where the text after it
 * starts and what that text follows.
 */
function applyLabel(
  state: WalkState,
  p: Paragraph,
  at: number,
  label: Label,
  segment: number,
  after: After,
): { at: number; after: After } | null {
  const start = at === 0;
  const past = at + label.length;
  const isLabel = (offset: number): boolean => labelAt(p.key, offset, state.lexicon.measureAfterNumber) !== null;
  if (label.style === 'chapter' || label.style === 'part') {
    // "第一部份 …", "第一章 …": a division of the document; the units are named in what follows it.
    flushText(state, p, segment, at, after);
    closeUnit(state);
    state.stack = [{ style: label.style, last: label.value, unit: null }];
    state.unit = null;
    state.sectionDepth = null;
    state.mode = { kind: 'duties' };
    return { at: past, after: 'label' };
  }
  if (label.style === 'duty-n' && state.mode.kind === 'section' && state.unit !== null) {
    // "…工作时间百分比:25% … 职责二 职责表述:…": the next duty row ends the row's notes.
    flushText(state, p, segment, at, after);
    state.mode = { kind: 'duties' };
    state.sectionDepth = null;
    segment = at;
  }
  const depth = state.stack.findIndex((e) => e.style === label.style && !e.closed);
  // "1、护士长职责1、在主管院长…领导下…2、…": the heading's own style restarts at 1 for its duties.
  // "2、职责与工作任务 / 职责一 职责表述:… / 工作任务 / 1、…": a list restarting at 1 while a duty of another list is open
  // is that duty's sub-items, not the next of the section headings that share its style.
  const nestsUnderDuty =
    depth !== -1 && label.value === 1 && state.outline.length > 0 && state.unit !== null && state.stack[depth].unit === state.unit && !state.outline.some((l) => l.style === label.style);
  if ((depth !== -1 && label.value === 1 && after === 'heading' && state.stack[depth].unit !== null && state.stack[depth].unit === state.unit && !start) || nestsUnderDuty) {
    state.stack[depth].closed = true;
  } else if (depth !== -1) {
    const entry = state.stack[depth];
    // Bullets carry no number: the next one at the start of a paragraph continues the list.
    const next = label.style === 'bullet' ? start : label.value === entry.last + 1 || (start && label.value === 1);
    if (!next) return null;
    if (state.sectionDepth !== null && depth > state.sectionDepth) return null;
    flushText(state, p, segment, at, after);
    return headingAt(state, p, at, label, depth, isLabel);
  }
  // "工作概述 / 具体实施… / 一、工作职责": a numbered duty heading ends a section that had no number.
  const endsSection =
    start && state.sectionDepth === null && state.mode.kind === 'section' && sectionHeadingAt(p.key, at + label.length, state.lexicon)?.kind === 'duties';
  if ((state.sectionDepth !== null || state.mode.kind === 'section') && !endsSection) return null;
  if (label.glued && GLUE_SENSITIVE.has(label.style)) {
    // A numeral glued to a word ("统一、共享") starts nothing new: it may continue a list,
    // or open a unit heading ("…技术企业一、市场部重要工作").
    const continues = state.outline.some((level) => level.style === label.style);
    // A first item glued to the heading just read ("保安班长职责及权限一、职责") is that heading's list.
    const afterHeading = after === 'heading' && at === segment && label.value === 1;
    if (!continues && !afterHeading && !(label.value === 1 && unitHeadingAt(p.key, past, ['titled'], state.lexicon, isLabel))) return null;
  }
  if (state.unit === null) {
    if (label.value !== 1 && !start) return null;
    const heading = unitHeadingAt(p.key, past, ALL_FORMS, state.lexicon, isLabel);
    const section = heading ? null : sectionHeadingAt(p.key, past, state.lexicon);
    // A duty-like item ("一、根据…组织各项业务工作") under a title that names a unit is that unit's duty.
    // So is a short topic ending its paragraph ("一、市场开发:") whose next paragraph is a duty:
    // it groups the title unit's duties ("1.1根据发展规划…了解市场信息"), which nest under it.
    const own = textToNextLabel(p.key, past, isLabel);
    const titleDuty =
      !heading &&
      !section &&
      state.titleUnit !== null &&
      state.stack.length === 0 &&
      (isDutyLike(own, state.lexicon) || (isTopic(own) && p.key.length === past + own.length && startsWithDuty(state.nextKey, state.lexicon)));
    if (heading || section || (CHINESE_STYLES.has(label.style) && !titleDuty)) {
      flushText(state, p, segment, at, after);
      return headingAt(state, p, at, label, state.stack.length, isLabel);
    }
    // The title's unit takes numbered duties only in a document without headings of its own;
    // after a structural heading ("二、关键业务流程") numbered text belongs to no unit.
    if (state.titleUnit === null || state.stack.length > 0) return null;
    flushText(state, p, segment, at, after);
    setUnit(state, titleUnitAt(state, lineAt(p, at)));
  } else {
    // "第5條" after "六、行政科:…" under article 4: an article outranks the 一、 items that named units inside the
    // article before, so it ends that unit (its text is the organisation's, not 行政科's).
    if (label.style === 'article' && start && state.stack.length > 0 && state.stack.every((e) => e.style !== label.style) && state.stack.some((e) => e.unit === state.unit)) {
      flushText(state, p, segment, at, after);
      closeUnit(state);
      state.unit = null;
      state.stack = [{ style: label.style, last: label.value, unit: null }];
      return { at: past, after: 'label' };
    }
    const forms: HeadingForm[] = label.glued ? ['titled', 'colon'] : ['titled', 'colon', 'stop', 'bare'];
    const fresh = !state.outline.some((level) => level.style === label.style);
    // An item that is only a lead-in word ("(二)职责范围.", "三、任职资格") heads a section even inside a list.
    const leadIn = isLeadInWord(textToNextLabel(p.key, past, isLabel).replace(/[.。]\s*$/u, ''), state.lexicon);
    // A new list whose item opens with a unit name, a space and its work ("• 气象台 承担…天气预报") lists units.
    const listed = fresh ? unitHeadingAt(p.key, past, ['listed'], state.lexicon, isLabel) : null;
    const listsUnit = listed !== null && isDutyLike(textToNextLabel(p.key, listed.end, isLabel), state.lexicon);
    if ((fresh || leadIn) && (listsUnit || unitHeadingAt(p.key, past, forms, state.lexicon, isLabel) || sectionHeadingAt(p.key, past, state.lexicon))) {
      flushText(state, p, segment, at, after);
      return headingAt(state, p, at, label, state.stack.length, isLabel);
    }
  }
  const level = placeLabel(state.outline, label, { paragraphStart: start, maxResume: 30 });
  if (level === null) return null;
  flushText(state, p, segment, at, after);
  openDuty(state, p, at, label, level);
  return { at: past, after: 'label' };
}

/** The nearest unit among the open headings above a depth. */
function unitAbove(state: WalkState, depth: number): number | null {
  for (let d = Math.min(depth, state.stack.length) - 1; d >= 0; d--) {
    const unit = state.stack[d].unit;
    if (unit !== null) return unit;
  }
  return null;
}

/** The unit a container lead-in named, as the parent of a heading that is not that unit itself. */
function containerFor(state: WalkState, name: string): number | null {
  if (state.container === null || state.draft.units[state.container].name === name) return null;
  return state.container;
}

/** The document's title unit as the parent of a unit of lower rank without another parent (市场经营部 over its 处). */
function titleParent(state: WalkState, name: string, line: number): number | null {
  if (state.titleUnit === null && state.titleOwner !== null && state.titleOwner !== name) {
    // "上海市财政局政务公开工作规定": the organisation the title names holds the units without another parent.
    const owner = findOrCreateUnit(state.draft, state.titleOwner, null, line);
    state.draft.units[owner].kind = 'organisation';
    return owner;
  }
  if (state.titleUnit === null || state.titleUnit === name) return null;
  const kind = unitKindOf(name, 1);
  const titleKind = state.titleIsOrganisation ? 'organisation' : unitKindOf(state.titleUnit, 0);
  if (kindRank(kind) <= kindRank(titleKind)) return null;
  // A position only goes under the title's unit when its name says so ("市场部经理" under 市场部).
  if (kind === 'position' && !name.startsWith(state.titleUnit)) return null;
  return titleUnitAt(state, line);
}

/** A labelled heading at a depth: a unit, a section of the enclosing unit, or a structural heading. */
function headingAt(
  state: WalkState,
  p: Paragraph,
  at: number,
  label: Label,
  depth: number,
  isLabel: (offset: number) => boolean,
): { at: number; after: After } {
  const past = at + label.length;
  const line = lineAt(p, at);
  const popped = state.stack[depth]?.unit ?? null;
  const heading = unitHeadingAt(p.key, past, ALL_FORMS, state.lexicon, isLabel);
  const enclosing = unitAbove(state, depth);
  state.stack = state.stack.slice(0, depth);
  if (state.sectionDepth !== null && state.sectionDepth >= depth) state.sectionDepth = null;
  if (heading) {
    traceLine(state.draft, line, { kind: 'unit', why: `a numbered heading (${heading.form})` });
    const parent = enclosing ?? containerFor(state, heading.name) ?? titleParent(state, heading.name, line);
    setUnit(state, findOrCreateUnit(state.draft, heading.name, parent, line));
    if (heading.alias !== null && state.unit !== null) addAlias(state.draft, state.unit, heading.alias);
    state.stack.push({ style: label.style, last: label.value, unit: state.unit });
    return { at: heading.end, after: 'heading' };
  }
  const section = sectionHeadingAt(p.key, past, state.lexicon);
  if (section) {
    // A list that starts again ("一、职责" after a heading without a number) is the current unit's, not the unit of the list before.
    const restarts = label.value === 1 && state.unit !== null && state.unit !== enclosing;
    const target = (restarts ? state.unit : null) ?? enclosing ?? popped ?? state.unit ?? (state.titleUnit === null ? null : titleUnitAt(state, line));
    if (target !== state.unit || target === null) setUnit(state, target);
    state.stack.push({ style: label.style, last: label.value, unit: target });
    if (section.kind === 'duties') state.mode = { kind: 'duties' };
    else {
      state.mode = { kind: 'section', name: section.name };
      state.sectionDepth = depth;
      state.open = null;
    }
    return { at: section.end, after: 'label' };
  }
  setUnit(state, enclosing);
  state.stack.push({ style: label.style, last: label.value, unit: null });
  return { at: past, after: 'label' };
}

/** Opens a numbered duty at a level of the current unit's outline. */
function openDuty(state: WalkState, p: Paragraph, at: number, label: Label, level: number): void {
  const unit = state.unit!;
  traceLine(state.draft, lineAt(p, at), { kind: 'duty' });
  const index = state.draft.duties.length;
  state.draft.duties.push({
    unit,
    parent: level > 0 ? (state.outlineDuties[level - 1] ?? null) : null,
    level,
    number: p.text.slice(at, at + label.length).trim(),
    parts: [],
    noteParts: [],
    line: lineAt(p, at),
  });
  state.outline = enterLevel(state.outline, level, label);
  state.outlineDuties = [...state.outlineDuties.slice(0, level), index];
  state.draft.units[unit].numbered = true;
  state.open = index;
  state.mode = { kind: 'duties' };
}

/** Opens a unit named by an unlabelled heading, under the nearest open unit of higher rank. */
function openUnlabelled(state: WalkState, fullName: string, line: number, why = 'a heading without a number'): void {
  traceLine(state.draft, line, { kind: 'unit', why });
  // "山西省眼科医院护理部": the organisation named first holds the unit.
  const owned = ownerOfName(fullName, state.lexicon);
  const rawName = owned?.name ?? fullName;
  // A unit already read under its short name ("- 护理部" before "山西省眼科医院护理部,是…") stays that unit.
  const known = owned ? findUnitByName(state.draft, owned.name) : null;
  if (owned && known !== null) {
    const unit = state.draft.units[known];
    const childless = !state.draft.units.some((u) => u.parent === known);
    if (unit.parent === null && childless) {
      // It gains the organisation its full name gives.
      const owner = findUnitByName(state.draft, owned.owner) ?? findOrCreateUnit(state.draft, owned.owner, null, line);
      state.draft.units[owner].kind = 'organisation';
      unit.parent = owner;
      unit.path = [...state.draft.units[owner].path, unit.name];
    }
    setUnit(state, known);
    return;
  }
  if (owned) {
    const owner = findUnitByName(state.draft, owned.owner) ?? findOrCreateUnit(state.draft, owned.owner, null, line);
    state.draft.units[owner].kind = 'organisation';
    setUnit(state, findOrCreateUnit(state.draft, rawName, owner, line));
    return;
  }
  const probe = unitKindOf(rawName, 1);
  let parent: number | null = null;
  for (let u = state.unit; u !== null; u = state.draft.units[u].parent) {
    if (kindRank(draftKind(state.draft.units[u])) < kindRank(probe)) {
      parent = u;
      break;
    }
  }
  parent ??= containerFor(state, rawName) ?? titleParent(state, rawName, line);
  setUnit(state, findOrCreateUnit(state.draft, rawName, parent, line));
}

/**
 * Whether `name` is how a document calls `full` locally: its tail (工业信息化和科技局
 * of 揭阳市揭东区工业信息化和科技局), or that tail after the level it is at (区…, 市…, 县…).
 */
export function isLocalNameOf(name: string, full: string): boolean {
  if (name === full || name.length < 3) return false;
  const tail = /^[省市县区镇乡州盟旗]/u.test(name) ? name.slice(1) : name;
  return tail.length >= 3 && full.endsWith(tail) && full.length > tail.length + 1;
}

/** Makes a unit current, finishing the previous one; its duty list starts afresh. */
function setUnit(state: WalkState, unit: number | null): void {
  closeUnit(state);
  state.unit = unit;
  state.mode = { kind: 'duties' };
}

/** Finishes the current unit: its duty list closes. */
function closeUnit(state: WalkState): void {
  state.outline = [];
  state.outlineDuties = [];
  state.open = null;
}

/**
 * Resolves the unnumbered text of each unit: it becomes sentence duties,
 * or, when the unit has numbered duties, its summary attribute (概述).
 */
function resolveHeld(draft: DocumentDraft, held: ReadonlyMap<number, Paragraph[]>): void {
  for (const [unit, pieces] of held) {
    if (draft.units[unit].numbered) {
      for (const piece of pieces) appendAttribute(draft, unit, '概述', piece.text);
      continue;
    }
    for (const piece of pieces) {
      for (const [from, to] of sentenceRanges(piece.key)) {
        const text = piece.text.slice(from, to);
        if (text.replace(/[\s、,，;；。.]/gu, '').length < 2) continue;
        draft.duties.push({ unit, parent: null, level: 0, number: null, parts: [text], noteParts: [], line: lineAt(piece, from) });
      }
    }
  }
}

/** Routes the text between two events by mode; an unlabelled heading may open it. */
function flushText(state: WalkState, p: Paragraph, from: number, to: number, after: After): void {
  const raw = p.key.slice(from, to);
  if (raw.trim().length === 0) return;
  if (after === 'paragraph' || after === 'duty-key') {
    const start = from + (raw.length - raw.trimStart().length);
    const end = from + raw.trimEnd().length;
    const isLabel = (offset: number): boolean => offset >= end;
    const sub = { ...p, key: p.key.slice(0, end) };
    const heading = unitHeadingAt(sub.key, start, ['bare', 'titled', 'repeated', 'colon'], state.lexicon, isLabel);
    if (heading && (heading.form !== 'bare' || heading.end >= end)) {
      openUnlabelled(state, heading.name, lineAt(p, start));
      flushText(state, p, heading.end, to, 'heading');
      return;
    }
  }
  const piece = sliceParagraph(p, from, to);
  const mark = (use: Parameters<typeof traceLine>[2]): void => {
    for (const line of new Set(piece.lines)) traceLine(state.draft, line, use);
  };
  // On the second reading, a whole paragraph without numbers (or the rest of one after a duty lead-in, 职责:负责…) that
  // opens with a duty verb (负责, 承担, 组织 …) outside any unit is the title unit's; pieces of numbered paragraphs the
  // first reading could not place stay out.
  const whole = (from === 0 || after === 'duty-key') && to === p.key.length && state.stack.length === 0;
  if (state.proseUnderTitle && whole && state.unit === null && state.titleUnit !== null && state.mode.kind !== 'section' && state.lexicon.dutyVerbs.test(piece.text.trim())) {
    setUnit(state, titleUnitAt(state, piece.lines[0] ?? lineAt(p, from)));
    applyKey(state, 'duties', 'duties');
  }
  if (state.unit === null) {
    mark({ kind: 'left-out', why: state.mode.kind === 'section' ? `section ${state.mode.name}` : 'outside any unit' });
    return;
  }
  mark(state.mode.kind === 'duties' ? { kind: 'duty' } : { kind: 'attribute', name: state.mode.name });
  switch (state.mode.kind) {
    case 'duties':
      if (state.open === null) state.held.set(state.unit, [...(state.held.get(state.unit) ?? []), piece]);
      else {
        const duty = state.draft.duties[state.open];
        const previous = duty.parts[duty.parts.length - 1] ?? '';
        duty.parts.push(joiner(previous, piece.text.trim()) + piece.text);
      }
      return;
    case 'section':
      appendAttribute(state.draft, state.unit, state.mode.name, piece.text);
      return;
    case 'note':
      if (state.open === null) appendAttribute(state.draft, state.unit, state.mode.name, piece.text);
      else state.draft.duties[state.open].noteParts.push(piece.text.trim());
      return;
  }
}

/** The post a sentence says heads the current unit, when the list of that post's responsibilities follows ("headed by the Director of Finance whose responsibilities will include:-"). */
const HEADED_BY = /\bheaded by (?:the |a |an )?((?:[A-Z][\w'’-]*\s+){0,3}(?:Director|Manager|Head|Officer|Accountant|Secretary|Registrar|Controller|Chief|Coordinator)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?),?\s+(?:whose|who(?:se)?)\s+(?:main\s+|key\s+)?(?:responsibilities|duties|functions)\s+(?:will\s+|shall\s+)?(?:include|includes|are|be)\b[^.]{0,40}[:：]\s*-?\s*$/u;

/** A short line of a unit's contacts: its head, phone, fax, mail or address ("办公室负责人:颜煜群", "部门联系电话:3577060"). */
const CONTACT_LINE = /^\p{Script=Han}{0,16}?(?:负责人|联系人|联系电话|办公电话|电话|传真|电子邮箱|邮箱|办公地址|地址|邮编)\s*[:：]\s*[^,，;；。]{1,30}$/u;

/** A heading of an organisation's profile: "湛江市政府概述", "某某大学简介". */
const PROFILE_HEADING = /^(\p{Script=Han}{3,24}?)(?:概述|简介|概况)$/u;

/** 本局设X(,置X长),(依法)办理…: the organisation (本局, 本所, 本府 …, or named: 区公所, 县政府) sets up one unit X, and the rest is its work. */
const SETS_UP = /^\s*(?:第\s*[一二三四五六七八九十百0-9]+\s*条\s*)?(?:本(?:局|所|府|处|会|署|院|部|厅|中心|公司)|\p{Script=Han}{0,8}(?:公所|政府|市府|县府))设([\p{Script=Han}]{2,12}?)[,，](?:置[^,，。]{1,16}[,，])?(.{6,})$/u;
/** A container sentence that goes on to the holder's own work ("秘书处设五科;其职掌如下:"). */
const OWN_DUTIES_AFTER_CONTAINER = /[;；,，。]\s*其?(?:主要)?(?:职掌|职责|职能|工作职责|业务)(?:如下|是|为|有)?\s*[:：]\s*$/u;
/** A heading that announces the units under the one before it (下属机构, 内设科室, 机构设置). */
const CONTAINER_HEADING = /^(?:(?:下属|下设|内设|所属|直属)(?:机构|单位|科室|部门|处室|股室)|(?:机构|科室|处室)设置)(?:及(?:其)?职责)?[:：]?$/u;

/**
 * A paragraph that names a unit in a lead-in sentence: a subject sentence opens
 * that unit (its text stays the unit's summary), a container sentence makes the
 * named unit the parent of the units that follow. Returns true when the paragraph
 * is used up.
 */
function readLeadIn(state: WalkState, p: Paragraph): boolean {
  const line = lineAt(p, 0);
  if (state.mode.kind === 'section' && state.sectionDepth !== null && subjectUnitOf(p.key, state.lexicon) !== null) {
    // "X贯彻落实…。主要职责是:" after a page's contact block (联系电话:…): a unit's lead-in ends the section.
    state.mode = { kind: 'duties' };
    state.sectionDepth = null;
  }
  if (state.mode.kind === 'section' && state.sectionDepth !== null) {
    // "一、岗位概述 医院收费员主要负责…": an overview without a unit names the unit it is about.
    const overview = state.mode.name;
    const opening = state.unit === null && /概述|概要|简介|目的/u.test(overview) ? openingSubjectOf(p.key, state.lexicon) : null;
    if (!opening) return false;
    const depth = state.sectionDepth;
    openUnlabelled(state, opening.name, line, 'the subject of the overview');
    for (const entry of state.stack) if (entry.unit === null) entry.unit = state.unit;
    appendAttribute(state.draft, state.unit!, overview, p.text);
    state.mode = { kind: 'section', name: overview };
    state.sectionDepth = depth;
    return true;
  }
  // (A sentence that also opens the unit's own list, "X(以下简称本总局),掌理下列事项:", is read below as that unit's lead-in.)
  const ownList = /[下左]列|如下|掌理|职责[:：]/u.test(p.key);
  const self = state.titleUnit === null && state.unit === null && !ownList ? selfDefinedOrganisation(p.key, state.lexicon) : null;
  if (self !== null) {
    // "金门县政府(以下简称本府)…": the organisation the document is about, and what 本府 means from here on.
    state.titleUnit = self;
    state.titleIsOrganisation = true;
    const org = findOrCreateUnit(state.draft, self, null, line);
    state.draft.units[org].kind = 'organisation';
    state.draft.units[org].anchor = true;
    appendAttribute(state.draft, org, '概述', p.text);
    traceLine(state.draft, line, { kind: 'unit', why: 'the organisation a sentence names as itself (以下简称本…)' });
    return true;
  }
  const preamble = state.titleUnit === null ? organisationOfPreamble(p.key, state.lexicon) : null;
  if (preamble) {
    state.titleUnit = preamble.name;
    state.titleIsOrganisation = true;
    const org = findOrCreateUnit(state.draft, preamble.name, null, line);
    state.draft.units[org].kind = 'organisation';
    state.draft.units[org].anchor = true;
    if (preamble.alias !== null) addAlias(state.draft, org, preamble.alias);
    setUnit(state, org);
    traceLine(state.draft, line, { kind: 'unit', why: 'the organisation named by the 规定\'s first article' });
    return true;
  }
  // "下属机构", "内设科室" on a line of their own: the units that follow are the current unit's.
  // "三、机构设置" under a title that names the unit: its label goes with it.
  const containerHeading = p.key.trim().replace(/^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）])\s*/u, '');
  if (CONTAINER_HEADING.test(containerHeading) && (state.unit !== null || state.titleUnit !== null)) {
    state.container = state.unit ?? titleUnitAt(state, line);
    closeUnit(state);
    traceLine(state.draft, line, { kind: 'left-out', why: 'a lead-in to the units that follow' });
    return true;
  }
  // "秘书室分设二科,各科掌理事项如下:一、第一科:…": the lead-in ends at its colon, and the list goes on in the same line.
  const head = leadInHead(p.key, state.lexicon);
  const container = containerOf(head === null ? p.key : p.key.slice(0, head), state.lexicon);
  if (container) {
    closeUnit(state);
    if (container.kind === 'self') {
      state.container = state.titleUnit === null ? null : titleUnitAt(state, line);
    } else {
      const existing = findUnitByName(state.draft, container.name);
      const named = container.parent === null ? null : findUnitByName(state.draft, container.parent);
      const parent =
        named ?? (state.titleUnit !== null && state.titleUnit !== container.name ? titleUnitAt(state, line) : null);
      state.container = existing ?? findOrCreateUnit(state.draft, container.name, parent, line);
    }
    if (state.container !== null) appendAttribute(state.draft, state.container, '概述', head === null ? p.text : p.text.slice(0, head));
    traceLine(state.draft, line, { kind: 'unit', why: 'a lead-in naming the parent of the units that follow' });
    state.mode = { kind: 'duties' };
    state.sectionDepth = null;
    // "秘书处设五科;其职掌如下:": the list that follows is the holder's own work, unless it names units;
    // "各科掌理事项如下" gives each unit's.
    const lead = head === null ? p.key : p.key.slice(0, head);
    state.unit = OWN_DUTIES_AFTER_CONTAINER.test(lead) && !/各(?:科|处|室|股|组|部|课|中心)/u.test(lead) ? state.container : null;
    state.stack = [];
    if (head !== null) walkParagraph(state, sliceParagraph(p, head));
    return true;
  }
  const subject = subjectUnitOf(p.key, state.lexicon);
  if (subject) {
    // "区工业信息化和科技局的主要职责:" under the title 揭阳市揭东区工业信息化和科技局: the title's unit by its local name.
    // or under a heading that names it so: the unit read already, by its local name.
    const known = state.draft.units.findIndex((u) => isLocalNameOf(subject, u.name));
    if (known >= 0) {
      traceLine(state.draft, line, { kind: 'unit', why: 'the subject of a lead-in sentence, a unit read before, by its local name' });
      setUnit(state, known);
    } else if (state.titleUnit !== null && isLocalNameOf(subject, state.titleUnit)) {
      traceLine(state.draft, line, { kind: 'unit', why: 'the subject of a lead-in sentence, the title\'s unit by its local name' });
      setUnit(state, titleUnitAt(state, line));
    } else openUnlabelled(state, subject, line, 'the subject of a lead-in sentence');
    // "办公室是X重点实验室行政的…部门": the organisation the sentence puts a unit without a parent in holds it.
    const owner = state.unit !== null && state.draft.units[state.unit].parent === null ? ownerInSubjectSentence(p.key, subject, state.lexicon) : null;
    if (owner !== null && state.unit !== null && !state.draft.units.some((u) => u.parent === state.unit)) {
      const org = findUnitByName(state.draft, owner) ?? findOrCreateUnit(state.draft, owner, null, line);
      if (org !== state.unit) {
        state.draft.units[org].kind = 'organisation';
        const unit = state.draft.units[state.unit];
        unit.parent = org;
        unit.path = [...state.draft.units[org].path, unit.name];
      }
    }
    // The list that follows is the subject's own: numbering seen before (a list of units) does not continue into it.
    state.stack = state.stack.filter((entry) => entry.style === 'chapter' || entry.style === 'article');
    const short = definedShortName(p.key);
    if (short !== null && state.unit !== null) addAlias(state.draft, state.unit, short);
    appendAttribute(state.draft, state.unit!, '概述', p.text);
    return true;
  }
  // "社会事业科、工业科、财贸科等科室分别负责…": one duty of each unit named.
  const shared = labelAt(p.key, 0, state.lexicon.measureAfterNumber) === null ? sharedSubjectOf(p.key, state.lexicon) : null;
  if (shared) {
    const parent = state.container ?? (state.titleOwner !== null || state.titleUnit !== null ? titleParent(state, shared.names[0], line) : null);
    closeUnit(state);
    for (const name of shared.names) {
      const unit = findOrCreateUnit(state.draft, name, parent, line);
      state.draft.duties.push({ unit, parent: null, level: 0, number: null, parts: [p.text.trim()], noteParts: [], line });
    }
    traceLine(state.draft, line, { kind: 'unit', why: 'units named together as the subject of one duty' });
    state.unit = null;
    return true;
  }
  // "党政办公室负责…;新闻信息中心负责…;教务部主要负责…": a paragraph whose ;-segments each open with another unit
  // is one piece per unit, each read as a paragraph of its own.
  if (labelAt(p.key, 0, state.lexicon.measureAfterNumber) === null) {
    const starts = segmentSubjects(p.key, state.lexicon);
    if (starts.length >= 2 && new Set(starts.map((s) => s.name)).size === starts.length) {
      const cuts = [...starts.map((s) => s.at), p.key.length];
      if (cuts[0] > 0) walkParagraph(state, sliceParagraph(p, 0, cuts[0]));
      for (let k = 0; k + 1 < cuts.length; k++) walkParagraph(state, sliceParagraph(p, cuts[k], cuts[k + 1]));
      return true;
    }
  }
  // "本局设会计科,置会计科长,依法办理岁计、会计事项": an article that sets up one unit and says its work (组织规程).
  const article = SETS_UP.exec(p.key);
  if (article && isUnitName(article[1], state.lexicon) && isDutyLike(article[2], state.lexicon)) {
    const parent = state.container ?? (state.titleUnit !== null ? titleUnitAt(state, line) : null);
    closeUnit(state);
    const unit = findOrCreateUnit(state.draft, article[1], parent, line);
    state.draft.duties.push({ unit, parent: null, level: 0, number: null, parts: [p.text.slice(p.key.length - article[2].length).trim()], noteParts: [], line });
    traceLine(state.draft, line, { kind: 'unit', why: 'a unit an article sets up, with its work' });
    state.unit = null;
    return true;
  }
  // "管理科负责日常行政事务…", "科研处作为学校科研工作职能部门…": the sentence's subject is the unit it is about;
  // "设行政管理部,主要负责…": the unit a prose description sets up.
  const opening = subjectOrSetUpOf(p.key, state.lexicon);
  if (opening && labelAt(p.key, 0, state.lexicon.measureAfterNumber) === null) {
    const current = state.unit === null ? null : state.draft.units[state.unit].name;
    // A unit read before under that name (its heading, then "X是…" below it) is the one the sentence goes on about.
    const known = state.draft.units.findIndex((u) => u.name === opening.name);
    // "机关办公室…" then "办公室是单位内部的枢纽部门…": the current unit, by its local name, goes on.
    const sameUnit = current === opening.name || (current !== null && isLocalNameOf(opening.name, current));
    if (!sameUnit && known >= 0) {
      traceLine(state.draft, line, { kind: 'unit', why: 'the subject of the opening sentence, a unit read before' });
      setUnit(state, known);
    } else if (!sameUnit) openUnlabelled(state, opening.name, line, 'the subject of the opening sentence');
  }
  return false;
}


/**
 * The ;- and 。-segments of a paragraph that open with a unit as their subject
 * (openingSubjectOf), also after 设 ("设行政管理部,主要负责…", a unit a prose
 * description sets up): where each starts, and the unit.
 */
function segmentSubjects(key: string, lexicon: ParseLexicon): { at: number; name: string }[] {
  const out: { at: number; name: string }[] = [];
  let at = 0;
  for (const segment of key.split(/(?<=[;；。])/u)) {
    const subject = subjectOrSetUpOf(segment, lexicon);
    if (subject !== null) out.push({ at: at + (segment.length - segment.trimStart().length), name: subject.name });
    at += segment.length;
  }
  return out;
}

/** "设", "下设", "另设", "还设有" opening a sentence that then names the unit it sets up (not 设置, 设计, 设施 …). */
const SETS_UP_LEAD = /^\s*(?:另|还|并|下)?设(?:有|立)?(?![置计施备想定法])(?=\p{Script=Han})/u;

/** The unit a sentence opens with as its subject (openingSubjectOf), also after 设 ("设行政管理部,主要负责…"); `end` counts the 设. */
function subjectOrSetUpOf(text: string, lexicon: ParseLexicon): { name: string; end: number } | null {
  const lead = SETS_UP_LEAD.exec(text)?.[0].length ?? 0;
  const subject = openingSubjectOf(text.slice(lead), lexicon);
  return subject === null ? null : { name: subject.name, end: lead + subject.end };
}

/** The text from an offset to the next numbering label or the end of the paragraph. */
/** A short topic of a few words, with no sentence in it ("市场开发:", "资格预审"). */
function isTopic(text: string): boolean {
  const t = text.trim().replace(/[:：]$/u, '');
  return t.length >= 2 && t.length <= 12 && !/[,，;；。、]/u.test(t) && /^[\p{Script=Han}]+$/u.test(t);
}

/** True when a paragraph is a numbered item whose text is duty-like (not "二、联系方式", a section that is not duties). */
function startsWithDuty(key: string, lexicon: ParseLexicon): boolean {
  const label = labelAt(key, 0, lexicon.measureAfterNumber);
  return label !== null && !lexicon.endSections.test(key) && isDutyLike(key.slice(label.length), lexicon);
}

function textToNextLabel(key: string, from: number, isLabel: (offset: number) => boolean): string {
  for (let i = from + 1; i < key.length; i++) if (isLabel(i)) return key.slice(from, i);
  return key.slice(from);
}

/** Opens the position a block of header fields describes, under its 所属部门, with the fields as attributes. */
function openFieldPosition(state: WalkState, position: PositionFields, line: number): void {
  let parent: number | null = null;
  // A company named just above the form ("深圳市嘉兰图产品设计有限公司 / 职位说明书") holds the department.
  const above =
    state.unit !== null && state.draft.units[state.unit].parent === null && state.lexicon.organisationSuffix.test(state.draft.units[state.unit].name)
      ? state.unit
      : state.titleUnit !== null && /公司|集团|医院|学校|学院|大学|银行|中心$/u.test(state.titleUnit) && state.titleUnit !== position.name
        ? titleUnitAt(state, line)
        : state.titleOwner !== null && state.titleOwner !== position.name && (state.titleUnit === null || position.department !== null)
          ? ownerUnit(state, line)
          : null;
  if (position.department !== null && position.department !== position.name) {
    parent = findUnitByName(state.draft, position.department) ?? findOrCreateUnit(state.draft, position.department, state.container ?? above, line);
  } else parent = above;
  setUnit(state, findOrCreateUnit(state.draft, position.name, parent, line));
  if (position.describes === 'position') state.draft.units[state.unit!].kind = 'position';
  traceLine(state.draft, line, { kind: 'unit', why: position.describes === 'position' ? 'position description fields (岗位名称, 所属部门 …)' : 'department description fields (部门名称 …)' });
  for (const [name, value] of Object.entries(position.fields)) appendAttribute(state.draft, state.unit!, name, value);
  state.stack = [];
  state.sectionDepth = null;
}

/**
 * A heading the source marked (.docx heading style, markdown #): a unit when it
 * names one, nested under the nearest marked heading of a higher level. A marked
 * heading that names no unit closes the deeper ones and is read as text.
 */
function readMarkedHeading(state: WalkState, p: Paragraph, level: number): boolean {
  const label = labelAt(p.key, 0, state.lexicon.measureAfterNumber);
  const start = label?.length ?? 0;
  const rest = p.key.slice(start).trim();
  const heading = unitHeadingAt(p.key, start, ['bare', 'titled'], state.lexicon, () => false);
  const name = heading && heading.end >= p.key.trimEnd().length ? heading.name : (englishUnitName(rest) ?? null);
  const closed = state.headed.filter((h) => h.level >= level);
  state.headed = state.headed.filter((h) => h.level < level);
  if (name === null) {
    // "## 主要职责" stays with its unit; "# 附录" closes the units of deeper or equal headings.
    if (state.unit !== null && closed.some((h) => h.unit === state.unit)) {
      let enclosing: number | null = null;
      for (let i = state.headed.length - 1; i >= 0 && enclosing === null; i--) enclosing = state.headed[i].unit;
      setUnit(state, enclosing);
    }
    state.headed.push({ level, unit: null });
    return false;
  }
  let parent: number | null = null;
  for (let i = state.headed.length - 1; i >= 0 && parent === null; i--) parent = state.headed[i].unit;
  parent ??= containerFor(state, name) ?? titleParent(state, name, lineAt(p, 0));
  traceLine(state.draft, lineAt(p, 0), { kind: 'unit', why: `a heading marked in the source (level ${level})` });
  setUnit(state, findOrCreateUnit(state.draft, name, parent, lineAt(p, 0)));
  if (heading?.alias) addAlias(state.draft, state.unit!, heading.alias);
  state.headed.push({ level, unit: state.unit });
  state.stack = [];
  state.sectionDepth = null;
  return true;
}

/** Where a lead-in that sets up units (…设…如下:) ends when a numbered list follows it on the same line (一、…): just after its colon; else null. */
function leadInHead(key: string, lexicon: ParseLexicon): number | null {
  const colon = /[:：]/u.exec(key);
  if (colon === null || colon.index > 120 || !/设/u.test(key.slice(0, colon.index))) return null;
  const after = colon.index + 1;
  const rest = key.slice(after);
  const start = after + (rest.length - rest.trimStart().length);
  return start < key.length && labelAt(key, start, lexicon.measureAfterNumber) !== null ? start : null;
}

/** The organisation a title names without a unit of its own ("X有限公司 职位说明书"), as an organisation unit. */
function ownerUnit(state: WalkState, line: number): number {
  const owner = findOrCreateUnit(state.draft, state.titleOwner!, null, line);
  state.draft.units[owner].kind = 'organisation';
  return owner;
}

/** The unit the document title names, created under the organisation the title names before it. */
function titleUnitAt(state: WalkState, line: number): number {
  const owner = state.titleOwner === null ? null : findOrCreateUnit(state.draft, state.titleOwner, null, line);
  if (owner !== null) state.draft.units[owner].kind = 'organisation';
  return findOrCreateUnit(state.draft, state.titleUnit!, owner, line);
}

/** "库管:监督体系办理…" at an offset: a unit or position name, a colon and duty text, or null. */
function inlineUnitAt(key: string, at: number, lexicon: ParseLexicon): { name: string; end: number } | null {
  const m = /^\s*([\p{Script=Han}]{2,12})\s*[:：]\s*/u.exec(key.slice(at));
  if (!m || !(isUnitName(m[1], lexicon) || isPositionName(m[1]))) return null;
  return isDutyLike(key.slice(at + m[0].length), lexicon) ? { name: m[1], end: at + m[0].length } : null;
}
