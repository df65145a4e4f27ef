import type { TextLine } from '../ingest/types.ts';
import type { ChangeEvent, OrgDocument } from '../model.ts';
import { detectScript } from '../text/normalize.ts';
import { documentId } from '../util/ids.ts';
import { extractEvents, type LineEvent } from './events.ts';
import type { ParsedFile } from './parsed-file.ts';

/** The line that titles a notice: the first naming a notice, plan or decision, else the first non-blank line. */
function noticeTitle(lines: readonly TextLine[]): TextLine {
  const text = lines.filter((l) => (l.text ?? '').trim().length > 0);
  return text.find((l) => /通知|方案|决定|调整|改革|优化|撤[销銷]|组建|組建|成立/u.test(l.text ?? '')) ?? text[0];
}

/** Each event given the document whose lines hold it: the last document starting at or before its line. */
function placed(events: readonly LineEvent[], documents: readonly OrgDocument[]): ChangeEvent[] {
  const starts = [...documents].sort((a, b) => a.source.line - b.source.line);
  return events.map((e) => {
    const holder = [...starts].reverse().find((d) => d.source.line <= e.source.line) ?? starts[0];
    return { ...e, documentId: holder.id };
  });
}

/**
 * A file's parse with the change events its lines state (extractEvents, a
 * pass of its own over the lines the text parser read). Events belong to the
 * file's documents; a notice whose text yields no document (no units, no
 * duties) becomes a document of its own, titled by its notice line, and the
 * warning that it holds no duties is dropped: a notice is not expected to.
 */
export function withEvents(file: string, lines: readonly TextLine[], parsed: ParsedFile, stem: string): ParsedFile {
  const events = extractEvents(file, lines);
  if (events.length === 0) return parsed;
  const documents = [...parsed.documents];
  if (documents.length === 0) {
    const title = noticeTitle(lines);
    const text = lines.map((l) => l.text ?? '').join('\n');
    const script = detectScript(text);
    documents.push({ id: documentId(stem, null), title: (title.text ?? '').trim(), source: { file, line: title.line }, language: script === 'latin' ? 'en' : 'zh', script });
  }
  const warnings = parsed.warnings.filter((w) => !w.startsWith(`${file}: no duties found`));
  return { ...parsed, documents, warnings, events: placed(events, documents) };
}
