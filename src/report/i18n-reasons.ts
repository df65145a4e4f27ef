/**
 * The sentences of reasons and notes, in the report's language. The result
 * keeps why a finding was made as data (a rule, its parameters and terms:
 * model.ts PairReason, GapNote, GenericReason); each rule has one message
 * per language here, through exhaustive switches, as Lighthouse renders its
 * message ids. Unit names, duty texts and terms are the documents' own and
 * are quoted as they are.
 */
import type { GapNote, GenericReason, PairReason, Role } from '../model.ts';
import type { ReportLang } from './i18n.ts';

const ROLE_WORD: Record<ReportLang, Record<Role, string>> = {
  zh: { lead: '牵头负责', support: '配合', approve: '审核审批', oversee: '指导监督', unspecified: '承担' },
  en: { lead: 'leads', support: 'supports', approve: 'approves', oversee: 'oversees', unspecified: 'does' },
};

const ROLE_NAME: Record<ReportLang, Record<Role, string>> = {
  zh: { lead: '牵头', support: '配合', approve: '审核', oversee: '监督', unspecified: '未明确' },
  en: { lead: 'lead', support: 'support', approve: 'approve', oversee: 'oversee', unspecified: 'unspecified' },
};

/** Up to four terms, quoted. */
function quoteTerms(terms: readonly string[], lang: ReportLang): string {
  const top = terms.slice(0, 4);
  return lang === 'zh' ? top.map((t) => `“${t}”`).join('、') : top.map((t) => `"${t}"`).join(', ');
}

/** The sentence of a pair's reason. */
export function pairReasonText(lang: ReportLang, reason: PairReason): string {
  const zh = lang === 'zh';
  switch (reason.rule) {
    case 'contains':
      return zh ? '一方是另一方的上级单位:上级的概括性职责涵盖下级的具体职责,不是冲突。' : "One unit contains the other: the parent's summary duty covers its own sub-unit's duty; not a conflict.";
    case 'generic':
      return zh ? '通用兜底条款(如“完成领导交办的其他工作”),不是冲突。' : 'Catch-all boilerplate such as "other duties as assigned"; not a conflict.';
    case 'internal':
      return zh ? '属于单位自身的内部管理(本单位的人员、团队、费用、制度),各管各的,不是冲突。' : 'Each unit manages itself here (its own staff, team, costs or rules); not a conflict.';
    case 'superior': {
      const { a, b } = reason.params;
      return zh
        ? `${a}与${b}是同一单位内的上下级岗位:上级统筹、下级承办,是岗位分工,不是两个部门的冲突。`
        : `${a} and ${b} are a boss and a subordinate post of one unit: a division of labour, not a conflict between units.`;
    }
    case 'scope-split': {
      // The scope group is named in the rules' Chinese words (客户, 地域): said in Chinese only.
      const { a, b, group } = reason.params;
      return zh
        ? `同一职能、不同范围:一方针对${quoteTerms(a, lang)},另一方针对${quoteTerms(b, lang)}(${group}),属平行分工,不是冲突。`
        : `Same function for a different scope: one covers ${quoteTerms(a, lang)}, the other ${quoteTerms(b, lang)}; a parallel split, not a conflict.`;
    }
    case 'names-partner':
      return zh
        ? '一方的职责点名了对方单位(配合、指导或在其统筹下):有意的分工衔接,列为两单位之间的接口,不是冲突。'
        : 'One duty names the other unit (as partner, charge or coordinator): an intended hand-off, listed as an interface.';
    case 'both-support':
      return zh ? '双方都只是配合(协助)角色,各自协助本单位的牵头者,没有两个单位同时负责同一件事。' : 'Both duties only support, each its own unit’s lead: no piece of work has two owners.';
    case 'role-hand-off': {
      const { lead, other, otherRole } = reason.params;
      return zh
        ? `${lead}${ROLE_WORD.zh.lead},${other}${ROLE_WORD.zh[otherRole]}:有意的分工衔接,列为两单位之间的接口,不是冲突。`
        : `${lead} ${ROLE_WORD.en.lead} and ${other} ${ROLE_WORD.en[otherRole]}: an intended hand-off, listed as an interface between the units.`;
    }
    case 'steer-execute': {
      const { steer, steerWords, execute, executeWords } = reason.params;
      return zh
        ? `${steer}负责${quoteTerms(steerWords, lang)},${execute}负责${quoteTerms(executeWords, lang)}:上下衔接的分工,列为两单位之间的接口,不是冲突。`
        : `${steer} steers (${quoteTerms(steerWords, lang)}) and ${execute} runs it (${quoteTerms(executeWords, lang)}): an intended hand-off.`;
    }
    case 'same-wording':
    case 'same-work': {
      const { score, bothLead } = reason.params;
      const similarity = score.toFixed(2);
      if (zh) {
        const head =
          reason.rule === 'same-wording'
            ? `两条职责措辞几乎相同(相似度 ${similarity}),范围没有区分`
            : `两条职责做的是同一件事(相似度 ${similarity},共同内容 ${quoteTerms(reason.terms, lang)}),范围没有区分`;
        return bothLead ? `${head};双方都写明牵头负责,违反“一件事情原则上由一个部门负责”。` : `${head},两个单位都承担这项工作。`;
      }
      const head =
        reason.rule === 'same-wording'
          ? `The two duties are worded almost identically (similarity ${similarity}) with no difference of scope`
          : `The two duties are the same work (similarity ${similarity}, shared ${quoteTerms(reason.terms, lang)}) with no difference of scope`;
      return bothLead ? `${head}; both units lead it, so one piece of work has two owners.` : `${head}; both units own this work.`;
    }
    case 'semantic': {
      const { cosine, score, bothLead } = reason.params;
      if (zh) {
        const head = `两条职责用词不同,但意思相近(语义相似度 ${cosine.toFixed(2)},词面相似度 ${score.toFixed(2)}),可能是同一件事`;
        return `${head}${bothLead ? ',且双方都写明牵头负责' : ''};由语义层发现,请复核。`;
      }
      const head = `The two duties use other words for what may be the same work (semantic similarity ${cosine.toFixed(2)}, lexical ${score.toFixed(2)})`;
      return `${head}${bothLead ? ', and both units lead it' : ''}; found by the semantic tier, to be reviewed.`;
    }
    case 'text':
      return reason.params.text;
  }
}

