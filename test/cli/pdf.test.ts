import { existsSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumFor } from '../../src/cli/pdf.ts';
import { InputError } from '../../src/util/errors.ts';
import { cliWorkspace } from './cli-run.ts';

const { work, dutylens } = cliWorkspace('dutylens-pdf-', { 'seeds/001_94b0fa48ae8414f2.txt': '001.txt' });
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dutylens analyze --pdf', () => {
  it('says in one line, exit 2, before reading anything, when no Chromium is installed', () => {
    const r = spawnSync(process.execPath, [resolve('bin/dutylens.js'), 'analyze', '001.txt', '-o', 'reports/x', '--pdf'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, CI: '', DUTYLENS_CHROMIUM: join(work, 'no-chromium') },
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`dutylens: --pdf: DUTYLENS_CHROMIUM names ${join(work, 'no-chromium')}, which does not exist`]);
    expect(existsSync(join(work, 'reports', 'x'))).toBe(false);
  });

  it('chromiumFor(env) names where it looked when there is no Chromium at all', () => {
    expect(() => chromiumFor({ DUTYLENS_CHROMIUM: '' }, ['/nowhere/chromium'])).toThrow(InputError);
    expect(() => chromiumFor({}, ['/nowhere/chromium'])).toThrow(/no Chromium installed \(looked for \/nowhere\/chromium/);
  });

  it.skipIf(!existsSync('/usr/bin/chromium') && !process.env.CI)('writes report.pdf beside index.html with the system Chromium', () => {
    const r = dutylens('analyze', '001.txt', '-o', 'reports/pdf', '--pdf', '-q');
    expect(r.code, r.stderr).toBe(0);
    const pdf = readFileSync(join(work, 'reports', 'pdf', 'report.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(join(work, 'reports', 'pdf', 'index.html'))).toBe(true);
  }, 120_000);
});
