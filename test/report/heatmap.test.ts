import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import type { AnalysisOptions } from '../../src/model.ts';
import { axisOrder, heatmapLayout } from '../../src/report/heatmap-layout.ts';
import { heatmapSvg } from '../../src/report/heatmap-svg.ts';
import { histogramSvg, scoreBins } from '../../src/report/histogram-svg.ts';
import { indexResult } from '../../src/report/result-index.ts';
import { loadFixture } from './fixture.ts';
import { buildResult, type DocumentSpec } from './result-builder.ts';

/** Parses SVG as strict XML; throws with the parser's message on a well-formedness error. */
function parseSvg(xml: string): Document {
  const { window } = new JSDOM('');
  const doc = new window.DOMParser().parseFromString(xml, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(error.textContent ?? 'XML parse error');
  return doc;
}

const nonEmpty = (m: { coverage: number[][]; counts: Record<string, number>[][] }) =>
  m.coverage.flatMap((row, i) => row.filter((c, j) => i !== j && (c > 0 || m.coverage[j][i] > 0 || Object.values(m.counts[i][j]).some((n) => n > 0)))).length;

describe('heatmap', () => {
  const result = loadFixture();
  const index = indexResult(result);
  const matrix = result.matrix[0];

  it('heatmapSvg(layout) parses as strict XML with one focusable cell per non-empty (row, col), each with data-a/data-b and a <title>', () => {
    const layout = heatmapLayout(index, matrix, 'cluster', 60);
    const doc = parseSvg(heatmapSvg(layout, 'zh', 'hm0'));
    const cells = [...doc.querySelectorAll('rect.cell')];
    expect(cells).toHaveLength(nonEmpty(matrix));
    for (const cell of cells) {
      expect(matrix.unitIds).toContain(cell.getAttribute('data-a'));
      expect(matrix.unitIds).toContain(cell.getAttribute('data-b'));
      expect(cell.getAttribute('tabindex')).toBe('0');
      expect(cell.querySelector('title')?.textContent).toMatch(/→/);
    }
  });

  it('heatmapSvg cell (A, B) shows coverage[A][B], so an asymmetric pair of cells differs', () => {
    const layout = heatmapLayout(index, matrix, 'document', 60);
    const doc = parseSvg(heatmapSvg(layout, 'zh', 'hm0'));
    const cov = (a: string, b: string) => Number(doc.querySelector(`rect.cell[data-a="${a}"][data-b="${b}"]`)?.getAttribute('data-coverage'));
    const [i, j] = [matrix.unitIds.findIndex((u) => index.unitById.get(u)!.name === '市场策划处'), matrix.unitIds.findIndex((u) => index.unitById.get(u)!.name === '数据分析处')];
    expect(cov(matrix.unitIds[i], matrix.unitIds[j])).toBe(matrix.coverage[i][j]);
    expect(cov(matrix.unitIds[j], matrix.unitIds[i])).toBe(matrix.coverage[j][i]);
    expect(matrix.coverage[i][j]).not.toBe(matrix.coverage[j][i]);
  });

  it('heatmapSvg has a colour legend with a gradient and tick labels', () => {
    const doc = parseSvg(heatmapSvg(heatmapLayout(index, matrix, 'cluster', 60), 'zh', 'hm0'));
    expect(doc.querySelector('linearGradient#hm0-legend')).not.toBeNull();
    expect(doc.querySelectorAll('g.hm-legend text').length).toBeGreaterThanOrEqual(3);
  });

  it('heatmapSvg keeps unit names with markup literal and well-formed', () => {
    const layout = heatmapLayout(index, matrix, 'cluster', 60);
    layout.axis[0].label = '<b>"处" & \'室\'</b>';
    const doc = parseSvg(heatmapSvg(layout, 'zh', 'hm0'));
    expect(doc.querySelector('text.row-label title')?.textContent).toBe('<b>"处" & \'室\'</b>');
  });

  it('axisOrder(matrix, order) follows matrix.order for cluster and the unit list for document', () => {
    expect(axisOrder(matrix, 'cluster')).toEqual(matrix.order);
    expect(axisOrder(matrix, 'document')).toEqual(matrix.unitIds.map((_, i) => i));
    expect(axisOrder({ ...matrix, order: [0, 0] }, 'cluster')).toEqual(matrix.unitIds.map((_, i) => i));
  });

  it('heatmapLayout aggregates to parent units when there are more units than maxUnits and units have parents', () => {
    const layout = heatmapLayout(index, matrix, 'cluster', 5);
    // The fixture's 9 units are 市场部 and its 8 处室: depth 1 gives 9 groups (> 5) and depth 0 one group, so it falls back to top-N.
    expect(layout.mode).toBe('top');
    expect(layout.axis).toHaveLength(5);
    const big = bigTree();
    const bigIndex = indexResult(big);
    const parent = heatmapLayout(bigIndex, big.matrix[0], 'document', 5);
    expect(parent.mode).toBe('parent');
    expect(parent.axis.map((a) => a.label)).toEqual(['一部', '二部', '三部']);
    expect(parent.axis.every((a) => a.unitIds.length === 4)).toBe(true);
    const cell = parent.cells.find((c) => c.row === 0 && c.col === 1)!;
    expect(cell.counts.overlap).toBe(2);
    expect(cell.coverage).toBeCloseTo(2 / 6, 4);
  });

  it('scoreBins(pairs, n) puts each pair in one bin, conflicts apart', () => {
    const bins = scoreBins(result.pairs, 20);
    expect(bins.reduce((s, b) => s + b.conflicts + b.others, 0)).toBe(result.pairs.length);
    expect(bins.reduce((s, b) => s + b.conflicts, 0)).toBe(result.pairs.filter((p) => p.conflict).length);
  });

  it('histogramSvg marks the candidate, overlap and duplicate thresholds and parses as XML', () => {
    const doc = parseSvg(histogramSvg(result.pairs, result.options, 'zh'));
    const marked = [...doc.querySelectorAll('g.threshold')].map((g) => Number(g.getAttribute('data-threshold')));
    expect(marked).toEqual([result.options.candidateThreshold, result.options.overlapThreshold, result.options.duplicateThreshold]);
  });
});

/** Three departments of one office + three sub-offices each: 12 units, for the parent aggregation. */
function bigTree() {
  const options: AnalysisOptions = { candidateThreshold: 0.3, overlapThreshold: 0.5, duplicateThreshold: 0.85, genericMinUnits: 3, language: 'zh', catalogue: null, coverageThreshold: 0.5, level: 0 };
  const units: DocumentSpec['units'] = [];
  for (const dept of ['一部', '二部', '三部']) {
    units.push({ name: dept, kind: 'department', line: 1, duties: [] });
    for (const office of ['甲', '乙', '丙']) {
      units.push({ name: `${dept}${office}处`, kind: 'office', parent: dept, line: 1, duties: [
        { key: `${dept}${office}1`, text: `${dept}${office}职责一`, role: 'lead', line: 2 },
        { key: `${dept}${office}2`, text: `${dept}${office}职责二`, role: 'lead', line: 3 },
      ] });
    }
  }
  const pair = (a: string, b: string) => ({ a, b, score: 0.7, relation: 'overlap' as const, sharedTerms: [], reason: { rule: 'names-partner' as const, params: {}, terms: [] } });
  return buildResult([{ id: 't', title: 't', file: 't.txt', language: 'zh', script: 'simplified', units, pairs: [pair('一部甲1', '二部甲1'), pair('一部乙1', '二部丙2'), pair('二部甲1', '三部甲1')] }], options);
}

describe('numbered heatmaps (25 units and more)', () => {
  it('columnNumbers(n, cell, font) puts numbers in a row when they fit a column, staggers them over two rows, else turns them upright', async () => {
    const { columnNumbers } = await import('../../src/report/heatmap-svg.ts');
    expect(columnNumbers(45, 22, 12)).toBe('row');
    expect(columnNumbers(120, 10, 9)).toBe('staggered');
    expect(columnNumbers(1200, 4, 9)).toBe('upright');
  });
});
