import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { runLabel, trendHtml, trendPoints, trendSvg } from '../../src/report/trend-svg.ts';
import { loadFixture } from './fixture.ts';

describe('trend across runs', () => {
  const result = loadFixture();

  it('trendPoints(result) is the earlier runs oldest first, then this run from the summary', () => {
    const points = trendPoints(result, 'now');
    expect(points.map((p) => p.label)).toEqual([...result.trend!.map((t) => t.runId), 'now']);
    expect(points.at(-1)).toEqual({ label: 'now', conflicts: result.summary.conflicts, gaps: result.summary.gaps });
  });

  it('trendHtml(result) is empty without an earlier run', () => {
    expect(trendHtml({ ...result, trend: [] }, 'zh')).toBe('');
    expect(trendHtml({ ...result, trend: undefined }, 'zh')).toBe('');
    expect(trendHtml({ ...result, trend: result.trend!.slice(0, 1) }, 'zh')).toContain('<svg');
  });

  it('trendSvg(points) draws one line per series through every point, as strict XML', () => {
    const svg = trendSvg(trendPoints(result, 'now'), 'en');
    const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('g.series-conflicts circle')).toHaveLength(4);
    expect(doc.querySelectorAll('g.series-gaps circle')).toHaveLength(4);
    // Higher counts sit higher: the first run had more conflicts than this one.
    const ys = [...doc.querySelectorAll('g.series-conflicts circle')].map((c) => Number(c.getAttribute('cy')));
    expect(ys[0]).toBeLessThan(ys[3]);
  });

  it('runLabel(id) shows the date of a timestamped run id, and clips other ids', () => {
    expect(runLabel('2024-05-01T08-00-00')).toBe('2024-05-01');
    expect(runLabel('nightly-build-number-12345')).toMatch(/…$/);
  });
});
