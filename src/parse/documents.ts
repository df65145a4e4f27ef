import { alignedNormalize } from '../text/normalize.ts';
import type { ParseLexicon } from './lexicon.ts';
import type { Label } from './numbering.ts';
import { type Paragraph, lineAt, sliceParagraph, trimParagraph } from './paragraph.ts';
import { englishUnitName, englishUnitOfFileName, isUnitName, organisationOfTitle, OWNER_ENDING, titleOwnerOf, unitNameOfTitle } from './units.ts';

/** One document of a file: its title and its paragraphs. */
export interface DocumentChunk {
  title: string;
  /** Line of the title (or of the first paragraph when the title is not in the text). */
  line: number;
  /** Title lines that stood right after the title and were not kept as it ("运输部内贸业务员岗位说明书" under a company name). */
  subtitles: string[];
  paragraphs: Paragraph[];
}

/** Finds the numbering label at the start of a text, if any. */
export type LabelTest = (key: string, at: number) => Label | null;

/**
 * True when a paragraph is a document title: a short line naming duties or
 * a description ("市场部各科室职责说明", "移动分公司部门、分公司工作职责.doc"),
 * not a numbered item, not a sentence, not a lead-in ending in a colon.
 */
export function isTitleParagraph(key: string, lexicon: ParseLexicon, labelAt: LabelTest): boolean {
  const text = key.trim();
  if (text.length < 4 || text.length > lexicon.maxTitleLength) return false;
  if (!lexicon.titleWords.test(text) || /[:：。；;,，?？!！]/u.test(text)) return false;
  if (isLeadInWord(text, lexicon)) return false;
  // A title is a noun phrase; a line that starts like a duty or a requirement is a list item or a table cell.
  if (lexicon.dutyVerbs.test(text) || /^(?:熟悉|掌握|具备|具有|能够|善于|精通|了解)/u.test(text)) return false;
  // "徐汇区文化局徐汇区政府的职能部门": a description of the unit, not a title.
  if (/的(?:职能部门|工作部门|组成部门|直属机构|派出机构|办事机构|内设机构)/u.test(text)) return false;
  // A generic title ("职位说明书", "部门职责说明") names nobody: it does not start a new document.
  if (!/\p{Script=Han}{2}/u.test(text.replace(/(?:职位|岗位|部门|工作|职务)?(?:说明书|职责|职能|说明)|\.docx?/gu, ''))) return false;
  // A document title names whom it is about: a unit, a company, a position's description ("岗位目的", "职务说明" are sections).
  if (!/[部处科室局委办院馆站所队组]|中心|公司|集团|政府|说明书|\.doc|岗位职责|职位说明|Department|Division|Office/u.test(text)) return false;
  const label = labelAt(text, 0);
  return label === null || (label.style === 'bare' && label.value > 30);
}

/**
 * True when a title-like line ("党委办公室、院长办公室工作职责") names the unit a paragraph
 * of the document so far opens with as its subject ("党委办公室、院长办公室是医院…"): it heads
 * that unit's duties in the same document, not a new document.
 */
function continuesSubject(key: string, paragraphs: readonly Paragraph[]): boolean {
  const subject = key.trim().replace(/(?:的)?(?:主要|工作|岗位|部门|科室)?(?:职责|职能)(?:说明)?$/u, '');
  return subject.length >= 2 && subject !== key.trim() && paragraphs.some((q) => q.key.trimStart().startsWith(`${subject}是`) || q.key.trimStart().startsWith(`${subject}作为`));
}

const leadInCache = new WeakMap<ParseLexicon, Set<string>>();

/** The lexicon's duty and section lead-ins, lower-cased, once per lexicon (a cache, not a setting). */
function leadInWords(lexicon: ParseLexicon): Set<string> {
  let words = leadInCache.get(lexicon);
  if (!words) {
    words = new Set([...lexicon.dutyKeys, ...lexicon.sectionKeys].map((k) => k.toLowerCase()));
    leadInCache.set(lexicon, words);
  }
  return words;
}

/**
 * True when a line is only a lead-in word ("主要职责", "部门职责", "岗位职责"):
 * it opens a list of the current document, it does not title a new one.
 */
export function isLeadInWord(text: string, lexicon: ParseLexicon): boolean {
  const labelled = text.replace(/[\s:：]+$/u, '').replace(/^(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十]{1,3}[)）])\s*/u, '');
  // "岗位主要职责", "本部门工作职责": the lead-in with the words a form puts before it.
  const bare = labelled.replace(/^(?:本岗位|本部门|本职位|岗位|部门|职位)(?=.{2})/u, '');
  const words = leadInWords(lexicon);
  return words.has(bare.toLowerCase()) || words.has(labelled.toLowerCase()) || /^(?:内设机构|机构设置|主要职能|职能职责)$/u.test(bare);
}

const TITLE_START = /^([\p{Script=Han}]{2,12}?[部处室科])\s+([\p{Script=Han}]{0,6}?(?:职责|职能|说明书?))\s*(?=\1)/u;

