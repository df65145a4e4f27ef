import type { UnitKind } from '../model.ts';

const POSITION = /(经理|主管|专员|分析师|策划师|工程师|师|文员|员|主任|部长|副部长|处长|科长|总监|助理|秘书|出纳|会计|司机|保安|门卫|门岗|\p{Script=Han}{2,6}岗|调度|质检|前台|库管|仓管|保洁|内勤|外勤|护士|文秘|导购|收银|客服|[操电焊钳普技]工|叉车工|维修工|装卸工|长|manager|director|officer|specialist|analyst|clerk|assistant|engineer|head|lead|coordinator)$/iu;
const DEPARTMENT = /(部|部门|局|公司|分局|department|dept\.?|division|directorate|ministry|bureau|agency)$/iu;
const OFFICE = /(处|室|科|课|中心|组|班组|站|办|办公厅|厅|office|section|unit|team|desk|centre|center)$/iu;

/**
 * The kind of unit a name denotes, from its suffix: …经理/主管/专员/师 a
 * position; …部/局 a department; …处/室/科/中心/组 an office. A top-level
 * …中心 (号码百事通运营中心) is a department: it stands beside the 部.
 */
export function unitKindOf(name: string, depth: number): UnitKind {
  const n = name.replace(/[(（][^)）]*[)）]$/u, '').trim();
  if (POSITION.test(n)) return 'position';
  if (DEPARTMENT.test(n)) return 'department';
  if (OFFICE.test(n)) return depth === 0 && /中心$/u.test(n) ? 'department' : 'office';
  return 'unit';
}
