/**
 * Heatmaps of big organisations in Chromium: a synthetic organisation of 45
 * and of 120 units (Chinese names), every unit shown, labels readable:
 * horizontal row labels that carry the numbers, column numbers that do not
 * touch, and a grid that uses the page's width. Screenshots go to
 * test/artifacts/ and, with UPDATE_SCREENSHOTS=1, to docs/screenshots/
 * (heatmap-45.png, heatmap-120.png). Skips when /usr/bin/chromium is
 * missing, except under CI.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import type { Result } from '../../src/model.ts';
import { render } from '../../src/report/index.ts';
import { syntheticResult } from '../report/synthetic-result.ts';
import { ARGS, ARTIFACTS, CHROMIUM, chromiumAvailable } from './chromium.ts';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const available = chromiumAvailable('heatmap browser tests');

const FIELDS = ['市场', '财务', '人力资源', '采购', '信息技术', '法务', '审计', '客户服务', '品牌', '渠道', '安全生产', '战略'];
const KINDS = ['管理处', '运营科', '发展部', '服务中心', '规划室'];

/** The synthetic result with Chinese unit names (CJK labels are the wide case). */
function chineseOrg(units: number): Result {
  const result = syntheticResult(units, 4, units * 8);
  return { ...result, units: result.units.map((u, i) => ({ ...u, name: `${FIELDS[i % FIELDS.length]}${KINDS[Math.floor(i / FIELDS.length) % KINDS.length]}${i + 1}` })) };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

describe.skipIf(!available)('the heatmap of a big organisation in Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    dir = mkdtempSync(join(tmpdir(), 'dutylens-heatmap-'));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const n of [45, 120]) {
    it(`${n} units: every unit a horizontal row label with its number, column numbers that do not touch, a grid as wide as the page allows`, async () => {
      const [html] = await render(chineseOrg(n), ['html'], { lang: 'zh', heatmapOrder: 'cluster' });
      const file = join(dir, `hm-${n}.html`);
      writeFileSync(file, String(html.content));
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const svg = page.locator('svg.heatmap').first();
      // Each label's own text (its first node; the <title> child holds the full name), its box, and its font size on screen.
      const read = (selector: string) =>
        svg.locator(selector).evaluateAll((els) =>
          els.map((e) => {
            const r = e.getBoundingClientRect();
            return { text: e.childNodes[0]?.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height, font: parseFloat(getComputedStyle(e).fontSize) * (r.height > 0 ? 1 : 0) };
          }),
        );
      const rows = await read('text.row-label');
      const cols = await read('text.col-label');
      expect(rows).toHaveLength(n);
      expect(cols).toHaveLength(n);
      // Rows: horizontal (wider than tall), numbered 1…n, each a full line of its font below the last (glyphs do not touch).
      rows.forEach((r, i) => {
        expect(r.text.startsWith(`${i + 1} `), r.text).toBe(true);
        expect(r.width).toBeGreaterThan(r.height);
        expect(r.font).toBeGreaterThanOrEqual(8);
        if (i > 0) expect(r.y - rows[i - 1].y, `rows ${i} and ${i + 1}`).toBeGreaterThanOrEqual(r.font);
      });
      // Columns: their numbers, none touching another.
      cols.forEach((c, i) => {
        expect(c.text).toBe(String(i + 1));
        for (const other of cols.slice(i + 1, i + 4)) expect(overlaps(c, other), `columns ${c.text} and ${other.text}`).toBe(false);
      });
      // The grid takes the width: the heatmap spans most of the main column.
      const main = await page.locator('main').boundingBox();
      const box = (await svg.boundingBox())!;
      expect(box.width).toBeGreaterThan(0.8 * (main!.width - 64));
      const cell = await svg.locator('rect.cell').first().boundingBox();
      expect(cell!.width).toBeGreaterThanOrEqual(8);
      mkdirSync(ARTIFACTS, { recursive: true });
      await svg.scrollIntoViewIfNeeded();
      const paths = [`${ARTIFACTS}heatmap-${n}.png`];
      if (process.env.UPDATE_SCREENSHOTS === '1') paths.push(`${SCREENSHOTS}heatmap-${n}.png`);
      for (const path of paths) await svg.screenshot({ path });
      await page.close();
    }, 120_000);
  }
});
