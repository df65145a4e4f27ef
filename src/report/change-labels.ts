/**
 * Display names of the kinds of change between two runs, through exhaustive
 * switches so a new kind in the contract is a compile error here.
 */
import type { DutyChange, GapChange, PairChange } from '../model.ts';
import type { ReportLang } from './i18n.ts';

/** How a duty changed: added, removed, reworded, moved. */
export function dutyChangeLabel(lang: ReportLang, kind: DutyChange['kind']): string {
  const zh = lang === 'zh';
  switch (kind) {
    case 'added': return zh ? '新增' : 'added';
    case 'removed': return zh ? '删除' : 'removed';
    case 'reworded': return zh ? '改写' : 'reworded';
    case 'moved': return zh ? '调整单位' : 'moved';
  }
}

/** How a conflict changed: new, resolved, relation changed. */
export function pairChangeLabel(lang: ReportLang, kind: PairChange['kind']): string {
  const zh = lang === 'zh';
  switch (kind) {
    case 'new': return zh ? '新出现' : 'new';
    case 'resolved': return zh ? '已消除' : 'resolved';
    case 'relation-changed': return zh ? '关系改变' : 'relation changed';
  }
}

/** How a gap changed: opened, closed. */
export function gapChangeLabel(lang: ReportLang, kind: GapChange['kind']): string {
  const zh = lang === 'zh';
  switch (kind) {
    case 'opened': return zh ? '新出现' : 'opened';
    case 'closed': return zh ? '已补上' : 'closed';
  }
}
