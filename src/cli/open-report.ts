import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';

/** How long a launcher that exits at once with an error is waited for (xdg-open without a desktop exits within ms). */
const LAUNCH_CHECK_MS = 1500;

/**
 * `--open`: opens a written report in the default browser, through the
 * `open` package (xdg-open, open or start, and WSL, with each platform's
 * quoting). Never throws and never changes the exit code: when no browser
 * can be started it says so on stderr, with the file to open by hand.
 * Returns whether a launcher was started and did not fail at once.
 */
export async function openReport(
  file: string,
  warn: (line: string) => void = (line) => console.error(line),
  opener: (path: string) => Promise<ChildProcess> = async (path) => (await import('open')).default(path),
): Promise<boolean> {
  const path = resolve(file);
  if (!existsSync(path)) {
    warn(`dutylens: --open: ${file}: no such report (was the html reporter left out?)`);
    return false;
  }
  const cannot = (why: string) => {
    warn(`dutylens: --open: cannot open ${file}: ${why}; open it in a browser yourself`);
    return false;
  };
  let child;
  try {
    child = await opener(path);
  } catch (error) {
    return cannot(`no program to open it with (${(error as Error).message.split('\n')[0]})`);
  }
  const exitCode = await new Promise<number | null>((done) => {
    if (child.exitCode !== null) return done(child.exitCode);
    const timer = setTimeout(() => done(null), LAUNCH_CHECK_MS);
    child.once('close', (code) => {
      clearTimeout(timer);
      done(code);
    });
    child.once('error', () => {
      clearTimeout(timer);
      done(-1);
    });
  });
  if (exitCode !== null && exitCode !== 0) return cannot(`${basename(child.spawnfile)} exited with code ${exitCode} (no browser or desktop available?)`);
  return true;
}
