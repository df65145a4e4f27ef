import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, hashTree, REPO, workspace } from '../run/cli-workspace.ts';

// Every case here: dutylens is asked to write where it would destroy, overwrite or later
// re-read the user's documents. It must refuse (or write elsewhere), and the inputs must be
// byte-identical afterwards.

const SEED = readFileSync(join(REPO, 'seeds', '001_94b0fa48ae8414f2.txt'));
const JOB = 'name: one\ninputs: [../docs]\n';

/** One line on stderr, naming the problem: the whole of what a refusal prints. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  return lines[0];
}

describe('analyze: the output folder keeps clear of the inputs', () => {
  it.each([
    ['the input folder itself', ['analyze', 'docs', '-o', 'docs'], /output folder docs is the input/u],
    ['a folder holding an input file', ['analyze', 'docs/a.txt', '-o', 'docs'], /holds the input docs\/a\.txt/u],
    ['a folder inside the input folder', ['analyze', 'docs', '-o', 'docs/out'], /lies inside the input folder docs/u],
    ['the working folder', ['analyze', 'docs', '-o', '.'], /is the working folder or holds it/u],
    ['the folder above it', ['analyze', 'docs', '-o', '..'], /outside the workspace/u],
    ['"-"', ['analyze', 'docs', '-o', '-'], /"-" is not an output path/u],
    ['a folder of the user\'s own', ['analyze', 'docs', '-o', 'mine'], /mine: exists and is not a dutylens report folder/u],
  ])('refuses %s with one line and exit 2, and leaves every file as it was', async (_name, args, message) => {
    const ws = await workspace({ 'docs/a.txt': SEED, 'docs/notes.md': '# 备忘\n', 'mine/keep.txt': 'mine\n' });
    const before = await hashTree(ws);
    const r = await cli(ws, args);
    expect(r.code, r.stderr).toBe(2);
    expect(oneLine(r.stderr)).toMatch(message);
    expect(await hashTree(ws)).toEqual(before);
    expect(existsSync(join(ws, '-'))).toBe(false);
  });

  it('analyze . twice reads the documents only, never its own reports', async () => {
    const ws = await workspace({ 'docs/a.txt': SEED });
    const first = await cli(ws, ['analyze', '.', '--reporters', 'json,md,csv']);
    expect(first.code, first.stderr).toBe(0);
    // A report folder moved among the documents is still recognised by what dutylens wrote in it.
    const old = join(ws, 'docs', 'old-analysis');
    await mkdir(old);
    for (const name of await readdir(join(ws, 'reports', 'latest'))) await writeFile(join(old, name), await readFile(join(ws, 'reports', 'latest', name)));
    await rm(join(old, '.dutylens-output'));
    const docs = await hashTree(join(ws, 'docs'));
    const second = await cli(ws, ['analyze', '.', '--reporters', 'json,md,csv']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('read 1 file:');
    expect(await hashTree(join(ws, 'docs'))).toEqual(docs);
  }, 60_000);
});

describe('run: the job output stays in the workspace and off the inputs', () => {
  let outside: string;
  beforeAll(async () => {
    outside = await mkdtemp(join(tmpdir(), 'dutylens-outside-'));
  });
  afterAll(async () => {
    await rm(outside, { recursive: true, force: true });
  });

  it('refuses an output reached through a symlink that leads out of the workspace', async () => {
    const ws = await workspace({ 'docs/a.txt': SEED, 'analysis/one.yaml': `${JOB}output: out/one\n` });
    symlinkSync(outside, join(ws, 'out'));
    const before = await hashTree(join(ws, 'docs'));
    for (const args of [['run', 'analysis/one.yaml'], ['analyze', 'docs', '-o', 'out/x']]) {
      const r = await cli(ws, args);
      expect(r.code, r.stderr).toBe(2);
      expect(oneLine(r.stderr)).toMatch(/outside the workspace through a symlink/u);
    }
    expect(await readdir(outside)).toEqual([]);
    expect(await hashTree(join(ws, 'docs'))).toEqual(before);
  });

  it('refuses a job output folder that holds files dutylens did not write', async () => {
    const ws = await workspace({ 'docs/a.txt': SEED, 'mine/notes.txt': 'mine\n', 'analysis/one.yaml': `${JOB}output: mine\n` });
    const before = await hashTree(ws);
    const r = await cli(ws, ['run', 'analysis/one.yaml']);
    expect(r.code, r.stderr).toBe(2);
    expect(oneLine(r.stderr)).toBe("dutylens: analysis/one.yaml: output: the folder already holds files dutylens did not write (notes.txt): name a new folder for the job's output");
    expect(await hashTree(ws)).toEqual(before);
  });

  it('refuses a job whose output is its input folder', async () => {
    const ws = await workspace({ 'docs/a.txt': SEED, 'analysis/one.yaml': `${JOB}output: docs\n` });
    const before = await hashTree(ws);
    const r = await cli(ws, ['run', 'analysis/one.yaml']);
    expect(r.code, r.stderr).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/analysis\/one\.yaml: output: output folder .*docs is the input/u);
    expect(await hashTree(ws)).toEqual(before);
  });
});

describe('extract -o: a corrected model is never lost', () => {
  const corrected = async (ws: string) => {
    const r = await cli(ws, ['extract', 'docs', '-o', 'm.yaml']);
    expect(r.code, r.stderr).toBe(0);
    const text = `# corrected by hand\n${(await readFile(join(ws, 'm.yaml'), 'utf8')).replace(/^( +name: 招商部)$/mu, '$1 # checked 2030-01-01')}`;
    await writeFile(join(ws, 'm.yaml'), text);
    return text;
  };

  it('refuses to write the model over an input model', async () => {
    const ws = await workspace({ 'docs/a.txt': SEED });
    await corrected(ws);
    const before = await hashTree(ws);
    for (const args of [['extract', 'm.yaml', '-o', 'm.yaml'], ['extract', 'm.yaml', '-o', 'm.yaml', '--force'], ['extract', 'm.yaml', '-o', '-']]) {
      const r = await cli(ws, args);
      expect(r.code, r.stderr).toBe(2);
      expect(oneLine(r.stderr)).toMatch(/--output: (m\.yaml is one of the inputs|"-" is not an output path)/u);
    }
    expect(await hashTree(ws)).toEqual(before);
  });

  it('writes beside an existing model, and with --force rewrites it keeping its comments', async () => {
    const ws = await workspace({ 'docs/a.txt': SEED });
    const text = await corrected(ws);
    const beside = await cli(ws, ['extract', 'docs', '-o', 'm.yaml']);
    expect(beside.code, beside.stderr).toBe(0);
    expect(beside.stderr).toContain('the new model is m.new.yaml');
    expect(await readFile(join(ws, 'm.yaml'), 'utf8')).toBe(text);
    const forced = await cli(ws, ['extract', 'docs', '-o', 'm.yaml', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    const after = await readFile(join(ws, 'm.yaml'), 'utf8');
    expect(after).toContain('# corrected by hand');
    expect(after).toMatch(/^ +name: 招商部 # checked 2030-01-01$/mu);
    expect(after.replace(/ *# .*$/gmu, '').replace(/^\n/u, '')).toBe(await readFile(join(ws, 'm.new.yaml'), 'utf8'));
  });
});

describe('schema -o and file names', () => {
  it('schema -o onto a file says so on one line', async () => {
    const ws = await workspace({ docs: 'not a folder\n' });
    const r = await cli(ws, ['schema', '-o', 'docs']);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe('dutylens: docs: is a file, not a folder: name a folder to write into');
    expect(await readFile(join(ws, 'docs'), 'utf8')).toBe('not a folder\n');
  });

  it('a file name with a newline or an escape sequence is printed escaped', async () => {
    const name = 'scan\u001b[31m\nred.pdf';
    const ws = await workspace({ [name]: '%PDF-1.4\n', 'a.txt': SEED });
    const r = await cli(ws, ['extract', name, 'a.txt', '-o', 'm.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain('dutylens: scan\\x1b[31m\\nred.pdf: ');
  });
});
