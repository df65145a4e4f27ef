/**
 * The front page: totals over all organisations and the organisation table
 * (an organisation of one document is listed as that document), sorted so
 * those with both-lead conflicts come first; those with fewer than two
 * units and nothing to report are folded into one "other documents" group
 * at the end (listed compactly in print). Documents read once because they
 * copy another are named under the table, and how the documents were read
 * is summed up in one line that links to its section.
 */
import type { Organisation } from '../model.ts';
import type { OrganisationRow } from './organisation-order.ts';
import { statsOf } from './organisation-stats.ts';
import { escapeHtml } from './escape-html.ts';
import { formatSource } from './format.ts';
import { readingsNoteHtml } from './html-readings.ts';
import { fill, label, type LabelKey, type ReportLang } from './i18n.ts';
import type { ResultIndex } from './result-index.ts';

function card(value: number, name: string, alert: boolean): string {
  return `<div class="card${alert ? ' alert' : ''}"><b>${value}</b><span>${escapeHtml(name)}</span></div>`;
}

/** Where an organisation comes from, as the table's small print: its document's file and line, or its documents' files. */
export function organisationSource(index: ResultIndex, organisation: Organisation): string {
  const files = organisation.documentIds.map((id) => index.documentById.get(id)!.source);
  return files.length === 1 ? formatSource(files[0]) : [...new Set(files.map((s) => s.file))].join(' · ');
}

function rowHtml(index: ResultIndex, row: OrganisationRow, rank: number, lang: ReportLang): string {
  const s = row.stats;
  const organisation = index.result.organisations[row.index];
  const accepted = (n: number) => (n > 0 ? ` <small class="meta">+${n} ${escapeHtml(label(lang, 'accepted'))}</small>` : '');
  const cls = s.bothLead > 0 ? ' class="is-conflict"' : '';
  return `<tr${cls}><td class="num">${rank}</td><td><a href="#doc-${row.index}">${escapeHtml(organisation.name)}</a> <small class="src">${escapeHtml(organisationSource(index, organisation))}</small></td><td class="num">${s.units}</td><td class="num">${s.duties}</td>` +
    `<td class="num">${s.conflicts}${accepted(s.acceptedConflicts)}</td><td class="num">${s.bothLead}</td><td class="num">${s.gaps}${accepted(s.acceptedGaps)}</td></tr>`;
}

/** The documents read once, one line each ("X is a copy of Y"), or ''. */
function copiesHtml(index: ResultIndex, lang: ReportLang): string {
  const { copies } = index.result;
  if (copies.length === 0) return '';
  const title = (id: string) => index.documentById.get(id)?.title ?? id;
  const items = copies.map((c) =>
    `<li>${escapeHtml(fill(label(lang, 'copyOf'), { a: `${c.document} (${formatSource(c)})`, b: `${c.copyOf} ${title(c.copyOf)}` }))}</li>`,
  );
  return `<details class="copies"><summary>${escapeHtml(label(lang, 'copies'))} (${copies.length})</summary><ul>${items.join('')}</ul></details>`;
}

/** The front page section (id "documents"). `rows` are in presentation order; `trend` (HTML, may be '') sits under the totals. */
export function frontPageHtml(index: ResultIndex, rows: readonly OrganisationRow[], lang: ReportLang, trend: string): string {
  const t = (k: LabelKey) => escapeHtml(label(lang, k));
  const total = statsOf(index.result.summary);
  // Organisations are counted apart only when one holds several documents; otherwise each is its document.
  const grouped = total.documents > rows.length;
  const cards = [
    grouped ? card(rows.length, label(lang, 'organisations'), false) : '',
    card(total.documents, label(lang, 'documents'), false),
    card(total.units, label(lang, 'units'), false),
    card(total.duties, label(lang, 'duties'), false),
    card(total.pairs, label(lang, 'pairs'), false),
    card(total.conflicts, label(lang, 'conflicts'), total.conflicts > 0),
    card(total.bothLead, label(lang, 'bothLead'), total.bothLead > 0),
    total.acceptedConflicts > 0 ? card(total.acceptedConflicts, label(lang, 'acceptedConflicts'), false) : '',
    card(total.gaps, label(lang, 'gapCount'), total.gaps > 0),
    total.acceptedGaps > 0 ? card(total.acceptedGaps, label(lang, 'acceptedGaps'), false) : '',
  ].join('');
  const head = `<thead><tr><th class="num">#</th><th>${t('title')}</th><th class="num">${t('units')}</th><th class="num">${t('duties')}</th><th class="num">${t('conflicts')}</th><th class="num">${t('bothLeadShort')}</th><th class="num">${t('gapCount')}</th></tr></thead>`;
  const major = rows.filter((r) => !r.minor);
  const minor = rows.filter((r) => r.minor);
  const table = major.length ? `<table class="documents">${head}<tbody>${major.map((r, i) => rowHtml(index, r, i + 1, lang)).join('')}</tbody></table>` : '';
  const others = minor.length
    ? `<details class="other-docs-list screen-only"><summary>${t('otherDocuments')} (${minor.length}) — ${t('otherDocumentsHint')}</summary>` +
      `<table class="documents">${head}<tbody>${minor.map((r, i) => rowHtml(index, r, major.length + i + 1, lang)).join('')}</tbody></table></details>` +
      `<p class="print-only meta">${t('otherDocuments')} (${minor.length}): ${minor
        .map((r) => `${escapeHtml(index.result.organisations[r.index].name)} (${r.stats.units}/${r.stats.duties})`)
        .join(' · ')}</p>`
    : '';
  return `<section class="front" id="documents"><h2>${t('documentList')}</h2>` +
    `<h3>${t('allDocuments')}</h3><div class="cards">${cards}</div>${trend}` +
    `<p class="hint">${t('documentListHint')}</p>${table}${others}${copiesHtml(index, lang)}${readingsNoteHtml(index.result, lang)}</section>`;
}
