/**
 * The real seeds report in Chromium: the five seed files analysed in-process
 * with the marketing catalogue, rendered to a temp folder and opened from a
 * file:// URL. Checks what a manager would do first: find the hottest pair of
 * units in the 001 document, open it, read the duplicated duties with their
 * shared terms marked and the reason, narrow with the filters. Screenshots go
 * to test/artifacts/ and, with UPDATE_SCREENSHOTS=1, to docs/screenshots/
 * (the README shows them). Skips when /usr/bin/chromium is missing, except
 * under CI.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARGS, ARTIFACTS, CHROMIUM, chromiumAvailable, distinctGlyphs } from './chromium.ts';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import type { Result } from '../../src/model.ts';
import { render } from '../../src/report/index.ts';
import { seedsResult } from '../analyze/seeds-result.ts';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const SEED_001 = 'seeds/001_94b0fa48ae8414f2.txt';
const available = chromiumAvailable('seeds report browser tests');

/** Saves a screenshot of `target` to test/artifacts/ and, under UPDATE_SCREENSHOTS=1, to docs/screenshots/. */
async function screenshot(target: Locator | Page, name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const paths = [`${ARTIFACTS}seeds-${name}.png`];
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(SCREENSHOTS, { recursive: true });
    paths.push(`${SCREENSHOTS}${name}.png`);
  }
  for (const path of paths) {
    if ('goto' in target) await target.screenshot({ path, clip });
    else await target.screenshot({ path });
  }
}

