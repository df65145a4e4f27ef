/**
 * Long lists in the report show their first items and fold the rest into a
 * <details> the reader opens (print opens it too, see report-css.ts), so a
 * document with hundreds of findings does not bury the next section.
 */
import { escapeHtml } from './escape-html.ts';
import { fill, label, type ReportLang } from './i18n.ts';

/** `items` as <li>s of a list of class `cls`; beyond `limit` the rest sit in a collapsed continuation. */
export function collapseList(items: readonly string[], limit: number, cls: string, lang: ReportLang): string {
  if (items.length <= limit) return `<ul class="${cls}">${items.join('')}</ul>`;
  const rest = items.length - limit;
  return `<ul class="${cls}">${items.slice(0, limit).join('')}</ul>` +
    `<details class="more"><summary>${escapeHtml(fill(label(lang, 'showAll'), { n: rest }))}</summary><ul class="${cls}">${items.slice(limit).join('')}</ul></details>`;
}
