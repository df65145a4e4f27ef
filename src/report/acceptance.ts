/**
 * Accepted findings as the report shows them. The engine copies the
 * accepted-findings register onto pairs and gaps; an acceptance whose expiry
 * has passed counts as open again, so only an unexpired one moves a finding
 * out of the open lists (it is still listed, after the open ones).
 */
import { isAccepted, type Acceptance } from '../model.ts';
import { escapeHtml } from './escape-html.ts';
import { label, type ReportLang } from './i18n.ts';

export { isAccepted };

/** The badge of an acceptance: "已接受 — owner · reason · 有效期至 date", or "已过期 — open again". */
export function acceptanceText(lang: ReportLang, acceptance: Acceptance): string {
  const sep = ' · ';
  const details = `${acceptance.owner}${sep}${acceptance.reason}${sep}${label(lang, acceptance.expired ? 'expiredOn' : 'acceptedUntil')} ${acceptance.expires}`;
  return `${label(lang, acceptance.expired ? 'acceptanceExpired' : 'accepted')} — ${details}`;
}

/** The acceptance badge as HTML, or '' when there is none. */
export function acceptanceBadgeHtml(lang: ReportLang, acceptance: Acceptance | undefined): string {
  if (!acceptance) return '';
  const cls = acceptance.expired ? 'badge-expired' : 'badge-accepted';
  return ` <span class="${cls}">${escapeHtml(acceptanceText(lang, acceptance))}</span>`;
}
