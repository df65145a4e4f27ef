/**
 * The seeds report printed by Chromium, as `dutylens analyze --pdf` prints
 * it: under 40 A4 pages, and no heading left alone at the foot of a page
 * (every heading's next line is on its page). The PDF's text is read back
 * page by page. Skips when /usr/bin/chromium is missing, except under CI.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { ARGS, ARTIFACTS, CHROMIUM, chromiumAvailable } from './chromium.ts';
import { pdfLines } from './pdf-pages.ts';
import { printPdf } from '../../src/cli/pdf.ts';
import { render } from '../../src/report/index.ts';
import { seedsResult } from '../analyze/seeds-result.ts';

const available = chromiumAvailable('print browser tests');

/** The texts of the headings that print (display not none under print media). */
async function printedHeadings(html: string): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    return await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3, h4')].filter((h) => (h as HTMLElement).offsetParent !== null || getComputedStyle(h).position === 'fixed').map((h) => (h.textContent ?? '').replace(/\s+/g, '')),
    );
  } finally {
    await browser.close();
  }
}

describe.skipIf(!available)('the seeds report in print', () => {
  let pages: string[][];
  let headings: string[];

  beforeAll(async () => {
    const result = await seedsResult();
    const [html] = await render(result, ['html'], { lang: 'zh', heatmapOrder: 'cluster' });
    const pdf = await printPdf(String(html.content), CHROMIUM);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(`${ARTIFACTS}seeds-report.pdf`, pdf);
    pages = await pdfLines(pdf);
    headings = await printedHeadings(String(html.content));
  }, 180_000);

  it('prints under 40 pages, the summary first', () => {
    console.log(`seeds report.pdf: ${pages.length} pages`);
    expect(pages.length).toBeLessThan(40);
    expect(pages[0].join('')).toContain('先处理这些');
  });

  it('leaves no heading alone at the foot of a page: each printed heading has its next line on its page', () => {
    expect(headings.length).toBeGreaterThan(20);
    const wanted = new Set(headings.filter((h) => h.length > 0));
    const orphans: string[] = [];
    pages.forEach((lines, n) => {
      const last = lines.at(-1)?.replace(/\s+/g, '');
      if (last && wanted.has(last)) orphans.push(`page ${n + 1}: ${last}`);
    });
    // The heading lines are found at all (the check would pass vacuously if the text did not read back).
    const found = pages.flat().filter((l) => wanted.has(l.replace(/\s+/g, ''))).length;
    expect(found).toBeGreaterThan(headings.length / 2);
    expect(orphans).toEqual([]);
  });
});
