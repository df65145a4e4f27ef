/**
 * The unit × unit heatmap as a static SVG drawn with d3: cell (row A,
 * column B) is coloured by coverage[A][B], the share of A's duties that
 * conflict with B, so an asymmetric relation stays visible. Only non-empty
 * cells get an element (large matrices stay small); each carries data-a /
 * data-b unit ids, is focusable, and has a <title> tooltip with its figures.
 */
import * as d3 from 'd3';
import { RELATIONS } from './organisation-stats.ts';
import { formatPercent, formatScore } from './format.ts';
import type { HeatmapCell, HeatmapLayout } from './heatmap-layout.ts';
import { label, relationLabel, type ReportLang } from './i18n.ts';
import { clipLabel, drawSvg, textWidth } from './svg-document.ts';

/** Colour of a coverage share: d3's sequential yellow–orange–red over [0, max]. */
export function coverageColour(share: number, max: number): string {
  return d3.interpolateYlOrRd(0.08 + 0.92 * Math.min(1, share / max));
}

/** Fill of a cell with pairs but no conflict (collaboration, parallel…): neutral, so colour means conflict. */
export const NO_CONFLICT_FILL = '#dbe7f3';

/**
 * The upper end of the colour scale: the largest coverage rounded up to a
 * tenth, but at least `floor`, so a matrix of small shares is not painted
 * dark red just for being the largest.
 */
export function scaleMax(cells: readonly HeatmapCell[], floor: number): number {
  const largest = d3.max(cells, (c) => c.coverage) ?? 0;
  return Math.max(floor, Math.ceil(largest * 10) / 10);
}

/** Tooltip text of a cell. */
export function cellTitle(lang: ReportLang, rowName: string, colName: string, cell: HeatmapCell): string {
  const counts = RELATIONS.filter((r) => (cell.counts[r] ?? 0) > 0).map((r) => `${relationLabel(lang, r)} ${cell.counts[r]}`);
  const zh = lang === 'zh';
  return [
    `${rowName} → ${colName}: ${formatPercent(cell.coverage)}${zh ? ' 的职责与对方冲突' : " of the row's duties conflict"}`,
    `${colName} → ${rowName}: ${formatPercent(cell.reverse)}`,
    `${label(lang, 'score')} ${formatScore(cell.score)}`,
    `${label(lang, 'pairCount')}: ${counts.length ? counts.join(zh ? '，' : ', ') : label(lang, 'none')}`,
  ].join('\n');
}

/**
 * From this many units the heatmap numbers its columns: each row label
 * starts with its number (the key), and the columns show numbers only.
 * Names rotated over 25 or more narrow columns overlap into a smear.
 */
export const NUMBERED_FROM = 25;
/** The width (px) a numbered heatmap's labels and grid aim to fill: the report's main column. */
export const HEATMAP_TARGET_WIDTH = 1320;

/** How the column labels of a numbered heatmap fit: in a row, staggered over two rows, or turned upright. */
export type ColumnNumbers = 'row' | 'staggered' | 'upright';

/** The column-number arrangement for `n` columns of `cell` px at `font` px: the first that gives every number its room. */
export function columnNumbers(n: number, cell: number, font: number): ColumnNumbers {
  const widest = textWidth(String(n), font);
  if (widest <= cell - 2) return 'row';
  if (widest <= 2 * cell - 3) return 'staggered';
  return 'upright';
}