/**
 * The length of a title that opens a long paragraph and is followed by the
 * text repeating its unit name ("市场经营部 处室职责市场经营部2010年1月…"), or 0.
 */
export function titleStartLength(key: string): number {
  return TITLE_START.exec(key)?.[0].length ?? 0;
}

const IGNORABLE = /[\s()（）[\]【】_《》"“”'‘’.·-]/u;

/**
 * Length of the prefix of `key` that repeats `title` (ignoring spaces,
 * brackets and underscores), or 0. Scraped pages print a title on its own
 * line and again at the start of the text that follows.
 */
export function repeatedTitleLength(key: string, title: string): number {
  const wanted = title.split(/_|\.doc/u)[0];
  let i = 0;
  let j = 0;
  let matched = 0;
  while (j < wanted.length) {
    if (IGNORABLE.test(wanted[j])) {
      j++;
      continue;
    }
    while (i < key.length && IGNORABLE.test(key[i])) i++;
    if (i >= key.length || key[i] !== wanted[j]) return 0;
    i++;
    j++;
    matched++;
  }
  return matched >= 4 ? i : 0;
}

/**
 * Splits a file's paragraphs into documents. A scraped compilation joins
 * unrelated documents, each introduced by a title line; consecutive titles
 * are one heading (the first is kept); the title repeated at the start of
 * the next paragraph is dropped from it. The first short unnumbered line of
 * a file is its title; otherwise `fallbackTitle` is. Documents without text
 * are dropped.
 */
export function splitDocuments(
  paragraphs: readonly Paragraph[],
  fallbackTitle: string,
  lexicon: ParseLexicon,
  labelAt: LabelTest,
): DocumentChunk[] {
  const documents: DocumentChunk[] = [];
  let current: DocumentChunk = { title: fallbackTitle, line: lineAt(paragraphs[0] ?? { text: '', key: '', lines: [] }, 0), subtitles: [], paragraphs: [] };
  let titled = false;
  const namesUnit = (key: string): boolean =>
    unitNameOfTitle(key, lexicon) !== null || organisationOfTitle(key, lexicon) !== null || titleOwnerOf(key, lexicon) !== null;
  const startDocument = (title: string, line: number, titleKey: string): void => {
    if (current.paragraphs.length === 0 && titled) {
      // Of consecutive titles the first is kept, unless only a later one names whom the document is about
      // ("background image" / "司机岗位职责").
      if (!namesUnit(currentTitleKey) && namesUnit(titleKey)) {
        current = { title, line, subtitles: [current.title, ...current.subtitles], paragraphs: [] };
        currentTitleKey = titleKey;
      } else current.subtitles.push(title);
      return;
    }
    // "天津坤如玛丽妇产医院 / 护理部岗位说明书": a line that only names an organisation, right before a title, goes with it.
    const named = current.paragraphs.length === 1 ? current.paragraphs[0].key.replace(/\s+/gu, '') : '';
    if (named.length > 0 && isUnitName(named, lexicon) && OWNER_ENDING.test(named)) {
      current = { title, line, subtitles: [current.paragraphs[0].text.trim()], paragraphs: [] };
      titled = true;
      currentTitleKey = titleKey;
      return;
    }
    if (current.paragraphs.length > 0) documents.push(current);
    current = { title, line, subtitles: [], paragraphs: [] };
    titled = true;
    currentTitleKey = titleKey;
  };
  let currentTitleKey = '';
  paragraphs.forEach((p, index) => {
    const firstLine =
      index === 0 &&
      p.key.length <= 60 &&
      labelAt(p.key, 0) === null &&
      !/[。；;:：]/u.test(p.key) &&
      englishUnitName(p.key) === null &&
      !isUnitName(p.key.trim(), lexicon);
    // "行政部.docx" opening with "部门职责": a first line that is only a lead-in word does not replace a file name that
    // names the unit as the title; it stays a lead-in of the text.
    if (firstLine && isLeadInWord(p.key, lexicon) && (namesUnit(alignedNormalize(fallbackTitle).trim()) || englishUnitOfFileName(fallbackTitle) !== null)) {
      current.subtitles.push(p.text.trim());
      titled = true;
      currentTitleKey = alignedNormalize(fallbackTitle).trim();
      return;
    }
    if (firstLine || (isTitleParagraph(p.key, lexicon, labelAt) && !continuesSubject(p.key, current.paragraphs))) {
      startDocument(p.text.trim(), lineAt(p, 0), p.key.trim());
      return;
    }
    let body = p;
    const opening = titleStartLength(p.key);
    if (opening > 0) {
      startDocument(p.text.slice(0, opening).trim(), lineAt(p, 0), p.key.slice(0, opening).trim());
      body = trimParagraph(sliceParagraph(p, opening));
    } else if (current.paragraphs.length === 0 && titled) {
      body = trimParagraph(sliceParagraph(p, repeatedTitleLength(p.key, currentTitleKey)));
    }
    if (body.key.length > 0) current.paragraphs.push(body);
  });
  if (current.paragraphs.length > 0) documents.push(current);
  return documents;
}