/** "(最接近的职责:“…”,0.30)" / " (closest: “…”, 0.30)", or '' when nothing came close. */
function closestText(lang: ReportLang, what: '职责' | '职能', closest: { name: string; score: string } | null): string {
  if (!closest) return '';
  return lang === 'zh' ? `(最接近的${what}:“${closest.name}”,${closest.score})` : ` (closest: “${closest.name}”, ${closest.score})`;
}

/** The sentence of a gap finding's note. */
export function gapNoteText(lang: ReportLang, note: GapNote): string {
  const zh = lang === 'zh';
  switch (note.rule) {
    case 'gap': {
      const closest = closestText(lang, '职责', note.closest && { name: note.closest.text, score: note.closest.score });
      return zh ? `没有任何单位的职责与“${note.fn}”相符(阈值 ${note.threshold})${closest}:缺项。` : `No unit has a duty matching “${note.fn}” at ≥ ${note.threshold}${closest}.`;
    }
    case 'no-lead':
      return zh
        ? `“${note.fn}”有${note.units.map((u) => `${u.name}(${ROLE_NAME.zh[u.role]})`).join('、')}参与,但没有单位牵头。`
        : `“${note.fn}” is touched by ${note.units.map((u) => `${u.name} (${ROLE_NAME.en[u.role]})`).join(', ')}, but no unit leads it.`;
    case 'multi-lead':
      return zh
        ? `“${note.fn}”由 ${note.units.length} 个单位同时牵头(${note.units.join('、')}),违反“一件事情原则上由一个部门负责”。`
        : `“${note.fn}” is led by ${note.units.length} units (${note.units.join(', ')}); one unit should lead each function.`;
    case 'document-named':
      return zh
        ? `文件自身指出的缺项:“${note.text}”${note.note ? `——${note.note}` : ''}`
        : `The document names this gap: “${note.text}”${note.note ? ` — ${note.note}` : ''}`;
    case 'orphan': {
      const closest = closestText(lang, '职能', note.closest && { name: note.closest.fn, score: note.closest.score });
      return zh ? `“${note.text}”不对应目录中的任何职能(阈值 ${note.threshold})${closest}。` : `“${note.text}” matches no catalogue function at ≥ ${note.threshold}${closest}.`;
    }
    case 'text':
      return note.text;
  }
}

/** The sentence of a generic group's reason. */
export function genericReasonText(lang: ReportLang, reason: GenericReason): string {
  switch (reason.rule) {
    case 'boilerplate':
      return lang === 'zh'
        ? `通用兜底条款,出现在 ${reason.units} 个单位中:合并为一组,不逐对比较,不是冲突。`
        : `Boilerplate carried by ${reason.units} units: grouped once, not compared pair by pair; not a conflict.`;
    case 'text':
      return reason.text;
  }
}
