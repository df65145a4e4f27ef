/**
 * The report's words in Chinese and English. Every label key must exist in
 * both languages (the Record types make a missing one a compile error), and
 * every enum value of the result has a label through an exhaustive switch.
 */
import type { CoverageOutcome, GapKind, InputReading, Relation, Role, SemanticRun, UnitKind } from '../model.ts';

/** The languages the report UI speaks. */
export type ReportLang = 'zh' | 'en';

/** Keys of the fixed labels. */
export type LabelKey =
  | 'reportTitle' | 'generatedBy' | 'contents' | 'overview' | 'heatmap' | 'drilldown' | 'perUnit' | 'boundaryList' | 'gaps'
  | 'document' | 'units' | 'duties' | 'pairs' | 'conflicts' | 'bothLead' | 'bothLeadRule' | 'genericGroups' | 'gapCount'
  | 'pairsByRelation' | 'topConflicts' | 'noConflicts' | 'entangledUnits' | 'noEntangled' | 'scoreHistogram' | 'score'
  | 'overlapThreshold' | 'candidateThreshold' | 'duplicateThreshold' | 'unit' | 'unitA' | 'unitB' | 'relation' | 'roleA' | 'roleB'
  | 'dutyA' | 'dutyB' | 'source' | 'sourceA' | 'sourceB' | 'sharedTerms' | 'reason' | 'partners' | 'conflictPairs' | 'conflictShare'
  | 'heatmapHint' | 'coverageLegend' | 'rowCoversCol' | 'aggregatedNote' | 'topNote' | 'findUnit' | 'chooseUnit' | 'pairCount'
  | 'filterRelation' | 'filterScore' | 'filterSearch' | 'searchPlaceholder' | 'close' | 'noPairs' | 'showing' | 'sharedGeneric'
  | 'clickCellHint' | 'noDuties' | 'proposed' | 'note' | 'cluster' | 'leadUnits' | 'supportUnits' | 'approveUnits' | 'overseeUnits'
  | 'otherUnits' | 'conflict' | 'twoLeads' | 'unsharedDuties' | 'noClusters' | 'coverageMatrix' | 'function' | 'outcome'
  | 'noCatalogue' | 'noCoverageForDocument' | 'noGaps' | 'evidence' | 'catalogue' | 'kind' | 'thresholds' | 'emptyMatrix' | 'tierLexical' | 'tierSemantic' | 'tierSemanticGaps'
  | 'total' | 'value' | 'none' | 'pairsOf' | 'ofDuties' | 'printNote' | 'noConflictCell' | 'documents' | 'bothLeadShort' | 'lazyUnits'
  | 'accepted' | 'acceptanceExpired' | 'acceptedUntil' | 'expiredOn' | 'acceptedConflicts' | 'acceptedGaps' | 'allDocuments' | 'documentList'
  | 'documentListHint' | 'otherDocuments' | 'otherDocumentsHint' | 'changes' | 'noChanges' | 'previousRun' | 'dutyChanges' | 'pairChanges'
  | 'gapChanges' | 'trend' | 'thisRun' | 'showAll' | 'engineNote' | 'title' | 'moreDocuments' | 'trendHint'
  | 'organisation' | 'organisations' | 'copies' | 'copyOf'
  | 'reorganisation' | 'readings' | 'readingsHint' | 'readingTotals' | 'readingTotalsNoText' | 'readingCopiesNote' | 'file' | 'textUsed' | 'leftOutLines'
  | 'yieldedNothing' | 'emptyFiles' | 'seeWhy' | 'tableColumnsHint' | 'emptyModel' | 'leftOutOf' | 'moreLeftOut' | 'lineNumber'
  | 'emptyNamed' | 'seeWhyWith' | 'sheetOverview' | 'sheetPairs' | 'sheetMatrix' | 'sheetBoundary' | 'sheetGaps'
  | 'suggestedLead' | 'suggestedSupport' | 'ownerName' | 'ownerMandate' | 'ownerRole' | 'ownerTie' | 'ownerDecided' | 'ownerFits'
  | 'fixFirst' | 'fixFirstHint' | 'work' | 'gapsToDecide' | 'allGapsIn' | 'pairsBetween'
  | 'columnKey' | 'notChecked' | 'skipOtherUnit' | 'skipTooSmall' | 'skipNotWhole' | 'skipPartial' | 'orphansNotGaps' | 'matchTerms'
  | 'weakChecks' | 'weakHint' | 'nearest' | 'semanticScore' | 'weakCount';

