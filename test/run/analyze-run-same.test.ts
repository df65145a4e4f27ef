import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.ts';
import { ENGLISH_THRESHOLDS } from '../../src/run/defaults.ts';
import { cli, REPO, workspace } from './cli-workspace.ts';

const SEED = '001_94b0fa48ae8414f2.txt';
const ENGLISH = [
  'ACME Operations — Roles and Responsibilities',
  '',
  'Procurement Department',
  '1. Manages vendor selection and negotiates supply contracts with suppliers.',
  '2. Reviews purchase requests above the approval limit.',
  '',
  'Finance Department',
  '1. Responsible for paying supplier invoices and reconciling vendor accounts.',
  '2. Approves purchase requests above the approval limit.',
  '',
  'Facilities Department',
  '1. Manages building maintenance contracts and negotiates with suppliers.',
  '2. Supports the Procurement Department in vendor evaluations.',
  '',
].join('\n');

/** `analyze docs` and `run` of a job over the same folder (named as analyze names it), both writing result.json only. */
async function bothResults(files: Record<string, string | Uint8Array>, flags: string[]): Promise<[string, string]> {
  const ws = await workspace({ ...files, 'analysis/docs.yaml': 'name: docs\ninputs: [../docs]\nlanguage: auto\n' });
  const analysed = await cli(ws, ['analyze', 'docs', '-o', 'out', '--reporters', 'json', '-q', ...flags]);
  expect(analysed.code, analysed.stderr).toBe(0);
  const ran = await cli(ws, ['run', 'analysis/docs.yaml', '--reporters', 'json', '-q', ...flags], { DUTYLENS_NOW: '2030-01-01T08:00:00Z' });
  expect(ran.code, ran.stderr).toBe(0);
  return [await readFile(join(ws, 'out', 'result.json'), 'utf8'), await readFile(join(ws, 'reports', 'docs', 'latest', 'result.json'), 'utf8')];
}

describe('analyze and run share one settle and one pipeline', () => {
  it('give byte-identical result.json for Chinese input', async () => {
    const [analysed, ran] = await bothResults({ [`docs/${SEED}`]: readFileSync(join(REPO, 'seeds', SEED)) }, ['--language', 'auto']);
    expect((JSON.parse(ran) as Result).pairs.length).toBeGreaterThan(0);
    expect(ran).toBe(analysed);
  }, 120_000);

  it('give byte-identical result.json for all-English input with --language auto, both with the English thresholds', async () => {
    const [analysed, ran] = await bothResults({ 'docs/acme.txt': ENGLISH }, ['--language', 'auto']);
    const result = JSON.parse(ran) as Result;
    expect(result.documents.map((d) => d.language)).toEqual(['en']);
    expect(result.options).toMatchObject({ language: 'auto', ...ENGLISH_THRESHOLDS });
    expect(ran).toBe(analysed);
  }, 120_000);
});
