import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as bad from '../../bench/bad-inputs.ts';
import { cutLongLine } from '../../src/ingest/text-lines.ts';
import { readInputs } from '../../src/ingest/read-inputs.ts';
import { InputError } from '../../src/util/errors.ts';
import { tempDir } from './temp-dir.ts';

/**
 * One case per class of bad input, small, read under `--max-file-mb 1`
 * (1 MB files, 4 MB inflated, 7,813 rows, 125,000 cells, spans of 256, lines
 * of 312 characters) beside a good file that must still be read.
 */
const SMALL = { maxFileMb: 1 };

/** Reads the bad file beside good.txt; returns the one error's line and what was read. */
async function readBeside(dir: string, badFile: string) {
  const good = await bad.put(dir, 'good.txt', bad.GOOD_TEXT);
  const { files, errors } = await readInputs([badFile, good], { overrides: SMALL });
  expect(files.map((f) => f.file)).toContain(good);
  return { files, errors, line: errors.map((e) => e.toLine()).join('\n') };
}

/** Asserts one error, on one line, naming the file and every word given. */
function expectOneLine(result: { errors: InputError[]; line: string }, file: string, ...words: string[]): void {
  expect(result.errors).toHaveLength(1);
  expect(result.line).not.toContain('\n');
  expect(result.line.startsWith(`${file}: `)).toBe(true);
  for (const w of words) expect(result.line).toContain(w);
}

