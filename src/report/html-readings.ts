/**
 * "How your documents were read" (id "readings"): per input file the units
 * and duties it yielded and the share of its text used, the files that
 * yielded nothing marked with the command that shows why, and each text
 * file's left-out lines with their reasons folded into a <details>. It sits
 * after the findings; the front page carries its one-line summary with a
 * link (readingsNoteHtml). Results written before readings were recorded
 * have neither.
 */
import type { InputReading, Result } from '../model.ts';
import { escapeHtml } from './escape-html.ts';
import { formatPercent } from './format.ts';
import { fill, label, leftOutReason, readingFormatLabel, type LabelKey, type ReportLang } from './i18n.ts';
import { readingTotals } from './reading-totals.ts';

/** A file name as one shell word: quoted when it holds anything a shell would split or expand. */
export function shellWord(file: string): string {
  return /^[\p{L}\p{N}._/+@-]+$/u.test(file) ? file : `'${file.replaceAll("'", `'\\''`)}'`;
}

/** The command that prints every line of a file with what it became. */
function explainCommand(file: string): string {
  return `dutylens extract ${shellWord(file)} --explain`;
}

/** What to do about a file that yielded nothing, by the way it was read. */
function nothingHint(reading: InputReading, lang: ReportLang): string {
  switch (reading.format) {
    case 'text':
      return `${escapeHtml(label(lang, 'seeWhy'))}<code>${escapeHtml(explainCommand(reading.file))}</code>`;
    case 'table':
      return escapeHtml(label(lang, 'tableColumnsHint'));
    case 'model':
      return escapeHtml(label(lang, 'emptyModel'));
  }
}

/** The totals sentence ("Read 5 files: 91 units, …; 0 files yielded nothing."). */
function totalsSentence(readings: readonly InputReading[], lang: ReportLang): string {
  const t = readingTotals(readings);
  const values = { files: t.files, units: t.units, duties: t.duties, used: t.used === null ? '' : formatPercent(t.used), empty: t.empty.length };
  return fill(label(lang, t.used === null ? 'readingTotalsNoText' : 'readingTotals'), values);
}

/** The front page's line: the totals and a link to the section, marked when a file yielded nothing; '' without readings. */
export function readingsNoteHtml(result: Result, lang: ReportLang): string {
  const readings = result.readings ?? [];
  if (readings.length === 0) return '';
  const alert = readings.some((r) => r.duties === 0) ? ' alert' : '';
  return `<p class="reading-note${alert}">${escapeHtml(totalsSentence(readings, lang))} <a href="#readings">${escapeHtml(label(lang, 'readings'))}</a></p>`;
}

function rowHtml(reading: InputReading, i: number, lang: ReportLang): string {
  const empty = reading.duties === 0;
  const name = `<span class="src">${escapeHtml(reading.file)}</span>`;
  const flag = empty ? ` <span class="badge">${escapeHtml(label(lang, 'yieldedNothing'))}</span><div class="reading-hint">${nothingHint(reading, lang)}</div>` : '';
  const leftOut = reading.leftOut.length + reading.moreLeftOut;
  const leftOutCell = reading.format !== 'text' ? '—' : leftOut > 0 ? `<a href="#reading-${i}">${leftOut}</a>` : '0';
  return `<tr${empty ? ' class="is-empty"' : ''}><td>${name}${flag}</td><td>${escapeHtml(readingFormatLabel(lang, reading.format))}</td>` +
    `<td class="num">${reading.units}</td><td class="num">${reading.duties}</td><td class="num">${reading.used === null ? '—' : formatPercent(reading.used)}</td>` +
    `<td class="num">${leftOutCell}</td></tr>`;
}

/** One file's left-out lines, folded; '' when none was left out. */
function leftOutHtml(reading: InputReading, i: number, lang: ReportLang): string {
  const count = reading.leftOut.length + reading.moreLeftOut;
  if (count === 0) return '';
  const items = reading.leftOut.map((l) =>
    `<li><span class="src">${escapeHtml(fill(label(lang, 'lineNumber'), { n: l.line }))}</span> <span class="left-out-text">${escapeHtml(l.text)}</span> <span class="why">${escapeHtml(leftOutReason(lang, l.why))}</span></li>`,
  );
  // The command is set as code: a placeholder the escaped sentence cannot contain marks its place.
  const more = reading.moreLeftOut > 0
    ? `<p class="meta">${escapeHtml(fill(label(lang, 'moreLeftOut'), { n: reading.moreLeftOut, command: '\u0000' })).replace('\u0000', `<code>${escapeHtml(explainCommand(reading.file))}</code>`)}</p>`
    : '';
  return `<details class="left-out" id="reading-${i}"><summary>${escapeHtml(fill(label(lang, 'leftOutOf'), { file: reading.file, n: count }))}</summary>` +
    `<ol class="left-out-lines">${items.join('')}</ol>${more}</details>`;
}

/** The section, or '' when the result records no readings. Files that yielded nothing come first, the rest in reading order. */
export function readingsSectionHtml(result: Result, lang: ReportLang): string {
  const readings = result.readings ?? [];
  if (readings.length === 0) return '';
  const t = (k: LabelKey) => escapeHtml(label(lang, k));
  const order = [...readings.keys()].sort((a, b) => Number(readings[a].duties > 0) - Number(readings[b].duties > 0) || a - b);
  const empty = readingTotals(readings).empty;
  const alert = empty.length > 0
    ? `<p class="rule reading-alert">${escapeHtml(fill(label(lang, 'emptyFiles'), { n: empty.length }))}${empty.map((r) => `<span class="src">${escapeHtml(r.file)}</span>`).join(' · ')}</p>`
    : '';
  const copies = result.copies.length > 0 ? `<p class="meta">${escapeHtml(fill(label(lang, 'readingCopiesNote'), { n: result.copies.length }))}</p>` : '';
  const head = `<thead><tr><th>${t('file')}</th><th>${t('kind')}</th><th class="num">${t('units')}</th><th class="num">${t('duties')}</th><th class="num">${t('textUsed')}</th><th class="num">${t('leftOutLines')}</th></tr></thead>`;
  const rows = order.map((i) => rowHtml(readings[i], i, lang)).join('');
  const lists = order.map((i) => leftOutHtml(readings[i], i, lang)).join('');
  return `<section class="readings" id="readings"><h2>${t('readings')}</h2><p class="hint">${t('readingsHint')}</p>` +
    `<p>${escapeHtml(totalsSentence(readings, lang))}</p>${alert}${copies}` +
    `<table class="readings">${head}<tbody>${rows}</tbody></table>${lists}</section>`;
}
