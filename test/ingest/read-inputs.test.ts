import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compareCodePoints, listInputFiles, readInput, readInputs } from '../../src/ingest/read-inputs.ts';
import { InputError } from '../../src/util/errors.ts';
import { tempDir } from './temp-dir.ts';

describe('listInputFiles(paths)', () => {
  it('reads folders recursively in code-point order of the relative path, skipping hidden files, lock files and unknown types', async () => {
    const { dir, write } = await tempDir();
    for (const rel of ['b.txt', 'a/z.docx', 'a/b/c.csv', 'A.txt', '中文.txt', 'a-b.md', '.hidden.txt', '.git/x.txt', '~$lock.docx', 'notes.png', 'a/𠀀.txt', 'a/\uffff.txt']) {
      await write(rel, 'x');
    }
    const listed = await listInputFiles([dir]);
    expect(listed.map((f) => f.slice(dir.length + 1).split(/[\\/]/).join('/'))).toEqual([
      'A.txt',
      'a-b.md', // "-" (U+002D) sorts before "/" (U+002F): the path is compared as written with "/"
      'a/b/c.csv',
      'a/z.docx',
      'a/\uffff.txt',
      'a/𠀀.txt',
      'b.txt',
      '中文.txt',
    ]);
  });

  it('keeps argument order, takes a named file whatever its type, and lists a file once', async () => {
    const { dir, write } = await tempDir();
    const b = await write('b.txt', 'x');
    const a = await write('sub/a.txt', 'x');
    const png = await write('p.png', 'x');
    expect(await listInputFiles([b, png, join(dir, 'sub'), a])).toEqual([b, png, a]);
  });

  it('throws InputError for a path that does not exist', async () => {
    const { dir } = await tempDir();
    const missing = join(dir, 'nope');
    await expect(listInputFiles([missing])).rejects.toThrow(new InputError(missing, 'no such file or folder'));
  });
});

describe('compareCodePoints(a, b)', () => {
  it('orders astral characters after U+FFFF, unlike the default sort', () => {
    expect(['𠀀', '\uffff'].sort(compareCodePoints)).toEqual(['\uffff', '𠀀']);
    expect(compareCodePoints('ab', 'a')).toBeGreaterThan(0);
    expect(compareCodePoints('a', 'a')).toBe(0);
  });
});

describe('readInput(file) for unsupported types', () => {
  it('refuses a .pdf, a legacy .doc and an unknown extension', async () => {
    const { write } = await tempDir();
    const pdf = await write('x.PDF', '%PDF-1.4');
    await expect(readInput(pdf)).rejects.toThrow(new InputError(pdf, 'PDF is not supported yet: convert it to .docx or .txt'));
    const doc = await write('x.doc', 'x');
    await expect(readInput(doc)).rejects.toThrow(/legacy Word \.doc.*save it as \.docx/);
    const xyz = await write('x.xyz', 'x');
    await expect(readInput(xyz)).rejects.toThrow(new InputError(xyz, 'unsupported file type .xyz'));
  });
});

describe('readInputs(paths, options)', () => {
  it('collects errors and goes on, in order', async () => {
    const { dir, write } = await tempDir();
    await write('a.txt', '财务部\n负责预算。\n');
    await write('b.txt', '');
    await write('c.pdf', '%PDF');
    const missing = join(dir, 'missing.txt');
    const { files, errors } = await readInputs([dir, missing]);
    expect(files.map((f) => f.file)).toEqual([join(dir, 'a.txt')]);
    expect(errors.map((e) => e.toLine())).toEqual([
      `${missing}: no such file or folder`,
      `${join(dir, 'b.txt')}: empty file`,
      `${join(dir, 'c.pdf')}: PDF is not supported yet: convert it to .docx or .txt`,
    ]);
  });

  it('throws the first error when strict', async () => {
    const { dir, write } = await tempDir();
    await write('a.txt', '财务部\n');
    await write('b.txt', '');
    await expect(readInputs([dir], { strict: true })).rejects.toThrow(new InputError(join(dir, 'b.txt'), 'empty file'));
  });

  it('keeps listing order for files and errors when many files are read at once', async () => {
    const { dir, write } = await tempDir();
    // Large and small files interleaved, so reads finish out of order; every fifth is empty.
    for (let k = 0; k < 60; k++) await write(`${String(k).padStart(2, '0')}.txt`, k % 5 === 4 ? '' : `财务部\n${'负责预算。'.repeat(k % 3 === 0 ? 20_000 : 1)}\n`);
    const { files, errors } = await readInputs([dir]);
    const names = (paths: string[]) => paths.map((p) => p.slice(dir.length + 1));
    expect(names(files.map((f) => f.file))).toEqual(Array.from({ length: 60 }, (_, k) => k).filter((k) => k % 5 !== 4).map((k) => `${String(k).padStart(2, '0')}.txt`));
    expect(names(errors.map((e) => e.file))).toEqual(Array.from({ length: 12 }, (_, k) => `${String(5 * k + 4).padStart(2, '0')}.txt`));
  });

  it('passes column overrides to tables', async () => {
    const { write } = await tempDir();
    const file = await write('t.csv', '内容,部\n记账,财务部\n');
    const { files } = await readInputs([file], { overrides: { unit: ['部'], duty: '内容' } });
    expect(files[0]).toMatchObject({ kind: 'table', rows: [{ path: ['财务部'], duty: '记账', line: 2 }] });
  });
});