const ZH: Record<LabelKey, string> = {
  sheetOverview: '概览', sheetPairs: '职责对', sheetMatrix: '单位矩阵', sheetBoundary: '职责边界清单', sheetGaps: '缺位',
  reportTitle: '职责交叉与缺位分析报告', generatedBy: '生成工具', contents: '目录', overview: '概览', heatmap: '处室交叉热力图',
  drilldown: '职责对明细', perUnit: '各单位职责', boundaryList: '职责边界清单', gaps: '职能覆盖与缺位',
  document: '文件', units: '单位', duties: '职责', pairs: '相似职责对', conflicts: '交叉冲突', bothLead: '双牵头冲突',
  bothLeadRule: '一件事情原则上由一个部门负责', genericGroups: '通用职责组', gapCount: '缺位',
  pairsByRelation: '按关系统计', topConflicts: '主要交叉冲突', noConflicts: '未发现交叉冲突。', entangledUnits: '交叉最多的单位',
  noEntangled: '没有单位存在交叉冲突。', scoreHistogram: '相似度分布', score: '相似度', overlapThreshold: '交叉阈值',
  candidateThreshold: '候选阈值', duplicateThreshold: '重复阈值', unit: '单位', unitA: '单位 A', unitB: '单位 B', relation: '关系',
  roleA: '角色 A', roleB: '角色 B', dutyA: '职责 A', dutyB: '职责 B', source: '出处', sourceA: '出处 A', sourceB: '出处 B', sharedTerms: '共同词', reason: '判定理由',
  partners: '交叉单位数', conflictPairs: '冲突对数', conflictShare: '冲突职责占比',
  heatmapHint: '格子颜色 = 行单位的职责中与列单位冲突的比例（行→列，不对称）。点击格子或按 Enter 查看职责对。',
  coverageLegend: '行单位职责与列单位冲突的比例', rowCoversCol: '行→列', aggregatedNote: '单位较多，按上级单位汇总显示；点击格子查看其下全部职责对。',
  topNote: '单位较多，只显示交叉最多的 {n} 个单位；其余单位请用下方“查找单位”。', findUnit: '查找单位', chooseUnit: '选择单位…',
  pairCount: '职责对数', filterRelation: '关系', filterScore: '最低相似度', filterSearch: '搜索', searchPlaceholder: '搜索职责、单位或词…',
  close: '关闭', noPairs: '没有符合筛选条件的职责对。', showing: '显示', sharedGeneric: '两单位共有的通用职责',
  clickCellHint: '点击热力图格子、查找单位或职责旁的关系标签，在此查看职责对。', noDuties: '（无职责）', proposed: '建议新增', note: '注',
  cluster: '工作事项', leadUnits: '牵头单位', supportUnits: '配合单位', approveUnits: '审核单位', overseeUnits: '监督单位',
  otherUnits: '角色未明确', conflict: '冲突', twoLeads: '多个牵头单位', unsharedDuties: '未与其他单位交叉的职责',
  noClusters: '没有跨单位的共同工作事项。', coverageMatrix: '职能覆盖矩阵', function: '职能', outcome: '结论',
  noCatalogue: '本次分析未使用职能目录，因此没有覆盖与缺位检查。', noCoverageForDocument: '此文件没有职能覆盖结果。', noGaps: '未发现缺位。',
  evidence: '依据', catalogue: '职能目录', kind: '类型', thresholds: '阈值', emptyMatrix: '单位不足两个，无热力图。',
  tierLexical: '比对方式：词面（未启用语义层，措辞不同的同一工作可能漏检）', tierSemantic: '比对方式：词面 + 语义层（{model}）', tierSemanticGaps: '比对方式：职责对比按词面（未启用语义层，措辞不同的同一工作可能漏检）；职能覆盖检查用词面 + 语义层（{model}）',
  total: '合计', value: '数值', none: '无', pairsOf: '职责对：', ofDuties: '项职责', printNote: '交互功能（筛选、明细）仅在浏览器中可用。', noConflictCell: '有相似职责但无冲突（协作、平行等）', documents: '文件', bothLeadShort: '双牵头', lazyUnits: '单位较多：展开单位查看其职责（需浏览器脚本）；全部职责见 pairs.csv 与 report.xlsx。',
  accepted: '已接受', acceptanceExpired: '已过期（重新打开）', acceptedUntil: '有效期至', expiredOn: '到期日', acceptedConflicts: '已接受的冲突',
  acceptedGaps: '已接受的缺位', allDocuments: '全部文件合计', documentList: '文件一览',
  documentListHint: '按冲突排序（双牵头冲突优先），其次缺位、单位数；点击标题跳到该文件。', otherDocuments: '其他文档',
  otherDocumentsHint: '单位不足两个、且没有冲突和缺位的文件', changes: '与上次运行相比的变化', noChanges: '与上次运行相比没有变化。',
  previousRun: '上次运行', dutyChanges: '职责', pairChanges: '冲突', gapChanges: '缺位', trend: '冲突与缺位趋势', thisRun: '本次',
  showAll: '展开其余 {n} 项', engineNote: '分析说明', title: '标题', moreDocuments: '其余 {n} 个文件见文件一览', trendHint: '各次运行的交叉冲突数与缺位数（最右为本次）。',
  organisation: '组织', organisations: '组织', copies: '重复的文件（只读一次，不是发现）', copyOf: '{a} 是 {b} 的副本',
  reorganisation: '机构调整',
  readings: '文档读取情况', readingsHint: '每个输入文件读出了多少单位和职责、文本用上了多少；展开文件可查看没有用上的行及原因。',
  readingTotals: '读取 {files} 个文件：{units} 个单位、{duties} 项职责，使用了 {used} 的文本；{empty} 个文件没有读出职责。',
  readingTotalsNoText: '读取 {files} 个文件：{units} 个单位、{duties} 项职责；{empty} 个文件没有读出职责。',
  readingCopiesNote: '数字按各文件实际读出的内容计算：{n} 个重复的文件计入此处，但分析中只读一次。', file: '文件', textUsed: '文本使用',
  leftOutLines: '未使用的行', yieldedNothing: '未读出职责', emptyFiles: '{n} 个文件没有读出任何职责：', seeWhy: '查看原因：',
  tableColumnsHint: '请用 --unit-columns 和 --duty-column 指定表格的列', emptyModel: '该组织模型没有职责',
  leftOutOf: '{file}：{n} 行未使用', moreLeftOut: '另有 {n} 行未列出；{command} 列出全部。', lineNumber: '第 {n} 行',
  emptyNamed: '没有读出职责的文件：', seeWhyWith: '（查看原因：{command}）',
  suggestedLead: '建议牵头', suggestedSupport: '建议配合', ownerName: '单位名称与此项工作最贴合', ownerMandate: '此项工作是该单位其他职责的主体',
  ownerRole: '两单位职责相近，该单位写明牵头', ownerTie: '两单位同样贴合，需要决定', ownerDecided: '已定牵头', ownerFits: '贴合度（名称 / 其他职责）',
  fixFirst: '先处理这些', fixFirstHint: '全部文件中最该先处理的交叉冲突：双牵头优先，其次相似度与冲突对数；每行一对单位，附建议牵头单位（建议，需确认）。', work: '工作事项',
  columnKey: '单位较多：列以编号表示，编号即左侧行首的序号。', notChecked: '未对照职能目录', skipOtherUnit: '本文件描述的不是目录所述的单位（标题与顶层单位都未提到 {names}）', skipTooSmall: '本文件只有 {n} 项业务职责，不足以描述整个单位（至少 {min} 项），缺少的职能不算缺位',
  skipNotWhole: '本文件只描述了 {n} 个部门，不是整个组织', skipPartial: '本文件只涉及 {n}/{total} 项职能，描述的是单位的一部分，未涉及的职能不算缺位',
  orphansNotGaps: '未对应目录职能的职责（不是缺位）', matchTerms: '匹配依据',
  weakChecks: '待核实：可能已有单位承担', weakHint: '没有职责达到覆盖阈值，但有职责接近（相似度达到阈值的一半且含该职能的专有词，或语义相似度接近）：可能换了说法，核实后再定是否缺位。', nearest: '最接近的职责', semanticScore: '语义相似度', weakCount: '另有 {n} 项职能待核实（有职责接近，可能已有单位承担），不计为缺位',
  gapsToDecide: '需要决定的缺位', allGapsIn: '共 {n} 项，见各文件的“职能覆盖与缺位”', pairsBetween: '冲突对数',
};

