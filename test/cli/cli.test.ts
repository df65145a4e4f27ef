import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from './cli-run.ts';
import type { OrgModel, Result } from '../../src/model.ts';
import { OrgModelSchema } from '../../src/model.ts';
import { readInput } from '../../src/ingest/read-inputs.ts';

let work: string;
let dutylens: ReturnType<typeof cliWorkspace>['dutylens'];

beforeAll(() => {
  ({ work, dutylens } = cliWorkspace('dutylens-cli-', { 'seeds/001_94b0fa48ae8414f2.txt': '001.txt', 'seeds/003_805e8c79604db5b9.txt': '003.txt' }));
});

describe('dutylens extract', () => {
  it('an input that yields no duties is named with a hint, and a run where nothing yields duties exits 2', () => {
    writeFileSync(join(work, 'notes.txt'), '会议纪要\n今天天气很好,大家按时到会。\n下次会议时间另行通知。\n');
    const extract = dutylens('extract', 'notes.txt', '-o', 'notes.yaml');
    expect(extract.code).toBe(2);
    expect(extract.stderr).toContain('notes.txt: no duties found; see why with: dutylens extract notes.txt --explain');
    expect(existsSync(join(work, 'notes.yaml'))).toBe(false);
    const analyze = dutylens('analyze', 'notes.txt', '-o', 'notes-report');
    expect(analyze.code).toBe(2);
    expect(analyze.stderr).toContain('no input yielded any duties');
    // Each is said once: the file by the parser's remark, the run by one line.
    expect(analyze.stderr.match(/notes\.txt: no duties found/g)).toHaveLength(1);
    expect(analyze.stderr.match(/no input yielded any duties|no duties found in the inputs/g)).toHaveLength(1);
    const explain = dutylens('extract', 'notes.txt', '--explain', '-o', 'notes.yaml');
    expect(explain.stderr).toMatch(/line 2: left out \(.+\): 今天天气很好/u);
  });

  it('extract --explain says why a line became a unit', () => {
    const r = dutylens('extract', '003.txt', '--explain', '-o', 'explained.yaml');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/003\.txt: \d+ units, \d+ duties, \d+% of the text used/u);
    expect(r.stderr).toMatch(/line \d+: unit ← /u);
  });

  it('extract writes an org model that reads back as the same model (round trip)', async () => {
    const r = dutylens('extract', '001.txt', '003.txt', '-o', 'org.yaml');
    expect(r.code, r.stderr).toBe(0);
    const written = parseYaml(readFileSync(join(work, 'org.yaml'), 'utf8')) as OrgModel;
    expect(OrgModelSchema.safeParse(written).success).toBe(true);
    const back = await readInput(join(work, 'org.yaml'));
    expect(back.kind).toBe('model');
    if (back.kind === 'model') expect(back.model).toEqual(written);
    const again = dutylens('extract', '001.txt', '003.txt', '-o', 'org2.yaml');
    expect(again.code).toBe(0);
    expect(readFileSync(join(work, 'org2.yaml'), 'utf8')).toBe(readFileSync(join(work, 'org.yaml'), 'utf8'));
  });

  it('a consultant corrects the model by editing it, and analyze uses the edit', () => {
    const model = parseYaml(readFileSync(join(work, 'org.yaml'), 'utf8')) as OrgModel;
    const manager = model.units.find((u) => u.name === '营销部经理')!;
    const credit = model.duties.find((d) => d.unitId === manager.id && d.normalized.includes('信用政策'))!;
    credit.role = 'support';
    writeFileSync(join(work, 'edited.yaml'), toYaml(model));
    const r = dutylens('analyze', 'edited.yaml', '-o', 'out-edited', '--reporters', 'json', '-q');
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(readFileSync(join(work, 'out-edited/result.json'), 'utf8')) as Result;
    const pair = result.pairs.find((p) => p.a === credit.id || p.b === credit.id);
    expect(pair?.relation).toBe('collaboration');
  });

  it('extract names a PDF as unsupported, still reads the other files, and exits 2', () => {
    writeFileSync(join(work, 'scan.pdf'), '%PDF-1.4\n');
    const r = dutylens('extract', 'scan.pdf', '001.txt', '-o', 'partial.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/scan\.pdf: PDF is not supported/);
    expect(existsSync(join(work, 'partial.yaml'))).toBe(true);
  });

  it('extract --strict stops at the first bad file', () => {
    const r = dutylens('extract', '--strict', 'scan.pdf', '001.txt', '-o', 'strict.yaml');
    expect(r.code).toBe(2);
    expect(existsSync(join(work, 'strict.yaml'))).toBe(false);
  });
});

