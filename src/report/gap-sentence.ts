/**
 * A gap finding said in the report's language. The engine writes each gap's
 * note in English (with the evidence quoted); a Chinese reader needs the
 * finding itself in Chinese, so the headline is composed here from the gap's
 * structured fields (kind, function, units and their roles) and the engine's
 * note is shown beneath it unchanged.
 */
import type { Gap } from '../model.ts';
import { roleLabel, type ReportLang } from './i18n.ts';
import { isWithin, type ResultIndex } from './result-index.ts';

/** "营销部（牵头）、招商部（配合）": the gap's units with the role of their evidence duty (a sub-unit's duty counts for its unit, as in coverage). */
function unitsWithRoles(index: ResultIndex, gap: Gap, lang: ReportLang): string {
  return gap.unitIds
    .map((id) => {
      const name = index.unitById.get(id)?.name ?? id;
      const duty = gap.dutyIds.map((d) => index.dutyById.get(d)).find((d) => d !== undefined && isWithin(index, d.unitId, id));
      if (!duty) return name;
      return lang === 'zh' ? `${name}（${roleLabel(lang, duty.role)}）` : `${name} (${roleLabel(lang, duty.role)})`;
    })
    .join(lang === 'zh' ? '、' : ', ');
}

/** One sentence stating the gap, composed from its fields. */
export function gapSentence(index: ResultIndex, gap: Gap, lang: ReportLang): string {
  const zh = lang === 'zh';
  const fn = gap.functionName ?? gap.functionId ?? '';
  const units = unitsWithRoles(index, gap, lang);
  switch (gap.kind) {
    case 'gap':
      return zh ? `职能“${fn}”在本文件中没有单位负责。` : `No unit has the function “${fn}”.`;
    case 'no-lead':
      return zh ? `职能“${fn}”有单位参与（${units}），但没有单位牵头。` : `“${fn}” is touched by ${units}, but no unit leads it.`;
    case 'multi-lead':
      return zh
        ? `职能“${fn}”由 ${gap.unitIds.length} 个单位牵头（${units}），应由一个单位牵头。`
        : `“${fn}” is led by ${gap.unitIds.length} units (${units}); one unit should lead it.`;
    case 'document-named':
      return zh ? `文件自己指出的缺口${units ? `（${units}）` : ''}。` : `A gap the document itself names${units ? ` (${units})` : ''}.`;
    case 'orphan':
      return zh ? `${units}的这项职责未对应职能目录中的任何职能。` : `This duty of ${units} matches no catalogue function.`;
  }
}