const EN: Record<LabelKey, string> = {
  sheetOverview: 'Overview', sheetPairs: 'Pairs', sheetMatrix: 'Matrix', sheetBoundary: 'Boundary list', sheetGaps: 'Gaps',
  reportTitle: 'Duty overlap and gap report', generatedBy: 'Generated by', contents: 'Contents', overview: 'Overview', heatmap: 'Unit overlap heatmap',
  drilldown: 'Duty pairs', perUnit: 'Duties by unit', boundaryList: 'Boundary list', gaps: 'Coverage and gaps',
  document: 'Document', units: 'Units', duties: 'Duties', pairs: 'Similar pairs', conflicts: 'Conflicts', bothLead: 'Both-lead conflicts',
  bothLeadRule: 'one piece of work should have one lead unit', genericGroups: 'Boilerplate groups', gapCount: 'Gaps',
  pairsByRelation: 'Pairs by relation', topConflicts: 'Top conflicts', noConflicts: 'No conflicts found.', entangledUnits: 'Most entangled units',
  noEntangled: 'No unit has conflicts.', scoreHistogram: 'Score distribution', score: 'Score', overlapThreshold: 'overlap threshold',
  candidateThreshold: 'candidate threshold', duplicateThreshold: 'duplicate threshold', unit: 'Unit', unitA: 'Unit A', unitB: 'Unit B', relation: 'Relation',
  roleA: 'Role A', roleB: 'Role B', dutyA: 'Duty A', dutyB: 'Duty B', source: 'Source', sourceA: 'Source A', sourceB: 'Source B', sharedTerms: 'Shared terms', reason: 'Reason',
  partners: 'Overlapping units', conflictPairs: 'Conflict pairs', conflictShare: 'Duties in conflict',
  heatmapHint: "Cell colour = share of the row unit's duties that conflict with the column unit (row → column, asymmetric). Click a cell or press Enter for its pairs.",
  coverageLegend: "Share of row unit's duties conflicting with column unit", rowCoversCol: 'row → column', aggregatedNote: 'Many units: shown aggregated to their parent units; a cell lists every pair beneath it.',
  topNote: 'Many units: only the {n} most overlapping units are shown; reach the others with “Find a unit” below.', findUnit: 'Find a unit', chooseUnit: 'Choose a unit…',
  pairCount: 'Pairs', filterRelation: 'Relation', filterScore: 'Minimum score', filterSearch: 'Search', searchPlaceholder: 'Search duties, units or terms…',
  close: 'Close', noPairs: 'No pairs match the filters.', showing: 'Showing', sharedGeneric: 'Boilerplate both units share',
  clickCellHint: 'Click a heatmap cell, a unit in “Find a unit” or a relation chip next to a duty to see its pairs here.', noDuties: '(no duties)', proposed: 'proposed', note: 'Note',
  cluster: 'Piece of work', leadUnits: 'Lead', supportUnits: 'Support', approveUnits: 'Approve', overseeUnits: 'Oversee',
  otherUnits: 'Unspecified', conflict: 'Conflict', twoLeads: 'several lead units', unsharedDuties: 'Duties shared with no other unit',
  noClusters: 'No piece of work is shared across units.', coverageMatrix: 'Function coverage', function: 'Function', outcome: 'Outcome',
  noCatalogue: 'No catalogue was used in this analysis, so coverage and gaps were not checked.', noCoverageForDocument: 'No coverage results for this document.', noGaps: 'No gaps found.',
  evidence: 'Evidence', catalogue: 'Catalogue', kind: 'Kind', thresholds: 'Thresholds', emptyMatrix: 'Fewer than two units: no heatmap.',
  tierLexical: 'Compared by: words (semantic tier off; the same work in other words may be missed)', tierSemantic: 'Compared by: words + semantic tier ({model})', tierSemanticGaps: 'Compared by: words for pairs (the same work in other words may be missed); words + semantic tier ({model}) for catalogue functions',
  total: 'Total', value: 'Value', none: 'none', pairsOf: 'Pairs: ', ofDuties: 'duties', printNote: 'Interactive features (filters, details) work in a browser only.', noConflictCell: 'similar duties, no conflict (collaboration, parallel…)', documents: 'Documents', bothLeadShort: 'both lead', lazyUnits: 'Many units: open a unit to list its duties (needs scripts); every duty is also in pairs.csv and report.xlsx.',
  accepted: 'accepted', acceptanceExpired: 'expired — open again', acceptedUntil: 'until', expiredOn: 'expired on', acceptedConflicts: 'Accepted conflicts',
  acceptedGaps: 'Accepted gaps', allDocuments: 'All documents', documentList: 'Documents',
  documentListHint: 'Sorted by conflicts (both-lead first), then gaps and units; a title jumps to its document.', otherDocuments: 'Other documents',
  otherDocumentsHint: 'Documents with fewer than two units and no conflicts or gaps', changes: 'Changes since the previous run', noChanges: 'No changes since the previous run.',
  previousRun: 'Previous run', dutyChanges: 'Duties', pairChanges: 'Conflicts', gapChanges: 'Gaps', trend: 'Conflicts and gaps over runs', thisRun: 'this run',
  showAll: 'Show {n} more', engineNote: 'Analysis note', title: 'Title', moreDocuments: '{n} more in the document list', trendHint: 'Conflicts and gaps of each run (this run at the right).',
  organisation: 'Organisation', organisations: 'Organisations', copies: 'Copies (read once; not a finding)', copyOf: '{a} is a copy of {b}',
  reorganisation: 'Reorganisation',
  readings: 'How your documents were read', readingsHint: 'What each input file yielded and how much of its text was used; open a file to see the lines left out and why.',
  readingTotals: 'Read {files} files: {units} units, {duties} duties, {used} of the text used; {empty} files yielded nothing.',
  readingTotalsNoText: 'Read {files} files: {units} units, {duties} duties; {empty} files yielded nothing.',
  readingCopiesNote: "Counts are each file's as read: {n} documents that copy another are counted here but read once in the analysis.", file: 'File', textUsed: 'Text used',
  leftOutLines: 'Lines left out', yieldedNothing: 'yielded no duties', emptyFiles: '{n} files yielded no duties: ', seeWhy: 'See why: ',
  tableColumnsHint: "name the table's columns with --unit-columns and --duty-column", emptyModel: 'the org model holds no duties',
  leftOutOf: '{file}: {n} left out', moreLeftOut: '{n} more lines are not listed; {command} lists them all.', lineNumber: 'line {n}',
  emptyNamed: 'Yielded nothing: ', seeWhyWith: ' (see why with {command})',
  suggestedLead: 'Suggested lead', suggestedSupport: 'Suggested support', ownerName: 'its name fits this work best', ownerMandate: 'this work is the body of its other duties',
  ownerRole: 'both fit alike; its duty says it leads', ownerTie: 'both units fit alike: a decision is needed', ownerDecided: 'Decided lead', ownerFits: 'fit (name / other duties)',
  fixFirst: 'Fix these first', fixFirstHint: 'The conflicts to settle first across all documents: both-lead first, then by score and number of conflicts; one row per pair of units, with the suggested lead (a proposal to confirm).', work: 'Work',
  columnKey: 'Many units: columns are numbered; a number is the row of that number on the left.', notChecked: 'Not checked against the catalogue', skipOtherUnit: 'the document describes another unit than the catalogue (neither its title nor a top unit names {names})', skipTooSmall: 'the document has only {n} business duties, too few to describe the whole unit (at least {min}); what it lacks is not a gap',
  skipNotWhole: 'the document describes {n} departments, not a whole organisation', skipPartial: 'the document touches {n} of {total} functions: it describes part of the unit, and the functions it does not touch are not gaps',
  orphansNotGaps: 'Duties matching no catalogue function (not gaps)', matchTerms: 'matched on',
  weakChecks: 'To check: possibly owned', weakHint: 'No duty reaches the coverage threshold, but one comes near (half the threshold or more with one of the function\'s own terms, or a close semantic similarity): the work may be there in other words; check before calling it a gap.', nearest: 'closest duties', semanticScore: 'semantic similarity', weakCount: '{n} more functions to check (a duty comes near; possibly owned), not counted as gaps',
  gapsToDecide: 'Gaps that need a decision', allGapsIn: '{n} in all, under each document\'s coverage and gaps', pairsBetween: 'Conflicts',
};

