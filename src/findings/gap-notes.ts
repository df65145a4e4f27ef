import type { Language, Role } from '../model.ts';

const ROLE_ZH: Record<Role, string> = { lead: '牵头', support: '配合', approve: '审核', oversee: '监督', unspecified: '未明确' };

/** The sentence a gap finding carries, in the document's language. */
export type GapNote =
  | { kind: 'gap'; fn: string; threshold: string; closest: { text: string; score: string } | null }
  | { kind: 'no-lead'; fn: string; units: { name: string; role: Role }[] }
  | { kind: 'multi-lead'; fn: string; units: string[] }
  | { kind: 'document-named'; text: string; note: string | null }
  | { kind: 'orphan'; text: string; threshold: string; closest: { fn: string; score: string } | null };

/** Writes a gap note in Chinese or English. */
export function gapNote(note: GapNote, language: Language): string {
  const zh = language === 'zh';
  switch (note.kind) {
    case 'gap': {
      const closest = note.closest
        ? zh
          ? `(最接近的职责:“${note.closest.text}”,${note.closest.score})`
          : ` (closest: “${note.closest.text}”, ${note.closest.score})`
        : '';
      return zh
        ? `没有任何单位的职责与“${note.fn}”相符(阈值 ${note.threshold})${closest}:缺项。`
        : `No unit has a duty matching “${note.fn}” at ≥ ${note.threshold}${closest}.`;
    }
    case 'no-lead':
      return zh
        ? `“${note.fn}”有${note.units.map((u) => `${u.name}(${ROLE_ZH[u.role]})`).join('、')}参与,但没有单位牵头。`
        : `“${note.fn}” is touched by ${note.units.map((u) => `${u.name} (${u.role})`).join(', ')}, but no unit leads it.`;
    case 'multi-lead':
      return zh
        ? `“${note.fn}”由 ${note.units.length} 个单位同时牵头(${note.units.join('、')}),违反“一件事情原则上由一个部门负责”。`
        : `“${note.fn}” is led by ${note.units.length} units (${note.units.join(', ')}); one unit should lead each function.`;
    case 'document-named':
      return zh
        ? `文件自身指出的缺项:“${note.text}”${note.note ? `——${note.note}` : ''}`
        : `The document names this gap: “${note.text}”${note.note ? ` — ${note.note}` : ''}`;
    case 'orphan': {
      const closest = note.closest
        ? zh
          ? `(最接近的职能:“${note.closest.fn}”,${note.closest.score})`
          : ` (closest: “${note.closest.fn}”, ${note.closest.score})`
        : '';
      return zh
        ? `“${note.text}”不对应目录中的任何职能(阈值 ${note.threshold})${closest}。`
        : `“${note.text}” matches no catalogue function at ≥ ${note.threshold}${closest}.`;
    }
  }
}
