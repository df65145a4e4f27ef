/**
 * The trend across scheduled runs: conflicts and gaps of each earlier run
 * (oldest first) and of this run, as a small line chart drawn with d3 at
 * generation time (readable with scripts off and in print).
 */
import * as d3 from 'd3';
import type { Result, TrendPoint } from '../model.ts';
import { escapeHtml } from './escape-html.ts';
import { label, type ReportLang } from './i18n.ts';
import { clipLabel, drawSvg } from './svg-document.ts';

/** One point of the chart. */
export interface TrendChartPoint {
  /** Axis label: the run id, or "this run". */
  label: string;
  /** Conflicts of the run. */
  conflicts: number;
  /** Gaps of the run. */
  gaps: number;
}

/** The earlier runs' points followed by this run's (from the summary); empty when there is no earlier run. */
export function trendPoints(result: Result, thisRun: string): TrendChartPoint[] {
  const earlier: TrendPoint[] = result.trend ?? [];
  if (earlier.length === 0) return [];
  return [
    ...earlier.map((p) => ({ label: p.runId, conflicts: p.conflicts, gaps: p.gaps })),
    { label: thisRun, conflicts: result.summary.conflicts, gaps: result.summary.gaps },
  ];
}

/** An axis label for a run id: its date when it starts with one (run ids are usually timestamps), else the id clipped. */
export function runLabel(runId: string): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(runId);
  return date ? date[0] : clipLabel(runId, 10, 70);
}

const SERIES = [
  { key: 'conflicts', colour: '#c62828', labelKey: 'conflicts' },
  { key: 'gaps', colour: '#1d5fa8', labelKey: 'gapCount' },
] as const;

/** The line chart of the points (at least two). */
export function trendSvg(points: readonly TrendChartPoint[], lang: ReportLang): string {
  const width = 560;
  const height = 200;
  const margin = { top: 26, right: 20, bottom: 40, left: 40 };
  const x = d3.scalePoint<number>().domain(d3.range(points.length)).range([margin.left, width - margin.right]).padding(0.3);
  const top = Math.max(1, ...points.flatMap((p) => [p.conflicts, p.gaps]));
  const y = d3.scaleLinear().domain([0, top]).nice().range([height - margin.bottom, margin.top]);
  // At most about eight run labels fit under the axis; the last (this run) is always labelled.
  const step = Math.max(1, Math.ceil(points.length / 8));
  return drawSvg(width, height, (svg) => {
    svg.attr('class', 'trend').attr('role', 'img').attr('aria-label', label(lang, 'trend')).attr('font-size', 10);
    svg.append('title').text(label(lang, 'trend'));
    const axis = svg.append('g').attr('class', 'axis');
    for (const t of y.ticks(4).filter((v) => Number.isInteger(v))) {
      axis.append('line').attr('x1', margin.left).attr('x2', width - margin.right).attr('y1', y(t)).attr('y2', y(t)).attr('stroke', '#eceef1');
      axis.append('text').attr('x', margin.left - 6).attr('y', y(t) + 3).attr('text-anchor', 'end').text(t);
    }
    points.forEach((p, i) => {
      if (i % step !== 0 && i !== points.length - 1) return;
      axis.append('text').attr('class', 'run-label').attr('x', x(i)!).attr('y', height - margin.bottom + 14).attr('text-anchor', 'middle').text(runLabel(p.label)).append('title').text(p.label);
    });
    for (const s of SERIES) {
      const line = d3.line<TrendChartPoint>().x((_, i) => x(i)!).y((p) => y(p[s.key]));
      const g = svg.append('g').attr('class', `series series-${s.key}`);
      g.append('path').attr('d', line(points as TrendChartPoint[])).attr('fill', 'none').attr('stroke', s.colour).attr('stroke-width', 2);
      points.forEach((p, i) => {
        g.append('circle').attr('cx', x(i)!).attr('cy', y(p[s.key])).attr('r', 3).attr('fill', s.colour).append('title').text(`${p.label}: ${label(lang, s.labelKey)} ${p[s.key]}`);
      });
      const last = points[points.length - 1];
      g.append('text').attr('x', x(points.length - 1)! + 6).attr('y', y(last[s.key]) - 4).attr('fill', s.colour).attr('font-weight', 600).text(last[s.key]);
    }
    const legend = svg.append('g').attr('class', 'trend-legend').attr('transform', `translate(${margin.left + 4},6)`);
    SERIES.forEach((s, i) => {
      legend.append('rect').attr('x', i * 90).attr('width', 10).attr('height', 10).attr('fill', s.colour);
      legend.append('text').attr('x', i * 90 + 14).attr('y', 9).text(label(lang, s.labelKey));
    });
  });
}

/** The trend block for the front page, or '' when there is no earlier run. */
export function trendHtml(result: Result, lang: ReportLang): string {
  const points = trendPoints(result, label(lang, 'thisRun'));
  if (points.length === 0) return '';
  return `<div class="trend-part" id="trend"><h3>${escapeHtml(label(lang, 'trend'))}</h3><p class="hint">${escapeHtml(label(lang, 'trendHint'))}</p>${trendSvg(points, lang)}</div>`;
}