/** Draws a document's heatmap; `idPrefix` keeps gradient ids unique in the page. */
export function heatmapSvg(layout: HeatmapLayout, lang: ReportLang, idPrefix: string): string {
  const n = layout.axis.length;
  const fontSize = 12;
  const numbered = n >= NUMBERED_FROM;
  const rowText = (i: number) => (numbered ? `${i + 1} ${layout.axis[i].label}` : layout.axis[i].label);
  // A numbered heatmap's rows carry the names: the cells take the width the labels leave (10 px at least).
  const rowLabelWidth = (font: number) => Math.min(numbered ? 240 : 200, Math.max(40, d3.max(layout.axis, (_, i) => textWidth(rowText(i), font)) ?? 0) + 8);
  const cell = numbered
    ? Math.max(10, Math.min(44, Math.floor((HEATMAP_TARGET_WIDTH - rowLabelWidth(11) - 16) / n)))
    : Math.max(10, Math.min(44, Math.floor(640 / Math.max(1, n))));
  const labelFont = numbered ? Math.min(fontSize, cell - 1) : cell < 14 ? 9 : fontSize;
  const maxLabel = rowLabelWidth(labelFont);
  const left = maxLabel;
  const columns = numbered ? columnNumbers(n, cell, labelFont) : null;
  const numberHeight = columns === 'row' ? labelFont + 8 : columns === 'staggered' ? 2 * labelFont + 12 : textWidth(String(n), labelFont) + 10;
  const top = numbered ? Math.ceil(numberHeight) : Math.round(maxLabel * 0.72) + 10;
  const grid = n * cell;
  const legendHeight = 76;
  // Rotated (-45°) column names reach about 0.72 of the label width past the grid; numbers stay above it.
  const width = Math.max(left + grid + (numbered ? 12 : Math.round(maxLabel * 0.72) + 8), left + 280);
  const height = top + grid + legendHeight;
  const max = scaleMax(layout.cells, 0.5);
  return drawSvg(width, height, (svg) => {
    svg.attr('class', numbered ? 'heatmap numbered' : 'heatmap').attr('role', 'img').attr('aria-label', label(lang, 'heatmap')).attr('font-size', labelFont);
    svg.append('title').text(label(lang, 'heatmap'));
    const g = svg.append('g').attr('transform', `translate(${left},${top})`);
    g.append('rect').attr('class', 'hm-bg').attr('width', grid).attr('height', grid).attr('fill', '#f6f7f9');
    // One path for the grid lines and one for the diagonal instead of an element per empty cell.
    const lines = d3.range(n + 1).map((i) => `M0,${i * cell}H${grid}M${i * cell},0V${grid}`).join('');
    g.append('path').attr('class', 'hm-grid').attr('d', lines).attr('stroke', '#e1e4e8').attr('stroke-width', 1).attr('fill', 'none');
    const diagonal = d3.range(n).map((i) => `M${i * cell},${i * cell}h${cell}v${cell}h${-cell}Z`).join('');
    g.append('path').attr('class', 'hm-diag').attr('d', diagonal).attr('fill', '#d0d4da');
    const cells = g.append('g').attr('class', 'hm-cells');
    for (const c of layout.cells) {
      const row = layout.axis[c.row];
      const col = layout.axis[c.col];
      const title = cellTitle(lang, row.label, col.label, c);
      const colour = c.coverage > 0 ? coverageColour(c.coverage, max) : NO_CONFLICT_FILL;
      const rect = cells
        .append('rect')
        .attr('class', 'cell')
        .attr('x', c.col * cell + 1)
        .attr('y', c.row * cell + 1)
        .attr('width', cell - 2)
        .attr('height', cell - 2)
        .attr('fill', colour)
        .attr('data-a', row.key)
        .attr('data-b', col.key)
        .attr('data-coverage', c.coverage)
        .attr('tabindex', 0)
        .attr('role', 'button')
        .attr('aria-label', title.replace(/\n/g, '; '));
      rect.append('title').text(title);
      if (cell >= 30 && c.coverage > 0) {
        const dark = d3.hsl(colour).l < 0.55;
        cells
          .append('text')
          .attr('class', 'cell-value')
          .attr('x', c.col * cell + cell / 2)
          .attr('y', c.row * cell + cell / 2 + 4)
          .attr('text-anchor', 'middle')
          .attr('font-size', 11)
          .attr('fill', dark ? '#fff' : '#3a2a00')
          .text(formatPercent(c.coverage));
      }
    }
    layout.axis.forEach((a, i) => {
      const text = clipLabel(rowText(i), labelFont, maxLabel - 8);
      g.append('text').attr('class', 'row-label').attr('x', -6).attr('y', i * cell + cell / 2 + labelFont / 3).attr('text-anchor', 'end').text(text).append('title').text(a.label);
      const column = g.append('text').attr('class', 'col-label');
      if (columns === null) {
        column.attr('transform', `translate(${i * cell + cell / 2 + labelFont / 3},-6) rotate(-45)`).text(text);
      } else if (columns === 'upright') {
        column.attr('transform', `translate(${i * cell + cell / 2 + labelFont / 3},-5) rotate(-90)`).text(String(i + 1));
      } else {
        // Staggered: every other number one line higher, so each has two columns of room.
        const y = columns === 'staggered' && i % 2 === 1 ? -labelFont - 10 : -5;
        column.attr('x', i * cell + cell / 2).attr('y', y).attr('text-anchor', 'middle').text(String(i + 1));
      }
      column.append('title').text(numbered ? `${i + 1} ${a.label}` : a.label);
    });
    drawLegend(svg, lang, idPrefix, left, top + grid + 16, Math.min(240, Math.max(160, grid)), max);
  });
}

function drawLegend(svg: d3.Selection<SVGSVGElement, unknown, null, undefined>, lang: ReportLang, idPrefix: string, x: number, y: number, width: number, max: number): void {
  const id = `${idPrefix}-legend`;
  const gradient = svg.append('defs').append('linearGradient').attr('id', id).attr('x1', '0%').attr('x2', '100%');
  for (const t of d3.range(0, 1.0001, 0.1)) {
    gradient.append('stop').attr('offset', `${Math.round(t * 100)}%`).attr('stop-color', coverageColour(t * max, max));
  }
  const legend = svg.append('g').attr('class', 'hm-legend').attr('transform', `translate(${x},${y})`);
  legend.append('rect').attr('width', width).attr('height', 10).attr('fill', `url(#${id})`).attr('stroke', '#999').attr('stroke-width', 0.5);
  const scale = d3.scaleLinear().domain([0, max]).range([0, width]);
  for (const tick of scale.ticks(4)) {
    legend.append('text').attr('x', scale(tick)).attr('y', 24).attr('text-anchor', 'middle').attr('font-size', 10).text(formatPercent(tick));
  }
  legend.append('text').attr('x', 0).attr('y', 38).attr('font-size', 10).text(label(lang, 'coverageLegend'));
  legend.append('rect').attr('class', 'legend-no-conflict').attr('y', 46).attr('width', 10).attr('height', 10).attr('fill', NO_CONFLICT_FILL).attr('stroke', '#999').attr('stroke-width', 0.5);
  legend.append('text').attr('x', 14).attr('y', 55).attr('font-size', 10).text(label(lang, 'noConflictCell'));
}