describe('readInputs(paths) with bad inputs', () => {
  it('names a zip bomb (.docx inflating past the limit) and reads the other file', async () => {
    const { dir } = await tempDir();
    const file = await bad.put(dir, 'bomb.docx', await bad.zipBombDocx(5));
    expectOneLine(await readBeside(dir, file), file, 'inflates to', 'over the limit of 4 MB inflated', '--max-file-mb (now 1)');
  });

  it('names a zip bomb that declares small sizes as soon as an entry inflates past what it declares', async () => {
    const { dir } = await tempDir();
    const bytes = Buffer.from(await bad.zipBombDocx(5));
    // Rewrite every header's uncompressed size to 1,000 bytes: the archive now lies about its size.
    for (const [signature, at] of [[0x04034b50, 22], [0x02014b50, 24]] as const) {
      for (let i = bytes.indexOf(Buffer.from(new Uint32Array([signature]).buffer)); i !== -1; i = bytes.indexOf(Buffer.from(new Uint32Array([signature]).buffer), i + 4)) {
        if (bytes.readUInt32LE(i + at) > 1_000_000) bytes.writeUInt32LE(1_000, i + at);
      }
    }
    const file = await bad.put(dir, 'liar.docx', bytes);
    expectOneLine(await readBeside(dir, file), file, 'not a valid .docx: word/document.xml inflates past the size it declares');
  });

  it('names a .docx table cell with gridSpan 2e8 and reads the other file', async () => {
    const { dir } = await tempDir();
    const file = await bad.put(dir, 'span.docx', await bad.gridSpanDocx(200_000_000));
    expectOneLine(await readBeside(dir, file), file, 'spans 200,000,000 columns', 'limit of 256 columns', '--max-file-mb');
  });

  it('names a FIFO without opening it, and reads the other file', async () => {
    const { dir } = await tempDir();
    const file = join(dir, 'pipe.txt');
    bad.makeFifo(file);
    expectOneLine(await readBeside(dir, file), file, 'named pipe', 'not a regular file');
  });

  it('names a symlink to /dev/zero without reading it, and reads the other file', async () => {
    const { dir } = await tempDir();
    const file = join(dir, 'zero.txt');
    await bad.linkToDevZero(file);
    expectOneLine(await readBeside(dir, file), file, 'a device', 'not a regular file');
  });

  it('names the FIFO inside a folder too', async () => {
    const { dir } = await tempDir();
    await bad.put(dir, 'good.txt', bad.GOOD_TEXT);
    bad.makeFifo(join(dir, 'pipe.txt'));
    const { files, errors } = await readInputs([dir], { overrides: SMALL });
    expect(files.map((f) => f.file)).toEqual([join(dir, 'good.txt')]);
    expect(errors.map((e) => e.toLine())).toEqual([`${join(dir, 'pipe.txt')}: a named pipe (FIFO), not a regular file: skipped`]);
  });

  it('names a file over the size limit', async () => {
    const { dir } = await tempDir();
    const file = await bad.put(dir, 'big.txt', bad.singleLineText(600_000));
    expectOneLine(await readBeside(dir, file), file, 'MB on disk', 'over the limit of 1 MB', '--max-file-mb');
  });

  it('reads an .xlsx whose only far cell is XFD1048576 as its few rows', async () => {
    const { dir } = await tempDir();
    const file = await bad.put(dir, 'corner.xlsx', await bad.dutyXlsx(20, true));
    const { files, errors } = await readBeside(dir, file);
    expect(errors).toEqual([]);
    const table = files.find((f) => f.file === file);
    expect(table?.kind === 'table' && table.rows.map((r) => r.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
  });

  it('names an .xlsx with more rows than the row limit', async () => {
    const { dir } = await tempDir();
    const file = await bad.put(dir, 'rows.xlsx', await bad.dutyXlsx(8_500));
    expectOneLine(await readBeside(dir, file), file, 'more than 7,813 rows', '--max-file-mb');
  });

  it('names a CSV with more rows than the row limit', async () => {
    const { dir } = await tempDir();
    const file = await bad.put(dir, 'rows.csv', bad.unbalancedQuoteCsv(8_500, -1));
    expectOneLine(await readBeside(dir, file), file, '8,501 rows', 'limit of 7,813 rows', '--max-file-mb');
  });

  it('names the line where a CSV quote opens and never closes', async () => {
    const { dir } = await tempDir();
    const file = await bad.put(dir, 'quote.csv', bad.unbalancedQuoteCsv(300, 42));
    expectOneLine(await readBeside(dir, file), file, 'line 43: a quote opens a cell and never closes');
  });

  it('names a CSV quote that swallows hundreds of rows before it closes', async () => {
    const { dir } = await tempDir();
    const text = bad.unbalancedQuoteCsv(300, 42).replace('部门250,负责第250项业务', '部门250,负责第250项业务"');
    const file = await bad.put(dir, 'swallow.csv', text);
    expectOneLine(await readBeside(dir, file), file, 'line 43: a quoted cell runs on to line 251');
  });

  it('cuts a line longer than the limit into pieces of that line, at sentence ends, losing nothing', async () => {
    const { dir } = await tempDir();
    const text = bad.singleLineText(5_000);
    const file = await bad.put(dir, 'line.txt', text);
    const { files, errors } = await readBeside(dir, file);
    expect(errors).toEqual([]);
    const read = files.find((f) => f.file === file);
    if (read?.kind !== 'text') throw new Error('expected text');
    expect(read.lines.length).toBeGreaterThan(10);
    expect(read.lines.every((l) => l.line === 1 && l.text.length <= 312)).toBe(true);
    expect(read.lines.slice(0, -1).every((l) => l.text.endsWith('。'))).toBe(true);
    expect(read.lines.map((l) => l.text).join('')).toBe(text);
  });

  it('refuses --max-file-mb 0 once, before reading any file', async () => {
    const { dir } = await tempDir();
    const good = await bad.put(dir, 'good.txt', bad.GOOD_TEXT);
    await expect(readInputs([good], { overrides: { maxFileMb: 0 } })).rejects.toThrow('must be a positive number of megabytes');
  });
});

describe('cutLongLine(line, max)', () => {
  it('cutLongLine(line, max) cuts a line without sentence ends at a pause, else at max, and keeps surrogate pairs whole', () => {
    expect(cutLongLine('甲'.repeat(10), 4)).toEqual(['甲甲甲甲', '甲甲甲甲', '甲甲']);
    expect(cutLongLine('甲甲甲,乙乙乙乙', 5)).toEqual(['甲甲甲,', '乙乙乙乙']);
    const astral = '𠀀'.repeat(5); // 10 UTF-16 units
    expect(cutLongLine(astral, 3).join('')).toBe(astral);
    expect(cutLongLine(astral, 3).every((p) => !/[\ud800-\udbff]$/u.test(p))).toBe(true);
  });
});
