import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { jobNameFor, writeStarter } from '../../src/cli/init.ts';
import { validateJob } from '../../src/run/job.ts';
import { InputError } from '../../src/util/errors.ts';
import { cliWorkspace } from './cli-run.ts';

const fresh = () => mkdtempSync(join(tmpdir(), 'dutylens-init-'));

describe('dutylens init', () => {
  it('jobNameFor(folder) makes a folder-safe job name, or duties', () => {
    expect(jobNameFor('my analysis 2026')).toBe('my-analysis-2026');
    expect(jobNameFor('.hidden_one')).toBe('hidden_one');
    expect(jobNameFor('职责分析')).toBe('duties');
  });

  it('writeStarter(dir) writes a valid job named after the folder and an example document', async () => {
    const dir = join(fresh(), 'acme duties');
    await writeStarter(dir);
    const job = validateJob('analysis/job.yaml', parseYaml(readFileSync(join(dir, 'analysis', 'job.yaml'), 'utf8')));
    expect(job.job.name).toBe('acme-duties');
    expect(job.job.inputs).toEqual(['../documents']);
    expect(existsSync(join(dir, 'documents', 'example.txt'))).toBe(true);
  });

  it('writeStarter(dir) refuses when a starter file exists, names it and writes nothing', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'analysis'));
    writeFileSync(join(dir, 'analysis', 'job.yaml'), 'mine');
    const error = await writeStarter(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).toLine()).toMatch(/job\.yaml: exists already; init overwrites nothing/);
    expect(readFileSync(join(dir, 'analysis', 'job.yaml'), 'utf8')).toBe('mine');
    expect(existsSync(join(dir, 'documents'))).toBe(false);
  });

  it('dutylens init exits 2 with one line when run twice, and leaves the files as they were', () => {
    const { work, dutylens } = cliWorkspace('dutylens-init-cli-', {});
    const first = dutylens('init', 'here');
    expect(first.code, first.stderr).toBe(0);
    writeFileSync(join(work, 'here', 'documents', 'example.txt'), 'edited');
    const second = dutylens('init', 'here');
    expect(second.code).toBe(2);
    expect(second.stderr.trim().split('\n')).toEqual([
      `dutylens: ${join('here', 'analysis', 'job.yaml')}, ${join('here', 'documents', 'example.txt')}: exist already; init overwrites nothing, so nothing was written`,
    ]);
    expect(readFileSync(join(work, 'here', 'documents', 'example.txt'), 'utf8')).toBe('edited');
  });
});
