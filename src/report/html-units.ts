/**
 * Every unit's duties, nested by level, each with chips for its pairs by
 * relation (a chip opens that duty's pairs in the drill-down panel).
 */
import type { Pair, Relation, ResultDuty } from '../model.ts';
import { RELATIONS } from './organisation-stats.ts';
import { escapeHtml } from './escape-html.ts';
import { formatSource } from './format.ts';
import { label, relationLabel, roleLabel, unitKindLabel, type ReportLang } from './i18n.ts';
import type { ResultIndex } from './result-index.ts';

function chips(index: ResultIndex, duty: ResultDuty, dutyIndex: number, lang: ReportLang): string {
  const byRelation = new Map<Relation, Set<string>>();
  const counts = new Map<Relation, number>();
  for (const p of index.pairsByDuty.get(duty.id) ?? ([] as Pair[])) {
    const other = index.dutyById.get(p.a === duty.id ? p.b : p.a);
    const name = other ? index.unitById.get(other.unitId)?.name ?? '' : '';
    if (!byRelation.has(p.relation)) byRelation.set(p.relation, new Set());
    byRelation.get(p.relation)!.add(name);
    counts.set(p.relation, (counts.get(p.relation) ?? 0) + 1);
  }
  return RELATIONS.filter((r) => counts.has(r))
    .map((r) => {
      // Name up to two partner units; beyond that a count keeps large reports small (the chip opens the full list).
      const partners = [...byRelation.get(r)!];
      const what = partners.length <= 2 ? partners.join(lang === 'zh' ? '、' : ', ') : `×${counts.get(r)}`;
      return `<button type="button" class="chip rel-${r}" data-duty="${dutyIndex}" data-rel="${r}">${escapeHtml(relationLabel(lang, r))} · ${escapeHtml(what)}</button>`;
    })
    .join('');
}

/**
 * The per-unit section of one document; `dutyIndex` maps duty ids to their
 * position in the result. A document with more than `staticDutyLimit` duties
 * gets a collapsed list of units whose duties the script draws on opening
 * (from the embedded data), so an O*NET-sized page does not carry every duty
 * twice; the CSV and XLSX exports still hold them all.
 */
export function unitsSectionHtml(index: ResultIndex, organisation: string, dutyIndex: ReadonlyMap<string, number>, unitIndex: ReadonlyMap<string, number>, lang: ReportLang, staticDutyLimit: number): string {
  const t = (k: Parameters<typeof label>[1]) => escapeHtml(label(lang, k));
  const units = index.unitsByOrganisation.get(organisation) ?? [];
  const dutyCount = units.reduce((n, u) => n + (index.dutiesByUnit.get(u.id)?.length ?? 0), 0);
  if (dutyCount > staticDutyLimit) {
    const items = units.map((u) => `<details class="unit-lazy" data-unit="${unitIndex.get(u.id)}"><summary>${escapeHtml(u.name)} <small>${index.dutiesByUnit.get(u.id)?.length ?? 0} ${t('ofDuties')}</small></summary><ol class="duties"></ol></details>`);
    return `<section class="part units-part"><h3>${t('perUnit')}</h3><p class="hint">${t('lazyUnits')}</p>${items.join('')}</section>`;
  }
  const blocks = units.map((unit) => {
    const duties = index.dutiesByUnit.get(unit.id) ?? [];
    const items = duties.map((d) => {
      const level = Math.min(3, d.level);
      const number = d.number ? `<span class="num-label">${escapeHtml(d.number)}</span>` : '';
      const proposed = d.proposed ? `<span class="proposed">[${t('proposed')}]</span>` : '';
      const note = d.note ? ` <span class="proposed">${t('note')}: ${escapeHtml(d.note)}</span>` : '';
      return `<li class="level-${level}" id="duty-${dutyIndex.get(d.id)}">${number}${escapeHtml(d.text)}<span class="role">${escapeHtml(roleLabel(lang, d.role))}</span>${proposed}${note} ${chips(index, d, dutyIndex.get(d.id)!, lang)}<span class="src"> ${escapeHtml(formatSource(d.source))}</span></li>`;
    });
    const list = items.length ? `<ol class="duties">${items.join('')}</ol>` : `<p class="empty">${t('noDuties')}</p>`;
    const path = unit.path.length > 1 ? escapeHtml(unit.path.slice(0, -1).join(' / ')) + ' · ' : '';
    return `<div class="unit-block"><h4>${escapeHtml(unit.name)}<small>${path}${escapeHtml(unitKindLabel(lang, unit.kind))} · ${duties.length} ${t('ofDuties')}</small></h4>${list}</div>`;
  });
  return `<section class="part units-part"><h3>${t('perUnit')}</h3>${blocks.join('')}</section>`;
}
