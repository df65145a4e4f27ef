import type { TextLine } from '../ingest/types.ts';

/**
 * Whether a line runs on into the next: it stops after a comma or 、, or it
 * stops after a character, holds a clause break before its cut, and the next
 * line ends a clause itself (a title, a byline or a site's "您可能关注的文档"
 * ends none).
 */
function runsOn(text: string, next: string): boolean {
  const t = text.trimEnd();
  if (/[,，、]$/u.test(t)) return true;
  return /\p{Script=Han}$/u.test(t) && /[,，]/u.test(t) && /[。！？!?；;,，、]$/u.test(next.trimEnd());
}

/** A line that starts a new item or paragraph of its own: a list label, a bullet, a bracketed tag. */
const STARTS_ITEM = /^\s*(?:[((【\[]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}\s*[、.．)）]|[-•·●▲■]|第[一二三四五六七八九十百0-9]+[条章节])/u;

/**
 * The lines of a notice as the event reader takes them: a sentence a page
 * wrapped at a fixed width ("…整合市民政局的退役军人优抚安置、双拥工作职责,市" /
 * "人力资源保障局的军官转业安置职责…") is one line again, numbered as its
 * first. Written by hand, because the text parser's joinHardWraps needs
 * three lines cut at one width and a news item wraps at a few. A line
 * joins the next when it runs on (runsOn) and the next one goes on with
 * text; blank lines, headings and list items keep their breaks.
 */
export function joinWrappedSentences(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    const joins =
      previous !== undefined &&
      previous.heading === undefined &&
      line.heading === undefined &&
      previous.text.trim().length > 0 &&
      /^\s*\p{Script=Han}/u.test(line.text) &&
      !STARTS_ITEM.test(line.text) &&
      runsOn(previous.text, line.text);
    if (joins) out[out.length - 1] = { ...previous, text: `${previous.text.trimEnd()}${line.text.trim()}` };
    else out.push(line);
  }
  return out;
}
