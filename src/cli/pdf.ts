/**
 * `--pdf`: the HTML report printed to report.pdf by the system's Chromium
 * through playwright-core (an optional dependency that downloads no
 * browser). Print layout is the report's own print stylesheet (A4
 * landscape, summary first); this only drives the browser.
 */
import { existsSync } from 'node:fs';
import { InputError } from '../util/errors.ts';

/** Where Chromium is looked for, after DUTYLENS_CHROMIUM. */
export const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The Chromium to print with: DUTYLENS_CHROMIUM when set, else the first of CHROMIUM_PATHS that exists; throws a one-line InputError (exit 2) when there is none. */
export function chromiumFor(env: NodeJS.ProcessEnv = process.env, paths: readonly string[] = CHROMIUM_PATHS): string {
  const named = env.DUTYLENS_CHROMIUM;
  if (named !== undefined && named !== '') {
    if (!existsSync(named)) throw new InputError('--pdf', `DUTYLENS_CHROMIUM names ${named}, which does not exist`);
    return named;
  }
  const found = paths.find((p) => existsSync(p));
  if (!found) throw new InputError('--pdf', `no Chromium installed (looked for ${paths.join(', ')}; install it, e.g. apt-get install chromium, or set DUTYLENS_CHROMIUM)`);
  return found;
}

/** The HTML page printed to PDF bytes with its print stylesheet (page size from its @page rule). */
export async function printPdf(html: string, executablePath: string): Promise<Uint8Array> {
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    throw new InputError('--pdf', 'the optional package playwright-core is not installed (npm install playwright-core)');
  }
  const browser = await playwright.chromium.launch({ executablePath, args: ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  } finally {
    await browser.close();
  }
}
