/**
 * A histogram of pair scores drawn with d3 at generation time: bars stacked
 * into conflicts and other relations, with the candidate, overlap and
 * duplicate thresholds marked, so a reader sees how many pairs sit just
 * under or over the line.
 */
import * as d3 from 'd3';
import type { AnalysisOptions, Pair } from '../model.ts';
import { formatScore } from './format.ts';
import { label, type ReportLang } from './i18n.ts';
import { drawSvg } from './svg-document.ts';

/** Counts of one score bin. */
export interface ScoreBin {
  /** Lower edge (inclusive). */
  from: number;
  /** Upper edge (exclusive, except for the last bin). */
  to: number;
  /** Conflict pairs in the bin. */
  conflicts: number;
  /** Other pairs in the bin. */
  others: number;
}

/** Bins pair scores over [0, 1] in `binCount` equal bins. */
export function scoreBins(pairs: readonly Pair[], binCount: number): ScoreBin[] {
  const bins: ScoreBin[] = d3.range(binCount).map((i) => ({ from: i / binCount, to: (i + 1) / binCount, conflicts: 0, others: 0 }));
  for (const p of pairs) {
    const bin = bins[Math.min(binCount - 1, Math.floor(p.score * binCount))];
    if (p.conflict) bin.conflicts++;
    else bin.others++;
  }
  return bins;
}

/** Draws the score histogram of a document's pairs. */
export function histogramSvg(pairs: readonly Pair[], options: AnalysisOptions, lang: ReportLang): string {
  const width = 560;
  const height = 210;
  // The legend has the top row to itself; the three threshold labels stack below it, so neither covers the other.
  const margin = { top: 46, right: 16, bottom: 34, left: 36 };
  const bins = scoreBins(pairs, 20);
  const x = d3.scaleLinear().domain([0, 1]).range([margin.left, width - margin.right]);
  const y = d3
    .scaleLinear()
    .domain([0, Math.max(1, ...bins.map((b) => b.conflicts + b.others))])
    .nice()
    .range([height - margin.bottom, margin.top]);
  return drawSvg(width, height, (svg) => {
    svg.attr('class', 'histogram').attr('role', 'img').attr('aria-label', label(lang, 'scoreHistogram')).attr('font-size', 10);
    svg.append('title').text(label(lang, 'scoreHistogram'));
    const axis = svg.append('g').attr('class', 'axis');
    for (const t of y.ticks(4).filter((v) => Number.isInteger(v))) {
      axis.append('line').attr('x1', margin.left).attr('x2', width - margin.right).attr('y1', y(t)).attr('y2', y(t)).attr('stroke', '#eceef1');
      axis.append('text').attr('x', margin.left - 6).attr('y', y(t) + 3).attr('text-anchor', 'end').text(t);
    }
    for (const t of d3.range(0, 1.0001, 0.1)) {
      axis.append('text').attr('x', x(t)).attr('y', height - margin.bottom + 14).attr('text-anchor', 'middle').text(t.toFixed(1));
    }
    axis.append('text').attr('x', (margin.left + width - margin.right) / 2).attr('y', height - 4).attr('text-anchor', 'middle').text(label(lang, 'score'));
    const bars = svg.append('g').attr('class', 'bars');
    for (const b of bins) {
      const bw = x(b.to) - x(b.from) - 2;
      if (b.others > 0) {
        bars.append('rect').attr('class', 'bar-other').attr('x', x(b.from) + 1).attr('width', bw).attr('y', y(b.others)).attr('height', y(0) - y(b.others)).attr('fill', '#9db4cc')
          .append('title').text(`${formatScore(b.from)}–${formatScore(b.to)}: ${b.others}`);
      }
      if (b.conflicts > 0) {
        const top = b.others + b.conflicts;
        bars.append('rect').attr('class', 'bar-conflict').attr('x', x(b.from) + 1).attr('width', bw).attr('y', y(top)).attr('height', y(b.others) - y(top)).attr('fill', '#e4572e')
          .append('title').text(`${formatScore(b.from)}–${formatScore(b.to)}: ${label(lang, 'conflicts')} ${b.conflicts}`);
      }
    }
    const marks: [number, string, string, string][] = [
      [options.candidateThreshold, label(lang, 'candidateThreshold'), '#6b7280', '4 3'],
      [options.overlapThreshold, label(lang, 'overlapThreshold'), '#b91c1c', ''],
      [options.duplicateThreshold, label(lang, 'duplicateThreshold'), '#7f1d1d', '2 2'],
    ];
    marks.forEach(([value, name, colour, dash], i) => {
      const g = svg.append('g').attr('class', 'threshold').attr('data-threshold', value);
      g.append('line').attr('x1', x(value)).attr('x2', x(value)).attr('y1', margin.top - 4).attr('y2', height - margin.bottom).attr('stroke', colour).attr('stroke-width', 1.5).attr('stroke-dasharray', dash || null);
      g.append('text').attr('x', x(value) + 3).attr('y', 23 + i * 10).attr('fill', colour).text(`${name} ${formatScore(value)}`);
    });
    const legend = svg.append('g').attr('class', 'hist-legend').attr('transform', `translate(${margin.left + 4},4)`);
    legend.append('rect').attr('width', 10).attr('height', 10).attr('fill', '#e4572e');
    legend.append('text').attr('x', 14).attr('y', 9).text(label(lang, 'conflicts'));
    legend.append('rect').attr('x', 70).attr('width', 10).attr('height', 10).attr('fill', '#9db4cc');
    legend.append('text').attr('x', 84).attr('y', 9).text(label(lang, 'pairs'));
  });
}