describe.skipIf(!available)('the seeds report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let result: Result;
  let dir: string;
  let url: string;
  let doc: number;
  const requests: string[] = [];
  const errors: string[] = [];
  const unitName = (id: string | null) => result.units.find((u) => u.id === id)?.name;

  beforeAll(async () => {
    result = await seedsResult();
    const [html] = await render(result, ['html'], { lang: 'zh', heatmapOrder: 'cluster' });
    dir = mkdtempSync(join(tmpdir(), 'dutylens-seeds-'));
    writeFileSync(join(dir, 'index.html'), html.content);
    url = pathToFileURL(join(dir, 'index.html')).href;
    doc = result.documents.findIndex((d) => d.source.file === SEED_001);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: 'load' });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens with what to fix first: both-lead conflicts across all documents with their suggested leads, the entangled units and the gaps, all on the first screen', async () => {
    expect(doc).toBeGreaterThanOrEqual(0);
    const first = page.locator('main > section').first();
    expect(await first.getAttribute('id')).toBe('priorities');
    const rows = first.locator('table.priorities tbody tr');
    expect(await rows.count()).toBeGreaterThan(3);
    expect(await rows.first().locator('.badge-lead').count()).toBe(1);
    expect(await rows.first().locator('a').getAttribute('href')).toBe(`#doc-${doc}`);
    expect((await rows.first().locator('td.owner').textContent())!.trim().length).toBeGreaterThan(1);
    for (const list of ['ol.ranked-units', 'ol.ranked-gaps']) {
      const box = await first.locator(list).boundingBox();
      expect(box!.y, list).toBeLessThan(900);
    }
    // The organisation table is one click away: in the navigation bar.
    expect(await page.locator('nav.toc a[href="#documents"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#documents table.documents tbody tr').first().locator('a').getAttribute('href')).toBe(`#doc-${doc}`);
    expect(await page.locator('nav.toc a').count()).toBeLessThanOrEqual(13);
    await screenshot(page, 'overview', { x: 0, y: 0, width: 1200, height: 900 });
  });

  it('the hottest heatmap cell of the 001 document is 市场拓展部经理 × 营销部经理, and it shows their duplicated duties with terms marked and a reason', async () => {
    const cells = page.locator(`#heatmap-${doc} rect.cell`);
    const all = await cells.evaluateAll((els) => els.map((e) => ({ a: e.getAttribute('data-a'), b: e.getAttribute('data-b'), coverage: Number(e.getAttribute('data-coverage')) })));
    const hottest = all.reduce((best, c) => (c.coverage > best.coverage ? c : best));
    expect(new Set([unitName(hottest.a), unitName(hottest.b)])).toEqual(new Set(['市场拓展部经理', '营销部经理']));
    await page.locator(`#heatmap-${doc}`).scrollIntoViewIfNeeded();
    await screenshot(page.locator(`#heatmap-${doc} svg.heatmap`), 'heatmap');

    await page.locator(`#heatmap-${doc} rect.cell[data-a="${hottest.a}"][data-b="${hottest.b}"]`).click();
    const panel = page.locator(`#heatmap-${doc} .drill`);
    await expect.poll(() => panel.isVisible()).toBe(true);
    const pairs = panel.locator('article.pair.rel-duplicate');
    expect(await pairs.count()).toBeGreaterThan(0);
    for (const pair of await pairs.all()) {
      expect(await pair.locator('.pair-head .chip').textContent()).toBe('重复');
      const sides = pair.locator('.side .duty-text');
      expect(await sides.count()).toBe(2);
      expect(await sides.nth(0).locator('mark').count()).toBeGreaterThan(0);
      expect(await sides.nth(1).locator('mark').count()).toBeGreaterThan(0);
      expect((await pair.locator('.reason').textContent())!.replace(/^判定理由: /, '').trim().length).toBeGreaterThan(5);
    }
    const names = await panel.locator('article.pair .side-head strong').allTextContents();
    expect(new Set(names)).toEqual(new Set(['市场拓展部经理', '营销部经理']));
    await screenshot(panel, 'drilldown');
  });

  it('the filters narrow the list: relation, minimum score and search', async () => {
    const panel = page.locator(`#heatmap-${doc} .drill`);
    const pairs = panel.locator('article.pair');
    const before = await pairs.count();
    const term = await panel.locator('article.pair mark').first().textContent();
    await panel.locator('.f-rel[value="duplicate"]').uncheck();
    expect(await panel.locator('article.pair.rel-duplicate').count()).toBe(0);
    await panel.locator('.f-rel[value="duplicate"]').check();
    expect(await pairs.count()).toBe(before);
    await panel.locator('.f-search').fill(term!);
    const matching = await pairs.count();
    expect(matching).toBeGreaterThan(0);
    for (const text of await pairs.allTextContents()) expect(text).toContain(term);
    await panel.locator('.f-search').fill('不会出现的词语组合');
    expect(await pairs.count()).toBe(0);
    expect(await panel.locator('.drill-list .empty').textContent()).toBe('没有符合筛选条件的职责对。');
    await panel.locator('.f-search').fill('');
    // Score: with every relation on, a minimum between the lowest and highest score drops the lower pairs.
    await panel.locator('.f-rel').evaluateAll((els) => {
      for (const e of els) (e as HTMLInputElement).checked = true;
      els[0].dispatchEvent(new Event('change', { bubbles: true }));
    });
    const scoresOf = async () => (await panel.locator('.pair-score').allTextContents()).map((t) => Number(t.replace(/[^\d.]/g, '')));
    const scores = await scoresOf();
    const min = (Math.min(...scores) + Math.max(...scores)) / 2;
    await panel.locator('.f-score').evaluate((el: HTMLInputElement, value: number) => {
      el.value = String(value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, min);
    const kept = await scoresOf();
    expect(kept.every((x) => x >= Number(min.toFixed(2)) - 0.005)).toBe(true);
    if (Math.min(...scores) < Math.max(...scores)) expect(kept.length).toBeLessThan(scores.length);
  });

  it('no request leaves the page and the console stays clean', () => {
    expect(requests.filter((r) => r !== url && !r.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('renders the Chinese text with a CJK font (distinct glyphs, not boxes)', async () => {
    const distinct = await distinctGlyphs(page, ['营', '销', '拓', '展', '\u{10FFFD}']);
    expect(distinct).toBe(5);
  });
});
