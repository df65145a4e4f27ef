/**
 * An owner suggestion in words, for every reporter alike: who is proposed
 * (or decided, when the owners register overrides it) to lead and support,
 * and why, with the fits that decided.
 */
import type { OwnerSuggestion } from '../model.ts';
import { label, type ReportLang } from './i18n.ts';

/** The unit that leads: the register's decision, else the proposal; null for a tie. */
export function ownerLead(owner: OwnerSuggestion): string | null {
  return owner.override ? owner.override.lead : owner.lead;
}

/** "建议牵头：价格管理处（此项工作是该单位其他职责的主体）；建议配合：市场策划处", or the decided lead with who decided and why. */
export function ownerText(lang: ReportLang, owner: OwnerSuggestion, unitName: (id: string) => string): string {
  const colon = lang === 'zh' ? '：' : ': ';
  const open = lang === 'zh' ? '（' : ' (';
  const close = lang === 'zh' ? '）' : ')';
  const sep = lang === 'zh' ? '；' : '; ';
  if (owner.override) {
    const o = owner.override;
    const support = o.support ? `${sep}${label(lang, 'suggestedSupport')}${colon}${unitName(o.support)}` : '';
    return `${label(lang, 'ownerDecided')}${colon}${unitName(o.lead)}${open}${o.by}${colon}${o.reason}${close}${support}`;
  }
  if (owner.lead === null) return `${label(lang, 'suggestedLead')}${colon}${label(lang, 'ownerTie')}${open}${fitsText(lang, owner, unitName)}${close}`;
  const why = label(lang, owner.basis === 'name' ? 'ownerName' : owner.basis === 'role' ? 'ownerRole' : 'ownerMandate');
  const support = owner.support ? `${sep}${label(lang, 'suggestedSupport')}${colon}${unitName(owner.support)}` : '';
  return `${label(lang, 'suggestedLead')}${colon}${unitName(owner.lead)}${open}${why}${sep}${fitsText(lang, owner, unitName)}${close}${support}`;
}

/** "贴合度（名称 / 其他职责）：价格管理处 0.25 / 0.43，市场策划处 0.12 / 0.21". */
function fitsText(lang: ReportLang, owner: OwnerSuggestion, unitName: (id: string) => string): string {
  const list = owner.fits.map((f) => `${unitName(f.unitId)} ${f.name.toFixed(2)} / ${f.mandate.toFixed(2)}`).join(lang === 'zh' ? '，' : ', ');
  return `${label(lang, 'ownerFits')}${lang === 'zh' ? '：' : ': '}${list}`;
}
