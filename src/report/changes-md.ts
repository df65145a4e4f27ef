import type { ChangeCounts, Changes, DutyRef, GapChange, PairChange, Summary } from '../model.ts';
import { dutyChangeLabel, gapChangeLabel, pairChangeLabel } from './change-labels.ts';
import { gapKindLabel, gapNoteText, relationLabel } from './i18n.ts';

/** Language of changes.md. */
export type ChangesLang = 'zh' | 'en';

const LABELS = {
  en: {
    title: 'Changes since the previous run',
    between: 'Compared with run',
    none: 'No changes: the same duties, conflicts and gaps as the previous run.',
    duties: 'Duties',
    conflicts: 'Conflicts',
    gaps: 'Gaps',
    summary: (c: ChangeCounts) =>
      `${c.added} added, ${c.removed} removed, ${c.reworded} reworded, ${c.moved} moved duties; ` +
      `${c.newConflicts} new and ${c.resolvedConflicts} resolved conflicts, ${c.relationChanged} changed relations; ` +
      `${c.gapsOpened} gaps opened, ${c.gapsClosed} closed.`,
    now: (s: Summary) =>
      `This run: ${s.conflicts} open conflicts${s.acceptedConflicts > 0 ? ` (+${s.acceptedConflicts} accepted)` : ''}, ` +
      `${s.gaps} open gaps${s.acceptedGaps > 0 ? ` (+${s.acceptedGaps} accepted)` : ''}.`,
  },
  zh: {
    title: '与上次运行相比的变化',
    between: '对比的运行',
    none: '没有变化:职责、冲突和缺位与上次运行相同。',
    duties: '职责',
    conflicts: '冲突',
    gaps: '缺位',
    summary: (c: ChangeCounts) =>
      `职责:新增 ${c.added},删除 ${c.removed},改写 ${c.reworded},移动 ${c.moved};` +
      `冲突:新增 ${c.newConflicts},解决 ${c.resolvedConflicts},关系变化 ${c.relationChanged};` +
      `缺位:新增 ${c.gapsOpened},关闭 ${c.gapsClosed}。`,
    now: (s: Summary) =>
      `本次运行:未解决的冲突 ${s.conflicts}${s.acceptedConflicts > 0 ? `(另有已接受 ${s.acceptedConflicts})` : ''},` +
      `未解决的缺位 ${s.gaps}${s.acceptedGaps > 0 ? `(另有已接受 ${s.acceptedGaps})` : ''}。`,
  },
} as const;

/** changes.md of a first run: there is nothing to compare with; this run's open and accepted counts. */
export function firstRunMarkdown(lang: ChangesLang, now: Summary): string {
  const first = lang === 'zh' ? '首次运行:没有可对比的上次运行。' : 'First run: there is no previous run to compare with.';
  return `# ${lang === 'zh' ? '变化' : 'Changes'}\n\n${first}\n\n${LABELS[lang].now(now)}\n`;
}

/** changes.md: the changes as Markdown, one bullet per change, in the order diffResults gives them; with `now`, this run's open and accepted counts first. */
export function changesMarkdown(changes: Changes, counts: ChangeCounts, lang: ChangesLang, now?: Summary): string {
  const l = LABELS[lang];
  const out: string[] = [`# ${l.title}`, ''];
  if (changes.previousRun) out.push(`${l.between}: \`${changes.previousRun.replaceAll('`', "'")}\``, '');
  // The counts as the result's summary states them, so changes.md agrees with every other output.
  if (now) out.push(l.now(now), '');
  if (changes.duties.length + changes.pairs.length + changes.gaps.length === 0) {
    out.push(l.none, '');
    return out.join('\n');
  }
  out.push(l.summary(counts), '');
  if (changes.duties.length > 0) {
    out.push(`## ${l.duties}`, '');
    for (const c of changes.duties) {
      const text =
        c.before && c.after
          ? c.kind === 'moved'
            ? `${place(c.before)} → ${place(c.after)}: ${quote(c.after.text)}`
            : `${place(c.after)}: ${quote(c.before.text)} → ${quote(c.after.text)}`
          : `${place((c.after ?? c.before)!)}: ${quote((c.after ?? c.before)!.text)}`;
      out.push(`- **${dutyChangeLabel(lang, c.kind)}** ${text}`);
    }
    out.push('');
  }
  if (changes.pairs.length > 0) {
    out.push(`## ${l.conflicts}`, '');
    for (const c of changes.pairs) out.push(`- **${pairChangeLabel(lang, c.kind)}** ${pairLine(c, lang)}`);
    out.push('');
  }
  if (changes.gaps.length > 0) {
    out.push(`## ${l.gaps}`, '');
    for (const c of changes.gaps) out.push(`- **${gapChangeLabel(lang, c.kind)}** ${gapLine(c, lang)}`);
    out.push('');
  }
  return out.join('\n');
}

/**
 * Document text as one plain Markdown line: whitespace folded (a list item
 * ends at a newline), and HTML and the Markdown specials that could make a
 * link, code, emphasis or a table cell escaped, so markup in a scraped duty
 * shows literally instead of reaching the page, as in summary.md. An underscore
 * inside a word (001_94b0…) makes no emphasis and is left as it is.
 */
export function markdownLine(text: string): string {
  return text
    .replace(/[\s\u2028\u2029]+/g, ' ')
    .trim()
    .replace(/[\\`*[\]<>|~&]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\$&');
}

function place(ref: DutyRef): string {
  return `${markdownLine(ref.documentId)} › ${ref.unitPath.map(markdownLine).join(' › ') || '—'}`;
}

function quote(text: string): string {
  return `“${markdownLine(text)}”`;
}

function pairLine(c: PairChange, lang: ChangesLang): string {
  const name = (r: PairChange['before']) => (r === null ? '' : relationLabel(lang, r));
  const relation = c.before && c.after ? `${name(c.before)} → ${name(c.after)}` : name(c.after ?? c.before);
  return `(${relation}, ${c.score.toFixed(2)}) ${place(c.a)}: ${quote(c.a.text)} ↔ ${place(c.b)}: ${quote(c.b.text)}`;
}

function gapLine(c: GapChange, lang: ChangesLang): string {
  const g = c.gap;
  const name = g.functionName ?? g.functionId ?? '';
  return `${gapKindLabel(lang, g.kind)} ${markdownLine(g.organisation)}${name ? ` · ${markdownLine(name)}` : ''}: ${markdownLine(gapNoteText(lang, g.note))}`;
}