describe('dutylens analyze and render', () => {
  it('analyze writes result.json and the report, and prints where the report is', () => {
    const r = dutylens('analyze', '001.txt', '-o', 'out');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/report: out\/index\.html/);
    for (const f of ['index.html', 'result.json', 'pairs.csv', 'matrix.csv', 'report.xlsx', 'summary.md']) {
      expect(existsSync(join(work, 'out', f)), f).toBe(true);
    }
  });

  it('analyze names a file that yielded nothing once, sums up how the inputs were read, and records it in result.json and summary.md', () => {
    writeFileSync(join(work, 'notes.txt'), '会议纪要\n今天天气很好,大家按时到会。\n下次会议时间另行通知。\n');
    const r = dutylens('analyze', 'notes.txt', '001.txt', '-o', 'out-read', '--reporters', 'json,md');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.match(/notes\.txt: no duties found; see why with: dutylens extract notes\.txt --explain/g)).toHaveLength(1);
    const line = /^read 2 files: (\d+) units, (\d+) duties, \d+% of the text used; 1 file yielded nothing$/m.exec(r.stderr);
    expect(line, r.stderr).not.toBeNull();
    const result = JSON.parse(readFileSync(join(work, 'out-read/result.json'), 'utf8')) as Result;
    expect(result.readings?.map((x) => [x.file, x.duties > 0])).toEqual([['notes.txt', false], ['001.txt', true]]);
    expect(result.readings?.[1]).toMatchObject({ units: Number(line![1]), duties: Number(line![2]) });
    expect(result.readings?.[0].leftOut.map((l) => l.text)).toContain('今天天气很好,大家按时到会。');
    expect(readFileSync(join(work, 'out-read/summary.md'), 'utf8')).toContain('`notes.txt`');
    const quiet = dutylens('analyze', 'notes.txt', '001.txt', '-o', 'out-read', '--reporters', 'json', '-q');
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).toBe('');
  });

  it('render re-renders a saved result without re-analysing, byte-identical', () => {
    const r = dutylens('render', 'out/result.json', '-o', 'rendered');
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(work, 'rendered/index.html'), 'utf8')).toBe(readFileSync(join(work, 'out/index.html'), 'utf8'));
  });

  it('render refuses a result whose schemaVersion it does not know', () => {
    const result = JSON.parse(readFileSync(join(work, 'out/result.json'), 'utf8'));
    writeFileSync(join(work, 'future.json'), JSON.stringify({ ...result, schemaVersion: 99 }));
    const r = dutylens('render', 'future.json', '-o', 'nope');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/future\.json: schemaVersion 99 is not one this dutylens knows/);
  });

  it('analyze of a missing path exits 2 naming it', () => {
    const r = dutylens('analyze', 'nowhere/', '-o', 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nowhere/);
  });

  it('analyze rejects a candidate threshold above the overlap threshold with exit code 2', () => {
    const r = dutylens('analyze', '001.txt', '--candidate-threshold', '0.6', '--overlap-threshold', '0.4');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--candidate-threshold: the candidate threshold must not exceed the overlap threshold/);
  });

  it('analyze rejects a threshold outside 0–1 with exit code 2', () => {
    const r = dutylens('analyze', '001.txt', '--overlap-threshold', '3');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--overlap-threshold: must be between 0 and 1/);
  });

  it('suggest-catalogue drafts a catalogue that loads back and is used by analyze without errors', () => {
    const r = dutylens('suggest-catalogue', '001.txt', '003.txt', '-o', 'draft.yaml', '--threshold', '0.4', '--min-size', '2');
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(work, 'draft.yaml'), 'utf8')).toMatch(/^# DRAFT/);
    const a = dutylens('analyze', '001.txt', '003.txt', '--catalogue', 'draft.yaml', '-o', 'out-draft', '--reporters', 'json', '-q');
    expect(a.code, a.stderr).toBe(0);
    const result = JSON.parse(readFileSync(join(work, 'out-draft/result.json'), 'utf8')) as Result;
    expect(result.coverage.length).toBeGreaterThan(0);
    expect(result.options.catalogue).toBe('draft.yaml');
  });
});
