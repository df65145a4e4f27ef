/**
 * The report's inline stylesheet: a CJK font stack that finds a Chinese
 * face on Windows, macOS and Linux without web fonts, relation colours, and
 * print rules for A4 landscape (controls hidden, table rows kept whole).
 */

/** The CSS inlined into index.html. */
export const REPORT_CSS = `
:root { --ink: #1f2933; --muted: #5f6b7a; --line: #dde1e6; --bg: #fff; --soft: #f5f7fa; --red: #c62828; --amber: #b26a00; --accent: #1d5fa8; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: var(--bg); font: 14px/1.6 -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif; }
header.top { padding: 20px 32px 12px; border-bottom: 3px solid var(--accent); background: var(--soft); }
header.top h1 { margin: 0 0 4px; font-size: 24px; }
.meta { color: var(--muted); font-size: 12px; }
nav.toc { padding: 8px 32px; border-bottom: 1px solid var(--line); font-size: 13px; }
nav.toc a { margin-right: 14px; color: var(--accent); text-decoration: none; }
main { padding: 0 32px 40px; max-width: 1400px; }
section.doc > h2 { margin: 28px 0 4px; font-size: 21px; border-left: 5px solid var(--accent); padding-left: 10px; }
section.part > h3 { margin: 26px 0 10px; font-size: 17px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0; }
.card { min-width: 112px; padding: 8px 14px; border: 1px solid var(--line); border-radius: 6px; background: var(--soft); }
.card b { display: block; font-size: 24px; line-height: 1.2; }
.card span { color: var(--muted); font-size: 12px; }
.card.alert { border-color: #f0b4b4; background: #fdecec; }
.card.alert b { color: var(--red); }
.rule { margin: 8px 0 12px; padding: 8px 12px; border-left: 4px solid var(--red); background: #fdecec; }
.grid2 { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 20px; align-items: start; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0 12px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.is-conflict td { background: #fff4f4; }
tr.outcome-gap td { background: #fde2e2; }
tr.outcome-multi-lead td, tr.outcome-no-lead td { background: #fff3d6; }
tr.outcome-weak td { background: #eef2f7; }
td.mark-near { color: #6b7280; font-weight: 400; }
table.boundary th:not(.num), table.boundary td:not(.num) { min-width: 5em; }
table.boundary td:nth-child(2) { min-width: 22em; }
table.coverage { width: auto; }
table.coverage th { white-space: nowrap; }
td.mark { text-align: center; font-weight: 700; width: 2.5em; }
td.mark-lead { color: var(--red); }
.lang-switch { float: right; font-size: 13px; margin-top: 4px; }
.chip { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; border: 1px solid transparent; background: #eef1f5; color: var(--ink); white-space: nowrap; line-height: 1.6; }
button.chip { cursor: pointer; font: inherit; font-size: 12px; margin: 1px 2px; }
.rel-duplicate.chip { background: #b71c1c; color: #fff; }
.rel-overlap.chip { background: #f4511e; color: #fff; }
.rel-parallel.chip { background: #e3f2fd; color: #0d47a1; }
.rel-collaboration.chip { background: #e8f5e9; color: #1b5e20; }
.rel-internal.chip { background: #f3e5f5; color: #4a148c; }
.rel-generic.chip { background: #eceff1; color: #455a64; }
.rel-contains.chip { background: #fff8e1; color: #6d4c00; }
.badge-lead, .badge { display: inline-block; padding: 0 6px; border-radius: 3px; background: var(--red); color: #fff; font-size: 12px; white-space: nowrap; }
.badge.amber { background: var(--amber); }
.role { display: inline-block; margin-left: 6px; padding: 0 5px; border: 1px solid var(--line); border-radius: 3px; font-size: 11px; color: var(--muted); }
.heatmap-wrap { overflow-x: auto; }
svg { font-family: inherit; }
svg.heatmap rect.cell { cursor: pointer; stroke: #fff; stroke-width: 1; }
svg.heatmap rect.cell:hover, svg.heatmap rect.cell:focus { stroke: #1f2933; stroke-width: 2; outline: none; }
svg.heatmap rect.cell.selected { stroke: var(--accent); stroke-width: 3; }
svg.heatmap text.cell-value { pointer-events: none; }
.hint { color: var(--muted); font-size: 12px; margin: 4px 0 8px; }
.finder { margin: 10px 0; }
.finder select { font: inherit; padding: 2px 4px; max-width: 420px; }
.finder-list { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
button.partner { font: inherit; font-size: 12px; padding: 2px 8px; border: 1px solid var(--line); border-radius: 4px; background: #fff; cursor: pointer; }
.drill { border: 1px solid var(--accent); border-radius: 6px; padding: 10px 14px; margin: 12px 0; background: #fbfcfe; }
.drill-bar { display: flex; flex-wrap: wrap; gap: 14px; align-items: center; font-size: 13px; }
.drill-bar fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.drill-bar legend { float: left; margin-right: 6px; font-weight: 600; }
.drill-bar input[type=search] { font: inherit; padding: 2px 6px; min-width: 220px; }
.drill-title { margin: 10px 0 2px; font-size: 15px; }
.drill-count { color: var(--muted); font-size: 12px; }
.drill-close { margin-left: auto; font: inherit; }
article.pair { border: 1px solid var(--line); border-radius: 5px; padding: 8px 10px; margin: 8px 0; background: #fff; break-inside: avoid; }
.pair-head { display: flex; gap: 10px; align-items: center; }
.pair-score { font-variant-numeric: tabular-nums; color: var(--muted); font-size: 12px; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin-top: 6px; }
.side-head { font-size: 13px; }
.duty-text { margin: 2px 0; white-space: pre-wrap; }
mark { background: #ffe58f; padding: 0 1px; }
.src { color: var(--muted); font-size: 11px; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.terms, .reason { font-size: 12px; color: var(--muted); margin-top: 4px; }
.generic h4 { margin: 12px 0 4px; font-size: 13px; }
.print-only { display: none; }
.empty { color: var(--muted); font-style: italic; }
.unit-block { margin: 10px 0 16px; break-inside: avoid-page; }
.unit-block h4 { margin: 0 0 4px; font-size: 15px; }
.unit-block h4 small { color: var(--muted); font-weight: normal; margin-left: 6px; }
ol.duties { margin: 0; padding-left: 0; list-style: none; }
ol.duties li { padding: 2px 0; border-bottom: 1px dotted var(--line); }
ol.duties li.level-1 { padding-left: 2em; } ol.duties li.level-2 { padding-left: 4em; } ol.duties li.level-3 { padding-left: 6em; }
.num-label { color: var(--muted); margin-right: 4px; }
.proposed { color: var(--amber); font-size: 12px; margin-left: 4px; }
blockquote { margin: 4px 0; padding: 2px 10px; border-left: 3px solid var(--line); color: #37404a; }
nav.toc { display: flex; flex-wrap: wrap; gap: 4px 14px; }
nav.toc a { margin-right: 0; white-space: nowrap; }
nav.toc a.nav-alert::before { content: "● "; color: var(--red); }
nav.toc a.nav-more { color: var(--muted); }
section.front > h2, section.changes > h2 { margin: 24px 0 6px; font-size: 21px; }
section.front > h3 { margin: 10px 0 4px; font-size: 15px; color: var(--muted); }
table.documents td:nth-child(2) { min-width: 24em; }
table.documents a { color: var(--accent); text-decoration: none; }
details.other-docs-list, details.more { margin: 6px 0 12px; }
details > summary { cursor: pointer; color: var(--accent); }
details.other-docs { margin-top: 28px; border-top: 1px solid var(--line); }
details.other-docs > summary h2 { display: inline; font-size: 19px; color: var(--ink); }
section.doc-minor > h2 { font-size: 16px; border-left-width: 3px; }
section.doc-minor .units-part > h3 { display: none; }
.badge-accepted, .badge-expired { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; }
.badge-accepted { background: #e6f4ea; color: #1b5e20; border: 1px solid #a5d6a7; }
.badge-expired { background: #fff3d6; color: #7a4a00; border: 1px solid #f0c36d; }
.is-accepted, tr.is-accepted td { opacity: 0.75; }
table.accepted-conflicts tr td { background: #f6fbf7; }
.gap-sentence { font-weight: 600; }
.not-checked { margin: 6px 0; padding: 6px 10px; border-left: 4px solid var(--muted); background: var(--soft); font-size: 13px; }
.match-terms { color: #1b5e20; font-size: 11px; margin-left: 6px; }
details.orphans { margin: 8px 0; }
.engine-note { color: var(--muted); font-size: 12px; }
ul.gap-list li, ul.change-list li { margin: 4px 0; }
section.changes { margin: 16px 0; padding: 4px 16px 10px; border: 1px solid var(--line); border-left: 5px solid var(--amber); border-radius: 6px; background: #fffdf7; }
table.change-counts { width: auto; }
table.change-counts th { white-space: nowrap; }
table.change-counts .zero { color: var(--muted); }
.chg { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; background: #eef1f5; white-space: nowrap; }
.chg-added, .chg-new, .chg-opened { background: #fdecec; color: var(--red); }
.chg-removed, .chg-resolved, .chg-closed { background: #e6f4ea; color: #1b5e20; }
.chg-reworded, .chg-moved, .chg-relation-changed { background: #fff3d6; color: #7a4a00; }
.chg-texts { color: #37404a; font-size: 12px; margin: 2px 0 0 1em; }
del { color: #8a1c1c; } ins { color: #1b5e20; text-decoration: none; border-bottom: 1px solid #a5d6a7; }
.no-changes { font-weight: 600; }
svg.trend { max-width: 100%; height: auto; }
section.readings { margin-top: 28px; border-top: 1px solid var(--line); }
section.readings > h2 { margin: 24px 0 6px; font-size: 21px; }
table.readings td:first-child { min-width: 24em; }
table.readings td:first-child > .src, .reading-alert .src { font-size: 12px; color: var(--ink); }
tr.is-empty td { background: #fdecec; }
.reading-hint { margin-top: 2px; font-size: 12px; color: var(--muted); }
.reading-hint code, .meta code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; background: var(--soft); padding: 0 4px; border-radius: 3px; color: var(--ink); }
.reading-note { margin: 10px 0; font-size: 13px; }
.reading-note.alert { padding: 6px 10px; border-left: 4px solid var(--red); background: #fdecec; }
.reading-note a { color: var(--accent); }
details.left-out { margin: 4px 0; }
ol.left-out-lines { margin: 4px 0 8px; padding-left: 0; list-style: none; font-size: 13px; }
ol.left-out-lines li { padding: 2px 0; border-bottom: 1px dotted var(--line); }
ol.left-out-lines .why { color: var(--muted); font-size: 12px; }
ol.left-out-lines .why::before { content: "← "; }
section.priorities-part { margin: 14px 0 8px; padding: 4px 16px 8px; border: 1px solid #f0b4b4; border-left: 5px solid var(--red); border-radius: 6px; background: #fffafa; }
section.priorities-part > h2 { margin: 12px 0 2px; font-size: 21px; }
section.priorities-part h3 { margin: 8px 0 4px; font-size: 15px; }
table.priorities a, ol.ranked-units a, ol.ranked-gaps a { color: var(--ink); text-decoration: none; }
table.priorities a:hover, ol.ranked-units a:hover, ol.ranked-gaps a:hover { color: var(--accent); text-decoration: underline; }
table.priorities td:nth-child(3) { min-width: 18em; }
table.priorities td:nth-child(4) { white-space: nowrap; }
td.owner strong { color: #1b5e20; }
.priority-columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 2fr); gap: 24px; }
ol.ranked-units, ol.ranked-gaps { margin: 0 0 6px; padding-left: 1.6em; font-size: 13px; }
.owner { font-size: 12px; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { font-size: 11px; }
  nav.toc, .drill, .finder, .hint.interactive { display: none !important; }
  button.chip { border: 1px solid #999; }
  .print-only { display: block; }
  .screen-only { display: none !important; }
  details::details-content { content-visibility: visible; display: contents; }
  details > summary { list-style: none; }
  header.top { background: none; }
  tr, li, article, .card, blockquote { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  /* Summary first; a document with conflicts starts a page and has its heatmap on a page of its own; the rest follow on. */
  section.doc { break-before: auto; border-top: 1px solid var(--line); }
  section.doc.doc-findings { break-before: page; border-top: 0; }
  section.doc.doc-findings.big-heatmap .heatmap-part { break-before: page; break-after: page; }
  .heatmap-part { break-inside: avoid; }
  section.doc-minor { break-before: auto; }
  section.readings { break-before: page; }
  /* Unowned functions print as one run of sentences: the function is the finding, the closest duty its appendix. */
  html:not(.print-appendix) ul.kind-gap { padding-left: 0; }
  html:not(.print-appendix) ul.kind-gap li { display: inline; }
  html:not(.print-appendix) ul.kind-gap li::after { content: " "; }
  html:not(.print-appendix) ul.kind-gap blockquote { display: none; }
  /* Headings stay with what follows them. */
  h1, h2, h3, h4, summary { break-after: avoid; page-break-after: avoid; }
  h2 + *, h3 + *, h4 + * { break-before: avoid; page-break-before: avoid; }
  .cards, .rule { break-inside: avoid; }
  /* The long appendices (every unit's duties, the coverage matrix, folded lists, all pairs) print only with --appendix. */
  html:not(.print-appendix) .appendix, html:not(.print-appendix) details.more { display: none !important; }
  /* The summary prints each finding's sentence and evidence; the pair statistics and the engine's English note go with the appendix. */
  html:not(.print-appendix) .overview .grid2, html:not(.print-appendix) .engine-note { display: none !important; }
  /* The summary's boundary list is the contested work (more than one lead); its top-conflicts table the first five. The rest print with the appendix. */
  html:not(.print-appendix) table.boundary tbody tr:not(.is-conflict), html:not(.print-appendix) table.top-conflicts tbody tr:nth-child(n+6) { display: none; }
  html.print-appendix section.appendix-pairs { display: block; break-before: page; }
  /* A document without conflicts prints as its counts and gaps: its heatmap, boundary list and pair statistics say nothing to fix. */
  section.doc:not(.doc-findings) .overview > :not(.cards):not(h3), section.doc:not(.doc-findings) .heatmap-part, section.doc:not(.doc-findings) .boundary-part { display: none !important; }
  .overview .grid2 { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  section.priorities-part { border: 0; padding: 0; background: none; }
  .cards { gap: 6px; margin: 6px 0; }
  .card { min-width: 64px; padding: 2px 8px; }
  .card b { font-size: 15px; }
  section.doc > h2 { margin: 14px 0 2px; font-size: 17px; }
  section.part > h3 { margin: 12px 0 6px; font-size: 14px; }
  table { margin: 4px 0 8px; }
  th, td { padding: 2px 6px; }
  .priority-columns { display: block; }
  details.left-out { display: none; }
  .heatmap-wrap { overflow: visible; }
  svg { max-width: 100%; height: auto; }
}
`;
