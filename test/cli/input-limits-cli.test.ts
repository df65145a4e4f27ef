import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as bad from '../../bench/bad-inputs.ts';
import type { OrgModel } from '../../src/model.ts';
import { cliWorkspace } from './cli-run.ts';

let work: string;
let dutylens: ReturnType<typeof cliWorkspace>['dutylens'];

beforeAll(async () => {
  ({ work, dutylens } = cliWorkspace('dutylens-limits-', { 'seeds/001_94b0fa48ae8414f2.txt': '001.txt' }));
  writeFileSync(join(work, 'good.txt'), bad.GOOD_TEXT);
  writeFileSync(join(work, 'span.docx'), await bad.gridSpanDocx(200_000_000));
  writeFileSync(join(work, 'quote.csv'), bad.unbalancedQuoteCsv(50, 7));
  writeFileSync(join(work, 'rows.csv'), bad.unbalancedQuoteCsv(8_500, -1));
  bad.makeFifo(join(work, 'pipe.txt'));
});

describe('dutylens with bad inputs', () => {
  it('extract names each bad input on one line and still reads the good file', () => {
    const r = dutylens('extract', 'span.docx', 'pipe.txt', 'quote.csv', 'rows.csv', 'good.txt', '--max-file-mb', '1', '-o', 'out.json');
    const lines = r.stderr.split('\n');
    for (const [file, words] of [
      ['span.docx', 'a table cell spans 200,000,000 columns, over the limit of 256 columns; raise the limits with --max-file-mb (now 1)'],
      ['pipe.txt', 'a named pipe (FIFO), not a regular file: skipped'],
      ['quote.csv', 'line 8: a quote opens a cell and never closes'],
      ['rows.csv', '8,501 rows, over the limit of 7,813 rows; raise the limits with --max-file-mb (now 1)'],
    ]) {
      expect(lines.filter((l) => l.includes(`${file}: ${words}`)), r.stderr).toHaveLength(1);
    }
    const model = JSON.parse(readFileSync(join(work, 'out.json'), 'utf8')) as OrgModel;
    expect(model.duties.map((d) => d.text)).toEqual(['负责公司预算编制和执行监督。', '负责会计核算和财务报告。']);
  });
});

describe('dutylens analyze twice', () => {
  it('two identical runs write byte-identical files, report.xlsx included', () => {
    const reporters = ['--reporters', 'html,json,csv,xlsx,md'];
    for (const out of ['run-a', 'run-b']) expect(dutylens('analyze', '001.txt', '-o', out, ...reporters, '-q').code).toBe(0);
    const names = readdirSync(join(work, 'run-a')).sort();
    expect(names).toEqual(expect.arrayContaining(['index.html', 'result.json', 'pairs.csv', 'matrix.csv', 'report.xlsx', 'summary.md']));
    expect(readdirSync(join(work, 'run-b')).sort()).toEqual(names);
    const differ = names.filter((n) => !readFileSync(join(work, 'run-a', n)).equals(readFileSync(join(work, 'run-b', n))));
    expect(differ).toEqual([]);
  });
});
