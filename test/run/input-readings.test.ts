import { describe, expect, it } from 'vitest';
import { InputReadingSchema } from '../../src/model.ts';
import { parseText } from '../../src/parse/parse-text.ts';
import { readingTotals } from '../../src/report/reading-totals.ts';
import { inputReading, nothingReadWarning } from '../../src/run/input-readings.ts';
import { mergeParsed, parseIngested, type LoadedParse } from '../../src/run/load.ts';

const lines = (texts: readonly string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const textParse = (file: string, texts: readonly string[]): LoadedParse => parseIngested({ kind: 'text', file, format: 'txt', encoding: 'utf-8', lines: lines(texts) }, {});
const DEPARTMENT = ['市场部职责', '1、负责公司市场营销策划工作。', '2、负责品牌宣传和广告投放管理。'];

describe('inputReading(file, parsed, fromModel)', () => {
  it('inputReading records a text file\'s units, duties, characters and share used, with the parser\'s left-out lines and why', () => {
    const texts = [...DEPARTMENT, '', '今天大家都说天气很好。'];
    const parsed = textParse('docs/market.txt', texts);
    const reading = inputReading('docs/market.txt', parsed, false);
    expect(InputReadingSchema.safeParse(reading).success).toBe(true);
    expect(reading).toMatchObject({ file: 'docs/market.txt', format: 'text', units: parsed.units.length, duties: 2, moreLeftOut: 0 });
    expect(reading.characters).toBe(texts.join('').length);
    expect(reading.used).toBe(Math.round(parsed.reading!.used * 1e4) / 1e4);
    expect(reading.used).toBeGreaterThan(0.5);
    expect(reading.leftOut).toEqual(parsed.reading!.leftOut);
    expect(reading.leftOut.length).toBeGreaterThan(0);
  });

  it('inputReading keeps the first 200 left-out lines, each cut to 200 characters, and counts the rest', () => {
    const noise = Array.from({ length: 250 }, (_, i) => `今天第${i}次闲聊,大家都说天气很好${'。'.repeat(i === 0 ? 200 : 1)}`);
    const reading = inputReading('notes.txt', textParse('notes.txt', noise), false);
    expect(reading.duties).toBe(0);
    expect(reading.leftOut).toHaveLength(200);
    expect(reading.moreLeftOut).toBe(50);
    expect([...reading.leftOut[0].text]).toHaveLength(200);
    expect(reading.leftOut[0].text.endsWith('…')).toBe(true);
    expect(reading.leftOut[1]).toMatchObject({ line: 2, text: '今天第1次闲聊,大家都说天气很好。' });
  });

  it('inputReading gives a table and an org model their units and duties, and no line detail', () => {
    const table = parseIngested({ kind: 'table', file: 'roles.xlsx', format: 'xlsx', columns: { unit: ['部门'], duty: '职责' }, rows: [{ path: ['财务部'], duty: '负责会计核算。', line: 2 }] }, {});
    expect(inputReading('roles.xlsx', table, false)).toEqual({ file: 'roles.xlsx', format: 'table', units: 1, duties: 1, characters: null, used: null, leftOut: [], moreLeftOut: 0 });
    const model = parseIngested({ kind: 'model', file: 'org.yaml', format: 'yaml', model: { orgModelVersion: 1, tool: { name: 'dutylens', version: '0' }, documents: table.documents, units: table.units, duties: table.duties } }, {});
    expect(inputReading('org.yaml', model, true)).toMatchObject({ format: 'model', units: 1, duties: 1, used: null, leftOut: [] });
  });
});

describe('mergeParsed(parts, grouping) and the files that yielded nothing', () => {
  it('mergeParsed records a reading per input, in input order, and names a file that yielded nothing once', () => {
    const market = textParse('market.txt', DEPARTMENT);
    const notes = textParse('notes.txt', ['今天大家都说天气很好。']);
    const emptyTable = parseIngested({ kind: 'table', file: 'empty.csv', format: 'csv', columns: { unit: ['部门'], duty: '职责' }, rows: [] }, {});
    const { readings, warnings } = mergeParsed(
      [
        { file: 'notes.txt', parsed: notes, fromModel: false },
        { file: 'market.txt', parsed: market, fromModel: false },
        { file: 'empty.csv', parsed: emptyTable, fromModel: false },
      ],
      { named: [], defaultName: 'all' },
    );
    expect(readings.map((r) => [r.file, r.duties])).toEqual([['notes.txt', 0], ['market.txt', 2], ['empty.csv', 0]]);
    expect(warnings.filter((w) => w.startsWith('notes.txt:'))).toEqual(['notes.txt: no duties found; see why with: dutylens extract notes.txt --explain']);
    expect(warnings.filter((w) => w.startsWith('empty.csv:'))).toHaveLength(1);
    expect(warnings.some((w) => w.startsWith('market.txt:'))).toBe(false);
  });

  it('nothingReadWarning names a text file the parser could not name (no text), and no file that yielded duties', () => {
    const blank = { ...parseText('blank.txt', lines(['   '])), characters: 0 };
    expect(blank.warnings).toEqual([]);
    expect(nothingReadWarning(inputReading('blank.txt', blank, false), blank)).toBe('blank.txt: the file holds no text; nothing to read');
    const market = textParse('market.txt', DEPARTMENT);
    expect(nothingReadWarning(inputReading('market.txt', market, false), market)).toBeNull();
  });
});

describe('readingTotals(readings)', () => {
  it('readingTotals weighs each text file\'s share used by its size, and lists the files that yielded nothing', () => {
    const totals = readingTotals([
      { file: 'a.txt', format: 'text', units: 3, duties: 10, characters: 300, used: 1, leftOut: [], moreLeftOut: 0 },
      { file: 'b.txt', format: 'text', units: 0, duties: 0, characters: 100, used: 0, leftOut: [{ line: 1, text: 'x', why: 'y' }], moreLeftOut: 4 },
      { file: 'c.xlsx', format: 'table', units: 2, duties: 5, characters: null, used: null, leftOut: [], moreLeftOut: 0 },
    ]);
    expect(totals).toMatchObject({ files: 3, units: 5, duties: 15, used: 0.75, leftOut: 5 });
    expect(totals.empty.map((r) => r.file)).toEqual(['b.txt']);
    expect(readingTotals([{ file: 'c.xlsx', format: 'table', units: 2, duties: 5, characters: null, used: null, leftOut: [], moreLeftOut: 0 }]).used).toBeNull();
  });
});
