import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openReport } from '../../src/cli/open-report.ts';

/** A written report, and the lines openReport warns with. */
function setup(): { file: string; lines: string[]; warn: (line: string) => void } {
  const file = join(mkdtempSync(join(tmpdir(), 'dutylens-open-')), 'index.html');
  writeFileSync(file, '<!doctype html>');
  const lines: string[] = [];
  return { file, lines, warn: (line) => lines.push(line) };
}

describe('openReport (--open)', () => {
  it('openReport(file) says on one line that there is no report, and opens nothing', async () => {
    const { lines, warn } = setup();
    let opened = false;
    expect(await openReport('reports/none/index.html', warn, async () => ((opened = true), spawn('true')))).toBe(false);
    expect(opened).toBe(false);
    expect(lines).toEqual(['dutylens: --open: reports/none/index.html: no such report (was the html reporter left out?)']);
  });

  it('openReport(file) names the file when no program can open it, without throwing', async () => {
    const { file, lines, warn } = setup();
    expect(await openReport(file, warn, () => Promise.reject(new Error('spawn xdg-open ENOENT')))).toBe(false);
    expect(lines).toEqual([`dutylens: --open: cannot open ${file}: no program to open it with (spawn xdg-open ENOENT); open it in a browser yourself`]);
  });

  it('openReport(file) says so when the launcher fails at once (no browser or desktop)', async () => {
    const { file, lines, warn } = setup();
    expect(await openReport(file, warn, async () => spawn('sh', ['-c', 'exit 3'], { stdio: 'ignore' }))).toBe(false);
    expect(lines).toEqual([`dutylens: --open: cannot open ${file}: sh exited with code 3 (no browser or desktop available?); open it in a browser yourself`]);
  });

  it('openReport(file) is content with a launcher that succeeds', async () => {
    const { file, lines, warn } = setup();
    let asked = '';
    expect(await openReport(file, warn, async (path) => ((asked = path), spawn('true', [], { stdio: 'ignore' })))).toBe(true);
    expect(asked).toBe(file);
    expect(lines).toEqual([]);
  });
});
