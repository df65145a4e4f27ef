import type { TextLine } from '../ingest/types.ts';
import type { Duty, Language, OrgDocument, Unit } from '../model.ts';
import { alignedNormalize, detectScript } from '../text/normalize.ts';
import { appendAll } from '../util/append.ts';
import { documentId, uniqueIds } from '../util/ids.ts';
import { adoptByNamePrefix, adoptByStaffedOrganisation } from './adopt.ts';
import { containerOf, isDutyLike, organisationOfContainer, staffedOrganisationOf } from './lead-ins.ts';
import { lineAt, type Paragraph } from './paragraph.ts';
import { buildDuties, buildUnits } from './build.ts';
import { cleanLines } from './clean.ts';
import { isLeadInWord, splitDocuments } from './documents.ts';
import { unflattenTables } from './fields.ts';
import { withEvents } from './event-documents.ts';
import { withEventUnits } from './event-units.ts';
import { joinWrappedSentences } from './notice-lines.ts';
import { withoutGlosses } from '../text/unit-names.ts';
import { DEFAULT_PARSE_LEXICON, type ParseLexicon } from './lexicon.ts';
import { labelAt } from './numbering.ts';
import { traceLine, type DocumentDraft, type LineUse } from './draft.ts';
import type { FileReading, ParsedFile, ParseOptions } from './parsed-file.ts';
import { stripTableOfContents } from './toc.ts';
import { englishTitleUnit, englishUnitOfFileName, isUnitName, ORGANISATION_LEVEL, organisationOfTitle, OWNER_ENDING, ownerOfName, titleOwnerOf, unitNameOfTitle } from './units.ts';
import { walkDocument } from './walk.ts';

/** The file name without folders and extension ("seeds/001_x.txt" → "001_x"): the stem of document ids. */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/u).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * Reads the lines of a duty document into documents, units and duties.
 * Never throws, on any input: a failure becomes a warning and an empty result.
 */
export function parseText(file: string, lines: TextLine[], options?: ParseOptions): ParsedFile {
  return parseTextWith(file, lines, options ?? {}, DEFAULT_PARSE_LEXICON);
}

/** `parseText` with a lexicon of one's own. Never throws. */
export function parseTextWith(file: string, given: readonly TextLine[], options: ParseOptions, lexicon: ParseLexicon): ParsedFile {
  try {
    // Pronunciation glosses a mirror site injected (銷(xiāo)售) are read past: headings, labels and duties are the words.
    const lines = given.map((l) => (l.text.includes('(') || l.text.includes('（') ? { ...l, text: withoutGlosses(l.text) } : l));
    // The event reader and the notice's units read sentences whole, across the breaks a page wrapped them at.
    const sentences = joinWrappedSentences(lines);
    return withEventUnits(withEvents(file, sentences, parseLines(file, lines, options, lexicon), options.stem ?? fileStem(file)), sentences);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { documents: [], units: [], duties: [], warnings: [`${file}: could not be parsed (${message})`] };
  }
}

/** The reading summary of a file from what its drafts traced and what cleaning dropped. */
function readingOf(
  file: string,
  lines: readonly TextLine[],
  drafts: readonly DocumentDraft[],
  dropped: ReadonlyMap<number, string>,
  unitCount: number,
  dutyCount: number,
  unitLines: ReadonlySet<number>,
): FileReading {
  const uses = new Map<number, LineUse>();
  for (const draft of drafts) for (const [line, use] of draft.trace ?? []) uses.set(line, use);
  let total = 0;
  let used = 0;
  const found: FileReading['unitLines'] = [];
  const leftOut: FileReading['leftOut'] = [];
  for (const l of lines) {
    const text = (l.text ?? '').trim();
    if (text.length === 0) continue;
    total += text.length;
    const use = uses.get(l.line);
    if (use?.kind === 'unit' && !unitLines.has(l.line)) {
      leftOut.push({ line: l.line, text, why: 'a unit named with nothing under it (a mention)' });
      continue;
    }
    if (use && use.kind !== 'left-out') {
      used += text.length;
      if (use.kind === 'unit') found.push({ line: l.line, text, why: use.why });
      continue;
    }
    const why = use?.kind === 'left-out' ? use.why : (dropped.get(l.line) ?? 'not under any unit or duty list');
    leftOut.push({ line: l.line, text, why });
  }
  return { file, units: unitCount, duties: dutyCount, used: total === 0 ? 0 : used / total, unitLines: found, leftOut };
}

/**
 * The draft without units that nothing supports: no duty, no sub-unit, no
 * attribute (a signature line "国务院办公厅" under a notice, a name in a list
 * of mentions). Indices of the remaining units and of the duties' units move.
 */
