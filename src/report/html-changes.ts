/**
 * What changed since the previous run, at the very top of a scheduled run's
 * report: counts of each kind of change, then the lists (long ones folded).
 * Nothing is shown when the result carries no `changes`; an empty diff says
 * so in one line.
 */
import type { Changes, DutyChange, DutyRef, GapChange, PairChange } from '../model.ts';
import { dutyChangeLabel, gapChangeLabel, pairChangeLabel } from './change-labels.ts';
import { collapseList } from './collapse-list.ts';
import { escapeHtml } from './escape-html.ts';
import { formatScore } from './format.ts';
import { gapKindLabel, gapNoteText, label, relationLabel, type LabelKey, type ReportLang } from './i18n.ts';
import type { ResultIndex } from './result-index.ts';

/** Kinds in the order they are counted. */
const DUTY_KINDS: readonly DutyChange['kind'][] = ['added', 'removed', 'reworded', 'moved'];
const PAIR_KINDS: readonly PairChange['kind'][] = ['new', 'resolved', 'relation-changed'];
const GAP_KINDS: readonly GapChange['kind'][] = ['opened', 'closed'];

function chip(kind: string, text: string): string {
  return `<span class="chg chg-${kind}">${escapeHtml(text)}</span>`;
}

function where(index: ResultIndex, ref: DutyRef): string {
  const doc = index.documentById.get(ref.documentId)?.title ?? ref.documentId;
  return `<span class="meta">${escapeHtml(doc)} · </span><strong>${escapeHtml(ref.unitPath.join(' / '))}</strong>`;
}

function dutyItem(index: ResultIndex, c: DutyChange, lang: ReportLang): string {
  const head = chip(c.kind, dutyChangeLabel(lang, c.kind));
  const { before, after } = c;
  if (before && after && c.kind === 'reworded') {
    return `<li>${head} ${where(index, after)}: <del>${escapeHtml(before.text)}</del> → <ins>${escapeHtml(after.text)}</ins></li>`;
  }
  if (before && after) {
    return `<li>${head} ${where(index, before)} → <strong>${escapeHtml(after.unitPath.join(' / '))}</strong>: ${escapeHtml(after.text)}</li>`;
  }
  const ref = after ?? before;
  return ref ? `<li>${head} ${where(index, ref)}: ${escapeHtml(ref.text)}</li>` : `<li>${head}</li>`;
}

function pairItem(index: ResultIndex, c: PairChange, lang: ReportLang): string {
  const rel = (r: PairChange['before']) => (r === null ? '—' : relationLabel(lang, r));
  const relations = c.kind === 'relation-changed' ? `${rel(c.before)} → ${rel(c.after)}` : rel(c.after ?? c.before);
  return `<li>${chip(c.kind, pairChangeLabel(lang, c.kind))} ${where(index, c.a)} ↔ <strong>${escapeHtml(c.b.unitPath.join(' / '))}</strong>` +
    ` <span class="meta">${escapeHtml(relations)} · ${escapeHtml(label(lang, 'score'))} ${formatScore(c.score)}</span>` +
    `<div class="chg-texts">${escapeHtml(c.a.text)}<br>${escapeHtml(c.b.text)}</div></li>`;
}

function gapItem(index: ResultIndex, c: GapChange, lang: ReportLang): string {
  const doc = index.organisationById.get(c.gap.organisation)?.name ?? c.gap.organisation;
  const fn = c.gap.functionName ? ` <strong>${escapeHtml(c.gap.functionName)}</strong>` : '';
  return `<li>${chip(c.kind, gapChangeLabel(lang, c.kind))} <span class="meta">${escapeHtml(doc)} · </span>${escapeHtml(gapKindLabel(lang, c.gap.kind))}${fn}` +
    `<div class="engine-note">${escapeHtml(gapNoteText(lang, c.gap.note))}</div></li>`;
}

function counts<K extends string>(kinds: readonly K[], list: readonly { kind: K }[], name: (k: K) => string): string {
  return kinds.map((k) => {
    const n = list.filter((c) => c.kind === k).length;
    return `<span class="${n ? '' : 'zero'}">${escapeHtml(name(k))} <b>${n}</b></span>`;
  }).join(' · ');
}

/** The changes block (id "changes"), or '' when the result has no `changes`. Lists longer than `listLimit` fold. */
export function changesHtml(index: ResultIndex, changes: Changes | undefined, lang: ReportLang, listLimit: number): string {
  if (!changes) return '';
  const t = (k: LabelKey) => escapeHtml(label(lang, k));
  const previous = changes.previousRun ? `<p class="meta">${t('previousRun')}: ${escapeHtml(changes.previousRun)}</p>` : '';
  const total = changes.duties.length + changes.pairs.length + changes.gaps.length;
  if (total === 0) return `<section class="changes" id="changes"><h2>${t('changes')}</h2>${previous}<p class="no-changes">${t('noChanges')}</p></section>`;
  const rows = [
    `<tr><th>${t('dutyChanges')}</th><td>${counts(DUTY_KINDS, changes.duties, (k) => dutyChangeLabel(lang, k))}</td></tr>`,
    `<tr><th>${t('pairChanges')}</th><td>${counts(PAIR_KINDS, changes.pairs, (k) => pairChangeLabel(lang, k))}</td></tr>`,
    `<tr><th>${t('gapChanges')}</th><td>${counts(GAP_KINDS, changes.gaps, (k) => gapChangeLabel(lang, k))}</td></tr>`,
  ].join('');
  const list = (key: LabelKey, items: string[]) => (items.length ? `<h4>${t(key)} ${items.length}</h4>${collapseList(items, listLimit, 'change-list', lang)}` : '');
  // Conflicts first: they are what a manager acts on; duty edits explain them.
  return `<section class="changes" id="changes"><h2>${t('changes')}</h2>${previous}<table class="change-counts"><tbody>${rows}</tbody></table>` +
    list('pairChanges', changes.pairs.map((c) => pairItem(index, c, lang))) +
    list('gapChanges', changes.gaps.map((c) => gapItem(index, c, lang))) +
    list('dutyChanges', changes.duties.map((c) => dutyItem(index, c, lang))) +
    '</section>';
}