/** The label for a key in a language. */
export function label(lang: ReportLang, key: LabelKey): string {
  return lang === 'zh' ? ZH[key] : EN[key];
}

/** Every label of a language, for the inline script. */
export function labels(lang: ReportLang): Readonly<Record<LabelKey, string>> {
  return lang === 'zh' ? ZH : EN;
}

/** The display name of a relation. */
export function relationLabel(lang: ReportLang, relation: Relation): string {
  const zh = lang === 'zh';
  switch (relation) {
    case 'duplicate': return zh ? '重复' : 'duplicate';
    case 'overlap': return zh ? '交叉' : 'overlap';
    case 'parallel': return zh ? '平行' : 'parallel';
    case 'collaboration': return zh ? '协作' : 'collaboration';
    case 'internal': return zh ? '内部管理' : 'internal';
    case 'generic': return zh ? '通用' : 'generic';
    case 'contains': return zh ? '包含' : 'contains';
  }
}

/** The display name of a role. */
export function roleLabel(lang: ReportLang, role: Role): string {
  const zh = lang === 'zh';
  switch (role) {
    case 'lead': return zh ? '牵头' : 'lead';
    case 'support': return zh ? '配合' : 'support';
    case 'approve': return zh ? '审核' : 'approve';
    case 'oversee': return zh ? '监督' : 'oversee';
    case 'unspecified': return zh ? '未明确' : 'unspecified';
  }
}

