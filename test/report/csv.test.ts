import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/report/csv.ts';

describe('csv', () => {
  it('csvField(value) quotes only fields with a comma, quote or line break, doubling quotes', () => {
    expect(csvField('plain 文本')).toBe('plain 文本');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.5)).toBe('0.5');
  });

  it('toCsv(rows) starts with a BOM and ends every row with CRLF', () => {
    const csv = toCsv([['a', 'b'], ['1', '2']]);
    expect(csv).toBe('\uFEFFa,b\r\n1,2\r\n');
  });
});
