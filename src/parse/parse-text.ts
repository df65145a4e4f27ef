import type { TextLine } from '../ingest/types.ts';
import type { Duty, Language, OrgDocument, Unit } from '../model.ts';
import { alignedNormalize, detectScript } from '../text/normalize.ts';
import { documentId, uniqueIds } from '../util/ids.ts';
import { adoptByNamePrefix } from './adopt.ts';
import { buildDuties, buildUnits } from './build.ts';
import { cleanLines } from './clean.ts';
import { splitDocuments } from './documents.ts';
import { DEFAULT_PARSE_LEXICON, type ParseLexicon } from './lexicon.ts';
import { labelAt } from './numbering.ts';
import type { ParsedFile, ParseOptions } from './parsed-file.ts';
import { stripTableOfContents } from './toc.ts';
import { unitNameOfTitle } from './units.ts';
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
export function parseTextWith(file: string, lines: readonly TextLine[], options: ParseOptions, lexicon: ParseLexicon): ParsedFile {
  try {
    return parseLines(file, lines, options, lexicon);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { documents: [], units: [], duties: [], warnings: [`${file}: could not be parsed (${message})`] };
  }
}

/**
 * The pipeline: clean (boilerplate, page chunks) → drop tables of contents
 * → split documents → read each document's units and duties → ids.
 */
function parseLines(file: string, lines: readonly TextLine[], options: ParseOptions, lexicon: ParseLexicon): ParsedFile {
  const labelTest = (key: string, at: number) => labelAt(key, at, lexicon.measureAfterNumber);
  const cleaned = cleanLines(lines, lexicon);
  const paragraphs = cleaned.paragraphs.map(stripTableOfContents).filter((p) => p.key.trim().length > 0);
  const stem = options.stem ?? fileStem(file);
  const chunks = splitDocuments(paragraphs, cleaned.pageTitle ?? stem, lexicon, labelTest);
  const read = chunks
    .map((chunk) => ({ chunk, draft: walkDocument(chunk.paragraphs, unitNameOfTitle(alignedNormalize(chunk.title), lexicon), lexicon) }))
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
    const adopted = { ...draft, units: adoptByNamePrefix(draft.units, chunk.title) };
    const docUnits = buildUnits(adopted, id, file);
    units.push(...docUnits);
    const offset = built.length;
    for (const b of buildDuties(adopted, docUnits, language, file)) {
      built.push({ duty: b.duty, parent: b.parent === null ? null : b.parent + offset });
    }
  });
  const ids = uniqueIds(built.map((b) => b.duty.id));
  const duties = built.map((b, i) => ({ ...b.duty, id: ids[i], parentId: b.parent === null ? null : ids[b.parent] }));
  const warnings = units.length === 0 && lines.some((l) => (l.text ?? '').trim().length > 0) ? [`${file}: no units or duties found`] : [];
  return { documents, units, duties, warnings };
}
