/**
 * What the browser tests share: where Chromium is, how it is started, where
 * artifacts go, and the check that Chinese text is drawn with a CJK font.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Whether Chromium is installed; on CI its absence is an error, elsewhere the suite is skipped with a warning naming `suite`. */
export function chromiumAvailable(suite: string): boolean {
  const available = existsSync(CHROMIUM);
  if (!available && process.env.CI) {
    throw new Error(`${CHROMIUM} is missing: CI must run the browser tests (apt-get install -y chromium fonts-noto-cjk)`);
  }
  if (!available) console.warn(`${suite} skipped: ${CHROMIUM} not found (apt-get install -y chromium fonts-noto-cjk to run them)`);
  return available;
}

/**
 * How many of `chars` draw differently in the page's body font. With no CJK
 * font every Han character draws the same .notdef box, so a page that shows
 * Chinese properly gives one distinct picture per character.
 */
export function distinctGlyphs(page: Page, chars: readonly string[]): Promise<number> {
  return page.evaluate((list) => {
    const font = getComputedStyle(document.body).fontFamily;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 40;
    const ctx = canvas.getContext('2d')!;
    const draw = (ch: string) => {
      ctx.clearRect(0, 0, 40, 40);
      ctx.font = `32px ${font}`;
      ctx.fillText(ch, 2, 32);
      return Array.from(ctx.getImageData(0, 0, 40, 40).data).join(',');
    };
    return new Set(list.map(draw)).size;
  }, [...chars]);
}
