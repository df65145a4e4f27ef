import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode.ts';
import { readInput } from '../../src/ingest/read-inputs.ts';
import { textToLines } from '../../src/ingest/text-lines.ts';
import { InputError } from '../../src/util/errors.ts';
import { tempDir } from './temp-dir.ts';

const SAMPLE = '一、部门职责\n1、负责公司财务管理。\n2、協助審計工作。\n';

/** UTF-16 bytes with a BOM, built by hand so the test does not trust the decoder under test. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [hi, lo] = [code >> 8, code & 0xff];
    out.set(endian === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return out;
}

/** The InputError a call throws, or fails the test. */
function inputErrorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('decodeText(bytes, file)', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(Buffer.from(SAMPLE, 'utf8'), 'a.txt')).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]);
    expect(decodeText(bytes, 'a.txt')).toEqual({ text: SAMPLE, encoding: 'utf-8-bom' });
  });

  it('reads GBK (as GB18030) written by iconv-lite', () => {
    const simplified = '一、部门职责\n1、负责公司财务管理。\n';
    const bytes = iconv.encode(simplified, 'gbk');
    expect(decodeText(bytes, 'a.txt')).toEqual({ text: simplified, encoding: 'gb18030' });
  });

  it('reads GB18030 characters outside GBK', () => {
    const text = '负责𠀀号文件归档';
    expect(decodeText(iconv.encode(text, 'gb18030'), 'a.txt')).toEqual({ text, encoding: 'gb18030' });
  });

  it('reads UTF-16 LE with a BOM', () => {
    expect(decodeText(utf16(SAMPLE, 'le'), 'a.txt')).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
  });

  it('reads UTF-16 BE with a BOM', () => {
    expect(decodeText(utf16(SAMPLE, 'be'), 'a.txt')).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('refuses an empty file', () => {
    const error = inputErrorOf(() => decodeText(new Uint8Array(0), 'empty.txt'));
    expect(error.toLine()).toBe('empty.txt: empty file');
  });

  it('refuses a whitespace-only file, in any encoding', () => {
    expect(inputErrorOf(() => decodeText(Buffer.from(' \n\t\r\n　'), 'blank.txt')).message).toBe('empty file');
    expect(inputErrorOf(() => decodeText(utf16('  \n', 'le'), 'blank.txt')).message).toBe('empty file');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const error = inputErrorOf(() => decodeText(Uint8Array.from([0x81, 0x20, 0xff, 0xfe, 0x80]), 'bad.txt'));
    expect(error.toLine()).toBe('bad.txt: cannot decode: not UTF-8, UTF-16 or GB18030 text');
  });

  it('refuses binary junk with NUL bytes and no UTF-16 BOM', () => {
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(inputErrorOf(() => decodeText(bytes, 'x.txt')).message).toMatch(/^cannot decode/);
  });

  it('drops the Ctrl-Z an old DOS editor puts at the end of a GBK file', () => {
    const bytes = Buffer.concat([iconv.encode('负责档案管理\r\n', 'gbk'), Buffer.from([0x1a])]);
    expect(decodeText(bytes, 'a.txt')).toEqual({ text: '负责档案管理\r\n', encoding: 'gb18030' });
  });

  it('refuses ASCII with control characters no text file has', () => {
    expect(inputErrorOf(() => decodeText(Uint8Array.from([0x41, 0x01, 0x02, 0x42]), 'x.txt')).message).toMatch(/^cannot decode/);
  });
});

describe('textToLines(text)', () => {
  it('numbers lines from 1, keeps blank lines and reads CRLF, CR and LF', () => {
    expect(textToLines('a\r\n\r\nb\rc\n')).toEqual([
      { text: 'a', line: 1 },
      { text: '', line: 2 },
      { text: 'b', line: 3 },
      { text: 'c', line: 4 },
    ]);
  });
});

describe('readInput(file) for plain text', () => {
  it('reads a GBK .txt into numbered lines and names the encoding', async () => {
    const { write } = await tempDir();
    const file = await write('职责.txt', iconv.encode('综合部\r\n1、负责行政管理。\r\n', 'gbk'));
    expect(await readInput(file)).toEqual({
      kind: 'text',
      file,
      format: 'txt',
      encoding: 'gb18030',
      lines: [
        { text: '综合部', line: 1 },
        { text: '1、负责行政管理。', line: 2 },
      ],
    });
  });

  it('reads a .md as text', async () => {
    const { write } = await tempDir();
    const file = await write('a.md', '# 财务部\n- 负责预算\n');
    const read = await readInput(file);
    expect(read.kind === 'text' && read.format).toBe('md');
  });

  it('throws InputError for an empty .txt', async () => {
    const { write } = await tempDir();
    const file = await write('empty.txt', '');
    await expect(readInput(file)).rejects.toThrow(new InputError(file, 'empty file'));
  });
});