/** The one-character mark of a role in the coverage matrix: RACI-style letters in English, the role's first character in Chinese. */
export function roleMark(lang: ReportLang, role: Role): string {
  switch (role) {
    case 'lead': return lang === 'zh' ? '牵' : 'L';
    case 'support': return lang === 'zh' ? '配' : 'S';
    case 'approve': return lang === 'zh' ? '审' : 'A';
    case 'oversee': return lang === 'zh' ? '督' : 'O';
    case 'unspecified': return '·';
  }
}

/** The display name of a gap kind. */
export function gapKindLabel(lang: ReportLang, kind: GapKind): string {
  const zh = lang === 'zh';
  switch (kind) {
    case 'gap': return zh ? '职能缺位' : 'gap';
    case 'no-lead': return zh ? '无牵头单位' : 'no lead';
    case 'multi-lead': return zh ? '多头牵头' : 'several leads';
    case 'document-named': return zh ? '文件自述的缺口' : 'named by the document';
    case 'orphan': return zh ? '未对应目录的职责' : 'duty matching no function';
  }
}

/** The display name of a coverage outcome. */
export function outcomeLabel(lang: ReportLang, outcome: CoverageOutcome): string {
  const zh = lang === 'zh';
  switch (outcome) {
    case 'ok': return zh ? '正常' : 'ok';
    case 'gap': return zh ? '缺位' : 'gap';
    case 'no-lead': return zh ? '无牵头' : 'no lead';
    case 'multi-lead': return zh ? '多头牵头' : 'several leads';
    case 'weak': return zh ? '待核实' : 'to check';
  }
}