export function withoutEmptyUnits(draft: DocumentDraft): DocumentDraft {
  const used = new Set(draft.duties.map((d) => d.unit));
  const keep = draft.units.map((u, i) => used.has(i) || Object.keys(u.attributes).length > 0 || u.anchor === true);
  // A parent is kept when any unit below it is.
  let changed = true;
  while (changed) {
    changed = false;
    draft.units.forEach((u, i) => {
      if (keep[i] && u.parent !== null && !keep[u.parent]) {
        keep[u.parent] = true;
        changed = true;
      }
    });
  }
  if (keep.every(Boolean)) return draft;
  const index: (number | null)[] = [];
  let next = 0;
  keep.forEach((k, i) => (index[i] = k ? next++ : null));
  const units = draft.units.flatMap((u, i) => (keep[i] ? [{ ...u, parent: u.parent === null ? null : index[u.parent] }] : []));
  const duties = draft.duties.map((d) => ({ ...d, unit: index[d.unit]! }));
  return { units, duties };
}

/** The organisation the first container sentence of a document names, when it is one (organisationOfContainer) named nowhere before, or null. */
function containedOrganisationOf(paragraphs: readonly Paragraph[], lexicon: ParseLexicon): string | null {
  for (const [k, p] of paragraphs.entries()) {
    if (p.key.length > 200) continue;
    const name = organisationOfContainer(p.key, lexicon);
    if (name === null) continue;
    // Named before ("徐汇区文化局是区政府的职能部门…"): the sentences that name it read it as they did.
    return paragraphs.slice(0, k).some((q) => q.key.includes(name)) ? null : name;
  }
  return null;
}

/**
 * The unit whose duty list opens a page that names it only after the list:
 * for a numbered list ("1.负责建立健全档案管理的各项规章制度;…" then
 * "档案馆机构设置为六科一室,分别为…"), the holder its first container sentence
 * names, when nothing before names it; for duty text without numbers
 * ("负责机关文电、会务…。" then "办公室负责人:颜煜群"), the one unit its
 * contact lines name. Null otherwise.
 */
function listHolderOf(paragraphs: readonly Paragraph[], lexicon: ParseLexicon): string | null {
  const first = paragraphs[0];
  const label = first === undefined ? null : labelAt(first.key, 0, lexicon.measureAfterNumber);
  if (first === undefined) return null;
  // "负责机关文电、会务…。" then "办公室负责人:颜煜群": the unit its contact line names.
  if (label === null && lexicon.dutyVerbs.test(first.key.trim())) {
    const heads = paragraphs.slice(1).flatMap((p) => {
      const m = /^(\p{Script=Han}{2,16}?)(?:负责人|主任|部长|科长|处长)\s*[:：]/u.exec(p.key.trim());
      return m !== null && isUnitName(m[1], lexicon) ? [m[1]] : [];
    });
    return heads.length > 0 && heads.every((h) => h === heads[0]) ? heads[0] : null;
  }
  if (label === null || !isDutyLike(first.key.slice(label.length), lexicon)) return null;
  for (const [k, p] of paragraphs.entries()) {
    if (p.key.length > 200) continue;
    const container = containerOf(p.key, lexicon);
    if (container === null) continue;
    if (container.kind !== 'named' || container.parent !== null) return null;
    return paragraphs.slice(0, k).some((q) => q.key.includes(container.name)) ? null : container.name;
  }
  return null;
}

/** A line of a leadership roster: a person, then the organisation and the post ("张学贵:大连市审计局局长", "于雷:大连市审计局党组成员、副局长"). */
const ROSTER_LINE = /^\p{Script=Han}{2,4}\s*[:：]\s*(\p{Script=Han}{3,30}?)(?:党组书记|党组成员|党委书记|党委委员)?[、,，]?(?:党组成员、|党委委员、)?副?(?:局长|厅长|主任|院长|校长|处长|部长|书记|总经理|董事长|署长|总监)$/u;

/**
 * The organisation a page's leadership roster names, with its first line, or
 * null: the same organisation in two roster lines or more, of an
 * organisation's kind. A page of 内设机构 scraped with its leaders but without
 * its title still says whose units they are.
 */
function rosterOrganisationOf(paragraphs: readonly Paragraph[], lexicon: ParseLexicon): { name: string; line: number } | null {
  const seen = new Map<string, { count: number; line: number }>();
  for (const p of paragraphs) {
    const name = ROSTER_LINE.exec(p.key.trim())?.[1];
    if (name === undefined || !ORGANISATION_LEVEL.test(name) || !isUnitName(name, lexicon)) continue;
    const entry = seen.get(name) ?? { count: 0, line: lineAt(p, 0) };
    entry.count++;
    seen.set(name, entry);
  }
  const best = [...seen].sort((a, b) => b[1].count - a[1].count)[0];
  return best !== undefined && best[1].count >= 2 ? { name: best[0], line: best[1].line } : null;
}

/** The organisation the first staffing sentence of a document names, with its line, or null. */
function staffingSentenceOf(paragraphs: readonly Paragraph[], lexicon: ParseLexicon): { name: string; line: number } | null {
  for (const p of paragraphs) {
    const name = staffedOrganisationOf(p.key, lexicon);
    if (name !== null) return { name, line: lineAt(p, 0) };
  }
  return null;
}

/** An organisation (company, hospital, university, bank) that a consecutive title line names, and only names. */
function organisationSubtitle(subtitles: readonly string[], lexicon: ParseLexicon): string | null {
  for (const subtitle of subtitles) {
    const key = alignedNormalize(subtitle).replace(/\s+/gu, '');
    if (isUnitName(key, lexicon) && OWNER_ENDING.test(key)) return key;
  }
  return null;
}

