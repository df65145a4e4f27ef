/**
 * The report in a real browser: Debian's Chromium driven by playwright-core,
 * opening the fixture report from a file:// URL. Skips with a message when
 * /usr/bin/chromium is missing, except under CI, where that is a failure.
 * Screenshots go to test/artifacts/ (git-ignored) for a human to look at.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARGS, ARTIFACTS, CHROMIUM, chromiumAvailable, distinctGlyphs } from './chromium.ts';
import { chromium, type Browser, type Page } from 'playwright-core';
import { render } from '../../src/report/index.ts';
import { loadFixture } from '../report/fixture.ts';
import { syntheticResult } from '../report/synthetic-result.ts';

const available = chromiumAvailable('browser tests');

/** Writes a rendered report to test/artifacts/<name>/index.html and returns its file:// URL. */
async function writeReport(name: string, result: ReturnType<typeof loadFixture>, lang: 'zh' | 'en'): Promise<string> {
  const [html] = await render(result, ['html'], { lang, heatmapOrder: 'cluster' });
  const dir = `${ARTIFACTS}${name}/`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}index.html`, html.content);
  return pathToFileURL(`${dir}index.html`).href;
}

/** What a page did while it was open. */
interface PageLog {
  requests: string[];
  errors: string[];
  dialogs: string[];
}

async function openPage(browser: Browser, url: string): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const log: PageLog = { requests: [], errors: [], dialogs: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, log };
}

describe.skipIf(!available)('index.html in Chromium', () => {
  let browser: Browser;
  let url: string;
  let page: Page;
  let log: PageLog;
  const result = loadFixture();
  const unitId = (name: string) => result.units.find((u) => u.name === name)!.id;

  beforeAll(async () => {
    url = await writeReport('report-small', result, 'zh');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    ({ page, log } = await openPage(browser, url));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no request leaving the file, no console error and no dialog', async () => {
    await page.screenshot({ path: `${ARTIFACTS}overview.png` });
    expect(log.requests.filter((r) => r !== url && !r.startsWith('data:'))).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.dialogs).toEqual([]);
  });

  it('draws the heatmap cells in the page, each with unit ids', async () => {
    const cells = page.locator('#heatmap-0 rect.cell');
    expect(await cells.count()).toBeGreaterThan(5);
    const ids = await cells.evaluateAll((els) => els.map((e) => [e.getAttribute('data-a'), e.getAttribute('data-b')]));
    const unitIds = new Set(result.units.map((u) => u.id));
    expect(ids.every(([a, b]) => unitIds.has(a!) && unitIds.has(b!))).toBe(true);
    await page.locator('#heatmap-0 svg.heatmap').screenshot({ path: `${ARTIFACTS}heatmap.png` });
  });

  it('clicking a cell lists that unit pair’s conflicts with the shared terms marked', async () => {
    await page.locator(`#heatmap-0 rect.cell[data-a="${unitId('市场策划处')}"][data-b="${unitId('数据分析处')}"]`).click();
    const panel = page.locator('#heatmap-0 .drill');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('.drill-title').textContent()).toContain('市场策划处 ↔ 数据分析处');
    const pairs = panel.locator('article.pair');
    expect(await pairs.count()).toBe(1);
    expect(await pairs.first().locator('.chip').textContent()).toBe('重复');
    expect(await pairs.first().locator('mark').allTextContents()).toContain('竞争分析报告');
    expect(await pairs.first().locator('.src').first().textContent()).toMatch(/^seeds\/000_634195122df2118e\.txt:\d+$/);
    await page.locator('#heatmap-0').screenshot({ path: `${ARTIFACTS}drill-down.png` });
  });

  it('the relation, score and search filters narrow the list; nasty texts display literally and run nothing', async () => {
    await page.locator(`#heatmap-0 rect.cell[data-a="${unitId('市场策划处')}"][data-b="${unitId('品牌宣传处')}"]`).click();
    const panel = page.locator('#heatmap-0 .drill');
    const pairs = panel.locator('article.pair');
    expect(await pairs.count()).toBe(1); // conflicts only by default: the overlap
    await panel.locator('.f-rel[value="collaboration"]').check();
    await panel.locator('.f-rel[value="parallel"]').check();
    expect(await pairs.count()).toBe(3);
    expect(await panel.textContent()).toContain('审核素材中嵌入的<script>alert(1)</script>等代码');
    await panel.locator('.f-score').evaluate((el: HTMLInputElement) => {
      el.value = '0.5';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await pairs.count()).toBe(2);
    expect(await panel.locator('.f-score-value').textContent()).toBe('0.50');
    await panel.locator('.f-search').fill('广告');
    expect(await pairs.count()).toBe(1);
    expect(await pairs.first().locator('.chip').textContent()).toBe('协作');
    await panel.locator('.f-search').fill('');
    expect(log.dialogs).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(2);
  });

  it('a cell is reachable by keyboard: focus it and press Enter', async () => {
    await page.locator('#heatmap-0 .drill-close').click();
    const cell = page.locator(`#heatmap-0 rect.cell[data-a="${unitId('客户服务处')}"][data-b="${unitId('集团客户处')}"]`);
    await cell.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('#heatmap-0 .drill');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('.drill-title').textContent()).toContain('客户服务处 ↔ 集团客户处');
  });

  it('a relation chip next to a duty opens that duty’s pairs', async () => {
    await page.locator('#doc-0 .units-part button.chip.rel-duplicate').first().click();
    const panel = page.locator('#heatmap-0 .drill');
    expect(await panel.locator('article.pair .chip').first().textContent()).toBe('重复');
  });

  it('a link to a document folded into "other documents" opens the fold and shows it', async () => {
    const fragment = page.locator('#doc-2');
    expect(await fragment.isVisible()).toBe(false);
    await page.locator('#documents details.other-docs-list summary').click();
    await page.locator('#documents a[href="#doc-2"]').click();
    await expect.poll(() => fragment.isVisible()).toBe(true);
    expect(await page.locator('#other-docs').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
  });

  it('print shows the summary and the accepted and changed findings and hides the controls; the folded documents and lists print with the appendix', async () => {
    const fresh = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await fresh.goto(url, { waitUntil: 'load' });
    expect(await fresh.locator('#doc-2').isVisible()).toBe(false);
    await fresh.emulateMedia({ media: 'print' });
    // The summary: every unit's duties and the folded rest of a list are the appendix (--appendix).
    expect(await fresh.locator('#doc-2 .units-part li').first().isVisible()).toBe(false);
    expect(await fresh.locator('#changes details.more li').first().isVisible()).toBe(false);
    expect(await fresh.locator('#changes li').first().isVisible()).toBe(true);
    await fresh.evaluate(() => document.documentElement.classList.add('print-appendix'));
    expect(await fresh.locator('#doc-2 .units-part li').first().isVisible()).toBe(true);
    expect(await fresh.locator('#changes details.more li').first().isVisible()).toBe(true);
    expect(await fresh.locator('#documents .print-only').isVisible()).toBe(true);
    expect(await fresh.locator('nav.toc').isVisible()).toBe(false);
    // The readings table prints; the left-out lines (hundreds in a large run) do not.
    expect(await fresh.locator('#readings table.readings').isVisible()).toBe(true);
    expect(await fresh.locator('#readings details.left-out').first().isVisible()).toBe(false);
    await fresh.close();
  });

  it('"how your documents were read" is reached from the front page; a file that yielded nothing stands out, and its left-out lines open', async () => {
    const section = page.locator('#readings');
    await page.locator('#documents .reading-note a[href="#readings"]').click();
    await expect.poll(() => section.isVisible()).toBe(true);
    expect(await section.locator('h2').textContent()).toBe('文档读取情况');
    const empty = section.locator('table.readings tr.is-empty').first();
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.locator('code').textContent()).toBe("dutylens extract 'samples/会议 纪要.txt' --explain");
    expect(await empty.locator('td').first().evaluate((td) => getComputedStyle(td).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const fold = section.locator('details.left-out').first();
    const line = fold.locator('ol.left-out-lines li').first();
    expect(await line.isVisible()).toBe(false);
    await fold.locator('summary').click();
    expect(await fold.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    expect(await line.isVisible()).toBe(true);
    expect(await line.textContent()).toContain('会议纪要');
    // The count in the table opens its file's list.
    const market = section.locator('#reading-0');
    expect(await market.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await section.locator('a[href="#reading-0"]').click();
    await expect.poll(() => market.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    mkdirSync(ARTIFACTS, { recursive: true });
    await section.screenshot({ path: `${ARTIFACTS}report-readings.png` });
  });

  it('the drill-down marks an accepted conflict as accepted, with owner, reason and expiry', async () => {
    await page.locator(`#heatmap-0 rect.cell[data-a="${unitId('客户服务处')}"][data-b="${unitId('集团客户处')}"]`).click();
    const panel = page.locator('#heatmap-0 .drill');
    const last = panel.locator('article.pair').last();
    expect(await last.getAttribute('class')).toContain('is-accepted');
    expect(await last.locator('.badge-accepted').textContent()).toContain('市场部 王经理');
  });

  it('renders Chinese with a real CJK font, not tofu', async () => {
    // Chromium reports which platform fonts drew a node's glyphs: the Chinese title must be drawn by a CJK face.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'header.top h1' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const cjk = fonts.filter((f) => /CJK|Noto Sans SC|Source Han|WenQuanYi|PingFang|Hiragino|YaHei/i.test(f.familyName));
    expect(cjk.reduce((n, f) => n + f.glyphCount, 0)).toBeGreaterThanOrEqual([...'职责交叉与缺位分析报告'].length);
    // And the pixels differ between characters: with no CJK font every character draws the same .notdef box.
    const distinct = await distinctGlyphs(page, ['职', '责', '交', '叉', '\u{10FFFD}']);
    expect(distinct).toBe(5);
  });
});

describe.skipIf(!available)('an O*NET-sized index.html in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reaches a unit outside the cut heatmap through the finder, and lists a unit’s duties on demand', async () => {
    const url = await writeReport('report-large', syntheticResult(923, 20, 60000), 'en');
    const { page, log } = await openPage(browser, url);
    const last = await page.locator('select.finder-unit option').last().getAttribute('value');
    await page.locator('select.finder-unit').selectOption(last!);
    const partner = page.locator('.finder-list button.partner').first();
    await partner.click();
    const panel = page.locator('#heatmap-0 .drill');
    await panel.locator('.f-rel').evaluateAll((els) => {
      for (const e of els) (e as HTMLInputElement).checked = true;
      els[0].dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => panel.locator('article.pair').count()).toBeGreaterThan(0);
    await page.locator('#heatmap-0 svg.heatmap').screenshot({ path: `${ARTIFACTS}large-heatmap.png` });
    await page.locator('details.unit-lazy').first().locator('summary').click();
    await expect.poll(() => page.locator('details.unit-lazy').first().locator('li').count()).toBe(20);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
