/**
 * summary.md: a short Markdown digest (at most 25 lines) for a chat message
 * or a CI comment: totals, conflicts, the top five conflicts and gaps, and
 * how the documents were read.
 */
import { GapKindSchema, type Result } from '../model.ts';
import { RELATIONS } from './organisation-stats.ts';
import { formatPercent, formatScore } from './format.ts';
import { fill, gapKindLabel, label, relationLabel, tierText, type ReportLang } from './i18n.ts';
import { readingTotals } from './reading-totals.ts';
import { indexResult } from './result-index.ts';
import { topConflicts } from './top-conflicts.ts';

/** Escapes Markdown and HTML specials and folds line breaks, so a duty text stays one plain line. */
export function markdownText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\\`*_{}[\]<>()#|~!]/g, '\\$&');
}

/** Shortens to `max` characters with "…". */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/** The files named in full before the rest are only counted. */
const NAMED_EMPTY_FILES = 3;

/**
 * The "how the documents were read" paragraph: the totals and the files
 * that yielded nothing (the first few by name, with the command that shows
 * why); none without readings.
 */
function readingsLines(result: Result, lang: ReportLang): string[] {
  const readings = result.readings ?? [];
  if (readings.length === 0) return [];
  const t = readingTotals(readings);
  const values = { files: t.files, units: t.units, duties: t.duties, used: t.used === null ? '' : formatPercent(t.used), empty: t.empty.length };
  let text = fill(label(lang, t.used === null ? 'readingTotalsNoText' : 'readingTotals'), values);
  if (t.empty.length > 0) {
    const named = t.empty.slice(0, NAMED_EMPTY_FILES).map((r) => `\`${r.file.replaceAll('`', "'")}\``);
    const rest = t.empty.length - named.length;
    const zh = lang === 'zh';
    text += `${zh ? '' : ' '}${label(lang, 'emptyNamed')}${named.join(zh ? '、' : ', ')}${rest > 0 ? ` (+${rest})` : ''}` +
      `${fill(label(lang, 'seeWhyWith'), { command: '`dutylens extract FILE --explain`' })}${zh ? '。' : '.'}`;
  }
  return ['', `## ${label(lang, 'readings')}`, '', text];
}

/** summary.md content. */
export function summaryMd(result: Result, lang: ReportLang): string {
  const index = indexResult(result);
  const s = result.summary;
  const sep = ' · ';
  // Accepted findings are counted apart from the open ones, as in the summary.
  const accepted = (n: number) => (n > 0 ? ` (+${n} ${label(lang, 'accepted')})` : '');
  const byRelation = RELATIONS.filter((r) => (s.byRelation[r] ?? 0) > 0).map((r) => `${relationLabel(lang, r)} ${s.byRelation[r]}`).join(sep);
  const gapKinds = GapKindSchema.options
    .map((k) => [k, s.openGapsByKind[k]] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${gapKindLabel(lang, k)} ${n}`)
    .join(sep);
  const weak = result.coverage.filter((c) => c.outcome === 'weak').length;
  const lines = [
    `# ${label(lang, 'reportTitle')}`,
    '',
    // Organisations and copies are named only when they say something: one organisation per document, no copies, reads as before.
    `${result.tool.name} ${result.tool.version}${s.organisations < s.documents ? `${sep}${label(lang, 'organisations')} ${s.organisations}` : ''}` +
      `${sep}${label(lang, 'documents')} ${s.documents}${s.copies > 0 ? ` (+${s.copies} ${label(lang, 'copies')})` : ''}${sep}${label(lang, 'units')} ${s.units}${sep}${label(lang, 'duties')} ${s.duties}`,
    '',
    `- ${label(lang, 'pairs')}: ${s.pairs}${byRelation ? ` (${byRelation})` : ''}`,
    `- **${label(lang, 'conflicts')}: ${s.conflicts}**${accepted(s.acceptedConflicts)}${sep}${label(lang, 'bothLead')}: ${s.bothLeadConflicts} (${label(lang, 'bothLeadRule')})`,
    `- ${label(lang, 'genericGroups')}: ${s.genericGroups}`,
    `- ${tierText(result.semantic, lang)}`,
    `- ${label(lang, 'gapCount')}: ${s.gaps}${accepted(s.acceptedGaps)}${gapKinds ? ` (${gapKinds})` : ''}${result.options.catalogue ? '' : ` — ${label(lang, 'noCatalogue')}`}`,
    ...(weak > 0 ? [`- ${label(lang, 'weakChecks')}: ${weak}`] : []),
  ];
  const top = topConflicts(result.pairs, 5);
  if (top.length) {
    lines.push('', `## ${label(lang, 'topConflicts')}`, '');
    top.forEach((p, i) => {
      const a = index.dutyById.get(p.a);
      const b = index.dutyById.get(p.b);
      const ua = a ? index.unitById.get(a.unitId)?.name ?? '' : '';
      const ub = b ? index.unitById.get(b.unitId)?.name ?? '' : '';
      const lead = p.bothLead ? ` **${label(lang, 'bothLeadShort')}**` : '';
      lines.push(`${i + 1}. ${markdownText(ua)} ↔ ${markdownText(ub)}: ${relationLabel(lang, p.relation)} ${formatScore(p.score)}${lead} — ${markdownText(clip(a?.text ?? '', 36))}`);
    });
  }
  lines.push(...readingsLines(result, lang));
  return lines.join('\n') + '\n';
}
