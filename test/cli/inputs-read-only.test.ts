import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
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

describe('apply -o and suggest-catalogue -o: an existing file is never replaced unasked', () => {
  const NOTICE = readFileSync(join(REPO, 'seeds', '003_805e8c79604db5b9.txt'));
  const BEFORE = readFileSync(join(REPO, 'test', 'fixtures', 'reorg', '003-before.txt'));
  const APPLY = ['apply', 'notice.txt', '--to', 'before.txt', '-o', 'after.yaml'];
  const SUGGEST = ['suggest-catalogue', 'docs', '-o', 'draft.yaml', '--threshold', '0.4', '--min-size', '2'];
  const SEEDS = { 'docs/a.txt': SEED, 'docs/b.txt': readFileSync(join(REPO, 'seeds', '003_805e8c79604db5b9.txt')) };

  it('apply -o onto an existing model writes NAME.new.yaml beside it, and with --force rewrites it keeping its comments', async () => {
    const ws = await workspace({ 'notice.txt': NOTICE, 'before.txt': BEFORE });
    const first = await cli(ws, APPLY);
    expect(first.code, first.stderr).toBe(0);
    const text = `# corrected by hand\n${await readFile(join(ws, 'after.yaml'), 'utf8')}`;
    await writeFile(join(ws, 'after.yaml'), text);
    const beside = await cli(ws, APPLY);
    expect(beside.code, beside.stderr).toBe(0);
    expect(beside.stderr).toContain('after.yaml exists and may hold corrections: the new model is after.new.yaml (pass --force to replace after.yaml, keeping its comments)');
    expect(beside.stderr).toMatch(/duties → after\.new\.yaml$/mu);
    expect(await readFile(join(ws, 'after.yaml'), 'utf8')).toBe(text);
    const again = await cli(ws, APPLY);
    expect(again.stderr).toContain('the new model is after.new-2.yaml');
    const forced = await cli(ws, [...APPLY, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    const after = await readFile(join(ws, 'after.yaml'), 'utf8');
    expect(after).toContain('# corrected by hand');
    // The same model (a first write may spell shared objects as YAML aliases; the comment-keeping rewrite does not).
    expect(parseYaml(after)).toEqual(parseYaml(await readFile(join(ws, 'after.new.yaml'), 'utf8')));
  });

  it('apply -o onto one of its inputs is refused, with or without --force, and nothing changes', async () => {
    const ws = await workspace({ 'notice.txt': NOTICE, 'before.txt': BEFORE });
    expect((await cli(ws, ['extract', 'before.txt', '-o', 'before.yaml'])).code).toBe(0);
    const before = await hashTree(ws);
    for (const args of [['apply', 'notice.txt', '--to', 'before.yaml', '-o', 'before.yaml'], ['apply', 'notice.txt', '--to', 'before.yaml', '-o', 'notice.txt', '--force']]) {
      const r = await cli(ws, args);
      expect(r.code, r.stderr).toBe(2);
      expect(oneLine(r.stderr)).toMatch(/--output: (before\.yaml|notice\.txt) is one of the inputs/u);
    }
    expect(await hashTree(ws)).toEqual(before);
  });

  it('suggest-catalogue -o onto an existing draft writes NAME.new.yaml beside it, and with --force replaces it', async () => {
    const ws = await workspace(SEEDS);
    const first = await cli(ws, SUGGEST);
    expect(first.code, first.stderr).toBe(0);
    const edited = `${await readFile(join(ws, 'draft.yaml'), 'utf8')}# my edits\n`;
    await writeFile(join(ws, 'draft.yaml'), edited);
    const beside = await cli(ws, SUGGEST);
    expect(beside.code, beside.stderr).toBe(0);
    expect(beside.stderr).toContain('draft.yaml exists and may hold corrections: the new draft is draft.new.yaml (pass --force to replace draft.yaml)');
    expect(beside.stderr).toMatch(/duties → draft\.new\.yaml$/mu);
    expect(await readFile(join(ws, 'draft.yaml'), 'utf8')).toBe(edited);
    const forced = await cli(ws, [...SUGGEST, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await readFile(join(ws, 'draft.yaml'), 'utf8')).toBe(await readFile(join(ws, 'draft.new.yaml'), 'utf8'));
  });

  it('suggest-catalogue -o onto one of its inputs is refused, with or without --force, and nothing changes', async () => {
    const ws = await workspace(SEEDS);
    const before = await hashTree(ws);
    for (const args of [['suggest-catalogue', 'docs/a.txt', '-o', 'docs/a.txt'], ['suggest-catalogue', 'docs', '-o', 'docs/b.txt', '--force']]) {
      const r = await cli(ws, args);
      expect(r.code, r.stderr).toBe(2);
      expect(oneLine(r.stderr)).toMatch(/--output: docs\/a\.txt is one of the inputs|--output: docs\/b\.txt lies in the input folder docs, so it is read as one of the inputs/u);
    }
    expect(await hashTree(ws)).toEqual(before);
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