/** The display name of a unit kind. */
export function unitKindLabel(lang: ReportLang, kind: UnitKind): string {
  const zh = lang === 'zh';
  switch (kind) {
    case 'organisation': return zh ? '组织' : 'organisation';
    case 'department': return zh ? '部门' : 'department';
    case 'office': return zh ? '处室' : 'office';
    case 'position': return zh ? '岗位' : 'position';
    case 'unit': return zh ? '单位' : 'unit';
  }
}

/** The display name of the way an input file was read. */
export function readingFormatLabel(lang: ReportLang, format: InputReading['format']): string {
  const zh = lang === 'zh';
  switch (format) {
    case 'text': return zh ? '文本' : 'text';
    case 'table': return zh ? '表格' : 'table';
    case 'model': return zh ? '组织模型' : 'org model';
  }
}

/**
 * Why a line was left out, in the report's language. The parser states its
 * reasons in English; the usual ones are translated here, and any other
 * (a new reason) is shown as the parser wrote it.
 */
export function leftOutReason(lang: ReportLang, why: string): string {
  if (lang === 'en') return why;
  const section = /^section (.+)$/u.exec(why);
  if (section) return `非职责的章节（${section[1]}）`;
  const known: Readonly<Record<string, string>> = {
    'site boilerplate': '网站模板文字',
    'outside any unit': '不在任何单位之下',
    'not under any unit or duty list': '不属于任何单位或职责列表',
    'a section that is not duties': '非职责的章节',
  };
  return known[why] ?? why;
}

/** Fills `{name}` placeholders in a label. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** Which tiers compared the duties: words only, words and the semantic tier, or the tier for catalogue functions only. */
export function tierText(semantic: SemanticRun | undefined, lang: ReportLang): string {
  if (!semantic) return label(lang, 'tierLexical');
  return fill(label(lang, semantic.gapsOnly ? 'tierSemanticGaps' : 'tierSemantic'), { model: semantic.model });
}
export { gapNoteText, genericReasonText, pairReasonText } from './i18n-reasons.ts';
