/**
 * The "reorganisation" section: the change events a notice states (what,
 * from, to, the source sentence) and, for `analyze --before … --after …`,
 * the units before and after, the conflicts the change makes, ends or
 * carries along (with the events that caused them) and the catalogue
 * functions whose ownership changes. Reads result data only.
 */
import type { ChangeEvent, ChangeEventKind, DutyRef, Reorganisation, ReorgCoverage, ReorgPair, ReorgUnit, Result } from '../model.ts';
import { escapeHtml } from './escape-html.ts';
import { formatScore, joinNames } from './format.ts';
import { relationLabel, type ReportLang } from './i18n.ts';

const TEXT = {
  zh: {
    title: '机构调整', events: '调整事项', kind: '事项', from: '原单位', to: '新单位', what: '职责', sentence: '原文', units: '调整前后的单位',
    before: '调整前', after: '调整后', change: '变化', pairs: '因调整出现、消失或延续的重叠', status: '状态', cause: '起因', coverage: '归属变化的职能',
    function: '职能', warnings: '未能按原文执行的事项', none: '无', event: '事项',
  },
  en: {
    title: 'Reorganisation', events: 'Change events', kind: 'What', from: 'From', to: 'To', what: 'Function', sentence: 'Source sentence', units: 'Units before and after',
    before: 'Before', after: 'After', change: 'Change', pairs: 'Overlaps that appear, disappear or stay because of the change', status: 'Status', cause: 'Caused by', coverage: 'Catalogue functions whose ownership changes',
    function: 'Function', warnings: 'Events not applied as written', none: 'none', event: 'event',
  },
} as const;

const KIND: Readonly<Record<ReportLang, Readonly<Record<ChangeEventKind, string>>>> = {
  zh: { create: '设立', abolish: '撤销', rename: '更名', merge: '合并', move: '划转', assign: '承担' },
  en: { create: 'create', abolish: 'abolish', rename: 'rename', merge: 'merge', move: 'move', assign: 'assign' },
};
const UNIT_CHANGE: Readonly<Record<ReportLang, Readonly<Record<ReorgUnit['change'], string>>>> = {
  zh: { kept: '不变', created: '新设', abolished: '撤销', renamed: '更名', merged: '并入', changed: '职责调整' },
  en: { kept: 'kept', created: 'created', abolished: 'abolished', renamed: 'renamed', merged: 'merged', changed: 'work moved' },
};
const PAIR_STATUS: Readonly<Record<ReportLang, Readonly<Record<ReorgPair['status'], string>>>> = {
  zh: { appeared: '新出现', disappeared: '消失', stayed: '延续' },
  en: { appeared: 'appears', disappeared: 'disappears', stayed: 'stays' },
};
const COVERAGE_CHANGE: Readonly<Record<ReportLang, Readonly<Record<ReorgCoverage['change'], string>>>> = {
  zh: { 'newly-multi-lead': '新出现多头牵头', 'newly-unowned': '新出现无人负责', resolved: '归属理顺', changed: '归属变化' },
  en: { 'newly-multi-lead': 'newly multi-lead', 'newly-unowned': 'newly unowned', resolved: 'resolved', changed: 'changed' },
};
const PAIR_CHIP: Readonly<Record<ReorgPair['status'], string>> = { appeared: 'new', disappeared: 'resolved', stayed: 'moved' };

const cell = (s: string | null) => `<td>${s === null || s === '' ? '—' : escapeHtml(s)}</td>`;
const fromOf = (e: ChangeEvent) => (Array.isArray(e.from) ? joinNames(e.from) : e.from);

