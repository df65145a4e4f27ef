/**
 * The report at O*NET scale: the 923 occupations of O*NET 29.3 as the units
 * of one document and their 18,796 task statements as duties, analysed and
 * rendered (HTML and JSON), then opened in headless Chromium. Prints the page
 * size, the end-to-end time from reading the files to the HTML, and how long
 * the page takes from navigation start until a heatmap cell is clicked and
 * its drill-down shows. Targets: under 15 MB, open+interactive under 2 s.
 * Reads ../shared/eval/onet-29.3 relative to the repo root (never copied).
 * Run alone: `npx tsx bench/report-onet.ts`.
 */
import '../src/cli/env.ts';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { render } from '../src/report/index.ts';
import { analyzeModel } from '../src/run/analyze.ts';
import { defaultOptionsFor } from '../src/run/defaults.ts';
import { loadOnet, missingOnetFiles, ONET_DIR } from './lib/onet.ts';
import { onetOrgModel } from './lib/onet-model.ts';
import { loadLexicon, loadRelationRules } from '../src/run/resources.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Milliseconds from navigation start until a heatmap cell has been clicked and its drill-down lists pairs. */
async function openAndInteract(url: string, screenshotDir: string): Promise<{ ms: number; cells: number; shown: string }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: 'commit' });
    const cell = page.locator('#heatmap-0 rect.cell').first();
    await cell.click();
    const panel = page.locator('#heatmap-0 .drill');
    await panel.locator('.drill-count').filter({ hasText: /\d/ }).waitFor();
    const ms = await page.evaluate(() => performance.now());
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    const cells = await page.locator('#heatmap-0 rect.cell').count();
    const shown = (await panel.locator('.drill-count').textContent()) ?? '';
    await page.locator('#heatmap-0 svg.heatmap').screenshot({ path: join(screenshotDir, 'onet-heatmap.png') });
    await panel.screenshot({ path: join(screenshotDir, 'onet-drilldown.png') });
    return { ms, cells, shown };
  } finally {
    await browser.close();
  }
}

/** Builds, renders and opens the O*NET report, printing one line per figure. */
export async function reportOnetBench(print: (line: string) => void): Promise<void> {
  const missing = missingOnetFiles();
  if (missing.length > 0) {
    print(`onet report: skipped, ${missing.join(', ')} not found in ${ONET_DIR} (../shared/eval/onet-29.3 is absent)`);
    return;
  }
  const start = performance.now();
  const { model } = onetOrgModel(loadOnet());
  const lexicon = loadLexicon();
  const result = await analyzeModel(model, { ...defaultOptionsFor('en'), language: 'en' }, { lexicon, rules: loadRelationRules() });
  const analysed = performance.now();
  const files = await render(result, ['html', 'json'], { lang: 'en', heatmapOrder: 'cluster' });
  const rendered = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'dutylens-onet-report-'));
  for (const f of files) writeFileSync(join(dir, f.path), f.content);
  const html = files.find((f) => f.path === 'index.html')!.content;
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  const htmlBytes = Buffer.byteLength(html);
  const jsonBytes = Buffer.byteLength(files.find((f) => f.path === 'result.json')!.content);
  const s = (ms: number) => (ms / 1000).toFixed(1);
  print(`onet report: ${result.units.length} units, ${result.duties.length} duties, ${result.pairs.length} pairs (${result.summary.conflicts} conflicts), html ${mb(htmlBytes)} MB, result.json ${mb(jsonBytes)} MB, analyse+render ${s(rendered - start)} s (analyse ${s(analysed - start)} s, render ${s(rendered - analysed)} s)`);
  if (!existsSync(CHROMIUM)) {
    print(`onet report: open+interactive skipped, ${CHROMIUM} not found`);
    return;
  }
  const open = await openAndInteract(pathToFileURL(join(dir, 'index.html')).href, dir);
  print(`onet report: open+interactive ${(open.ms / 1000).toFixed(2)} s (heatmap ${open.cells} cells; drill-down "${open.shown}"); targets html < 15 MB: ${htmlBytes < 15 * 1024 * 1024 ? 'met' : 'MISSED'}, open+interactive < 2 s: ${open.ms < 2000 ? 'met' : 'MISSED'}`);
  print(`onet report: files and screenshots in ${dir}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await reportOnetBench((line) => console.log(line));
}