/**
 * The pipeline: clean (boilerplate, page chunks) → drop tables of contents
 * → split documents → read each document's units and duties → ids.
 */
function parseLines(file: string, lines: readonly TextLine[], options: ParseOptions, lexicon: ParseLexicon): ParsedFile {
  const labelTest = (key: string, at: number) => labelAt(key, at, lexicon.measureAfterNumber);
  const cleaned = cleanLines(lines, lexicon);
  const unflattened = unflattenTables(cleaned.paragraphs, (key) => isLeadInWord(key, lexicon));
  const paragraphs = unflattened.map(stripTableOfContents).filter((p) => p.key.trim().length > 0);
  const stem = options.stem ?? fileStem(file);
  const chunks = splitDocuments(paragraphs, cleaned.pageTitle ?? stem, lexicon, labelTest);
  const read = chunks
    .map((chunk) => {
      const titleKey = alignedNormalize(chunk.title);
      const organisation = organisationOfTitle(titleKey, lexicon);
      const spaced = organisation === null ? titleOwnerOf(titleKey, lexicon) : null;
      const titled =
        organisation ??
        unitNameOfTitle(spaced === null ? titleKey : titleKey.trim().slice(spaced.length), lexicon) ??
        englishTitleUnit(chunk.title, chunk.paragraphs.map((p) => p.key)) ??
        (chunk.title === stem ? englishUnitOfFileName(stem) : null);
      // "中山大学党委宣传部简介": the organisation the unit's name opens with holds it.
      const split = spaced === null && titled !== null ? ownerOfName(titled, lexicon) : null;
      // "天津坤如玛丽妇产医院 / 护理部岗位说明书": an organisation named on a title line of its own right before the title.
      const owner = split?.owner ?? spaced ?? (organisation === null ? organisationSubtitle(chunk.subtitles, lexicon) : null);
      const named = split?.name ?? titled;
      // A page of a 三定 without its title: the organisation its container sentence names is whom it is about.
      const contained = named === null && owner === null ? (containedOrganisationOf(chunk.paragraphs, lexicon) ?? listHolderOf(chunk.paragraphs, lexicon)) : null;
      const titleUnit = named ?? contained;
      const walked = walkDocument(chunk.paragraphs, lexicon, {
        unit: titleUnit,
        isOrganisation: organisation !== null || contained !== null,
        owner,
        keys: [titleKey, ...chunk.subtitles.map((t) => alignedNormalize(t))],
      });
      const sentence = titleUnit === null && owner === null ? staffingSentenceOf(chunk.paragraphs, lexicon) : null;
      const roster = titleUnit === null && owner === null && sentence === null ? rosterOrganisationOf(chunk.paragraphs, lexicon) : null;
      const staffed = sentence ?? roster;
      const units = adoptByStaffedOrganisation(walked.units, staffed);
      // --explain says why the organisation came in: the line that names it.
      if (staffed !== null && units.length > walked.units.length) {
        traceLine(walked, staffed.line, { kind: 'unit', why: sentence !== null ? 'the organisation a staffing sentence names, holding the units below' : 'the organisation a leadership roster names, holding the units below' });
      }
      return { chunk, draft: { ...walked, units } };
    })
    .filter(({ draft }) => draft.units.length > 0);
  const documents: OrgDocument[] = [];
  const units: Unit[] = [];
  const built: { duty: Duty; parent: number | null }[] = [];
  read.forEach(({ chunk, draft }, index) => {
    const id = documentId(stem, read.length > 1 ? index + 1 : null);
    const sample = chunk.paragraphs.map((p) => p.text).join('\n');
    const script = detectScript(`${chunk.title}\n${sample}`);
    const language: Language = options.language === 'zh' || options.language === 'en' ? options.language : script === 'latin' ? 'en' : 'zh';
    documents.push({ id, title: chunk.title, source: { file, line: chunk.line }, language, script });
    const adopted = withoutEmptyUnits({ ...draft, units: adoptByNamePrefix(draft.units, chunk.title) });
    const docUnits = buildUnits(adopted, id, file);
    appendAll(units, docUnits);
    const offset = built.length;
    for (const b of buildDuties(adopted, docUnits, language, file, lexicon.standingStatements)) {
      built.push({ duty: b.duty, parent: b.parent === null ? null : b.parent + offset });
    }
  });
  const ids = uniqueIds(built.map((b) => b.duty.id));
  const duties = built.map((b, i) => ({ ...b.duty, id: ids[i], parentId: b.parent === null ? null : ids[b.parent] }));
  const blank = !lines.some((l) => (l.text ?? '').trim().length > 0);
  const warnings = duties.length === 0 && !blank ? [`${file}: no duties found; see why with: dutylens extract ${file} --explain`] : [];
  const unitLines = new Set(units.map((u) => u.source.line));
  const reading = readingOf(file, lines, read.map((r) => r.draft), cleaned.dropped, units.length, duties.length, unitLines);
  return { documents, units, duties, warnings, reading };
}