function eventsTable(events: readonly ChangeEvent[], lang: ReportLang): string {
  const t = TEXT[lang];
  const rows = events.map((e, i) =>
    `<tr id="event-${i + 1}"><td>${i + 1}</td><td><span class="chg chg-${e.kind}">${escapeHtml(KIND[lang][e.kind])}</span></td>${cell(fromOf(e))}${cell(e.to)}${cell(e.text)}` +
      `<td>${escapeHtml(e.sentence)}<div class="meta">${escapeHtml(`${e.source.file}:${e.source.line}`)}</div></td></tr>`);
  return `<h3>${t.events} ${events.length}</h3><table class="reorg-events"><thead><tr><th>#</th><th>${t.kind}</th><th>${t.from}</th><th>${t.to}</th><th>${t.what}</th><th>${t.sentence}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const causeLinks = (events: readonly number[], lang: ReportLang) =>
  events.length === 0 ? '—' : events.map((i) => `<a href="#event-${i + 1}">${TEXT[lang].event} ${i + 1}</a>`).join(' ');

function unitsTable(units: readonly ReorgUnit[], lang: ReportLang): string {
  const t = TEXT[lang];
  const rows = units.map((u) => `<tr>${cell(u.before)}${cell(u.after)}<td><span class="chg chg-${u.change}">${escapeHtml(UNIT_CHANGE[lang][u.change])}</span></td><td>${causeLinks(u.events, lang)}</td></tr>`);
  return `<h3>${t.units}</h3><table class="reorg-units"><thead><tr><th>${t.before}</th><th>${t.after}</th><th>${t.change}</th><th>${t.cause}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const side = (ref: DutyRef) => `<strong>${escapeHtml(ref.unitPath.join(' / '))}</strong>: ${escapeHtml(ref.text)}`;

function pairsList(pairs: readonly ReorgPair[], lang: ReportLang): string {
  const t = TEXT[lang];
  const rel = (r: ReorgPair['before']) => (r === null ? '—' : relationLabel(lang, r));
  const items = pairs.map((p) =>
    `<li><span class="chg chg-${PAIR_CHIP[p.status]}">${escapeHtml(PAIR_STATUS[lang][p.status])}</span> <span class="meta">${escapeHtml(`${rel(p.before)} → ${rel(p.after)} · ${formatScore(p.score)}`)} · ${t.cause}: ${causeLinks(p.events, lang)}</span>` +
      `<div class="chg-texts">${side(p.a)}<br>${side(p.b)}</div></li>`);
  return `<h3>${t.pairs} ${pairs.length}</h3>${items.length ? `<ul class="change-list">${items.join('')}</ul>` : `<p class="meta">${t.none}</p>`}`;
}

function coverageTable(coverage: readonly ReorgCoverage[], lang: ReportLang): string {
  const t = TEXT[lang];
  if (coverage.length === 0) return `<h3>${t.coverage}</h3><p class="meta">${t.none}</p>`;
  const rows = coverage.map((c) => `<tr>${cell(c.functionName)}${cell(c.before)}${cell(c.after)}<td>${escapeHtml(COVERAGE_CHANGE[lang][c.change])}</td></tr>`);
  return `<h3>${t.coverage} ${coverage.length}</h3><table class="reorg-coverage"><thead><tr><th>${t.function}</th><th>${t.before}</th><th>${t.after}</th><th>${t.change}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function fullSection(r: Reorganisation, lang: ReportLang): string {
  const warnings = r.warnings.length ? `<h3>${TEXT[lang].warnings} ${r.warnings.length}</h3><ul>${r.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>` : '';
  return eventsTable(r.events, lang) + warnings + unitsTable(r.units, lang) + pairsList(r.pairs, lang) + coverageTable(r.coverage, lang);
}

/** The section (id "reorganisation"), or '' when the result holds no events. */
export function reorganisationHtml(result: Pick<Result, 'events' | 'reorganisation'>, lang: ReportLang): string {
  const body = result.reorganisation ? fullSection(result.reorganisation, lang) : result.events && result.events.length > 0 ? eventsTable(result.events, lang) : '';
  return body === '' ? '' : `<section class="reorganisation" id="reorganisation"><h2>${TEXT[lang].title}</h2>${body}</section>`;
}
