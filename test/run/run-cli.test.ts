import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Changes, Result } from '../../src/model.ts';
import type { History } from '../../src/run/history.ts';
import { cli, hashTree, readJson, REPO, workspace } from './cli-workspace.ts';

const SEED = '001_94b0fa48ae8414f2.txt';
const seedText = () => readFileSync(join(REPO, 'seeds', SEED));
const JOB = 'name: one\ninputs: [../docs]\n';
const DAY1 = { DUTYLENS_NOW: '2030-01-01T08:00:00Z' };
const DAY2 = { DUTYLENS_NOW: '2030-01-02T08:00:00Z' };

/** Replaces one exact passage of the document (and fails loudly if the seed no longer has it). */
function edit(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

async function latestResult(ws: string, job: string): Promise<Result> {
  return readJson<Result>(join(ws, 'reports', job, 'latest', 'result.json'));
}

describe('dutylens run: edited documents', () => {
  it('reports a moved duty and a copied duty\'s new overlap, and nothing for a renumbered list', async () => {
    const ws = await workspace({ [`docs/${SEED}`]: seedText(), 'analysis/one.yaml': JOB });
    const first = await cli(ws, ['run', 'analysis/one.yaml', '-q'], DAY1);
    expect(first.code, first.stderr).toBe(0);

    let text = readFileSync(join(ws, 'docs', SEED), 'utf8');
    // Move: one of 招商部's duties goes to the end of 营销部's list.
    text = edit(text, '、配合项目整体运营,完成清退商品的调整招商;', '');
    text = edit(text, '渠道商大客户的开发与维护。人员构架', '渠道商大客户的开发与维护。 配合项目整体运营,完成清退商品的调整招商。人员构架');
    // Copy: one of 招商部's duties is also written into 营销部's list.
    text = edit(text, '分析商城商品买卖走向,并及时做出分析报告。', '分析商城商品买卖走向,并及时做出分析报告。 收集、整理品牌、商家资料,建立储备商源库,并及时更新。');
    // Renumber: 市场拓展部专员's list goes from 1、 to (1).
    text = edit(text, '1、 负责目标任务的完成2、 维护客户关系3、 完成各项报表4、 完全服从部门工作安排', '(1) 负责目标任务的完成(2) 维护客户关系(3) 完成各项报表(4) 完全服从部门工作安排');
    await writeFile(join(ws, 'docs', SEED), text);
    const inputsBefore = await hashTree(join(ws, 'docs'));

    const second = await cli(ws, ['run', 'analysis/one.yaml', '--json'], DAY2);
    expect(second.code, second.stderr).toBe(0);
    expect(await hashTree(join(ws, 'docs'))).toEqual(inputsBefore);
    const line = JSON.parse(second.stdout);
    expect(line).toMatchObject({ job: 'one', status: 'ran', changes: { moved: 1, added: 1, removed: 0, reworded: 0, resolvedConflicts: 0 } });

    const changes = (await latestResult(ws, 'one')).changes as Changes;
    expect(changes.duties.map((c) => [c.kind, c.before?.unitPath.join('/') ?? null, c.after?.unitPath.join('/') ?? null])).toEqual([
      ['moved', '招商部', '营销部'],
      ['added', null, '营销部'],
    ]);
    // Every conflict change comes from the copy: it duplicates 招商部's duty (the new overlap the
    // edit made) and carries along whatever that duty already overlapped. The move and the
    // renumbering change no conflict.
    expect(line.changes.newConflicts).toBe(changes.pairs.length);
    for (const p of changes.pairs) {
      expect(p).toMatchObject({ kind: 'new', before: null });
      expect([p.a, p.b].some((d) => d.unitPath.join('/') === '营销部' && d.text.includes('建立储备商源库'))).toBe(true);
    }
    const copy = changes.pairs.find((p) => [p.a, p.b].map((d) => d.unitPath.join('/')).sort().join() === '招商部,营销部');
    expect(copy?.after).toBe('duplicate');
    expect(changes.gaps).toEqual([]);
    const md = await readFile(join(ws, 'reports', 'one', 'latest', 'changes.md'), 'utf8');
    expect(md).toContain('招商部 → 001_94b0fa48ae8414f2 › 营销部');
    expect(md).not.toContain('市场拓展部专员');
  }, 120_000);
});

describe('dutylens run: repeat runs, latest and history', () => {
  it('prints "no changes" for an unchanged second run of the seeds job, and keeps one run in history', async () => {
    const job = readFileSync(join(REPO, 'analysis', 'seeds.yaml'), 'utf8').replace('output: reports/seeds', 'output: out/seeds');
    const seedFiles = Object.fromEntries((await readdir(join(REPO, 'seeds'))).map((f) => [`seeds/${f}`, readFileSync(join(REPO, 'seeds', f))]));
    const ws = await workspace({
      ...seedFiles,
      'analysis/seeds.yaml': job,
      'analysis/catalogues/marketing-department.yaml': readFileSync(join(REPO, 'analysis', 'catalogues', 'marketing-department.yaml')),
    });
    const first = await cli(ws, ['run', 'analysis/seeds.yaml'], DAY1);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('report: out/seeds/latest/index.html');
    expect(first.stderr).toMatch(/^seeds: read 5 files: \d+ units, \d+ duties, \d+% of the text used; 0 files yielded nothing$/m);
    const firstReadings = (await readJson<Result>(join(ws, 'out', 'seeds', 'latest', 'result.json'))).readings;
    expect(firstReadings).toHaveLength(5);
    const second = await cli(ws, ['run', 'analysis/seeds.yaml'], DAY2);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^seeds: no changes since run 20300101T080000Z-[0-9a-f]{8}$/m);

    const history = await readJson<History>(join(ws, 'out', 'seeds', 'history.json'));
    expect(history.runs).toHaveLength(1);
    const runId = history.runs[0].runId;
    expect(readlinkSync(join(ws, 'out', 'seeds', 'latest'))).toBe(runId);
    const files = (await readdir(join(ws, 'out', 'seeds', runId))).sort();
    // The marker says the folder is dutylens's output: never read as input, and replaceable.
    expect(files).toEqual(['.dutylens-output', 'changes.md', 'index.en.html', 'index.html', 'matrix.csv', 'pairs.csv', 'report.xlsx', 'result.json', 'summary.md']);
    const result = await readJson<Result>(join(ws, 'out', 'seeds', 'latest', 'result.json'));
    expect(result.options.catalogue).toBe('analysis/catalogues/marketing-department.yaml');
    expect(result.trend).toBeUndefined(); // a first run has no trend: its result.json is what analyze writes

    // One document edited: only it is parsed again, the others come from the cache.
    await writeFile(join(ws, 'seeds', SEED), `${readFileSync(join(ws, 'seeds', SEED), 'utf8')}\n`);
    const third = await cli(ws, ['run', 'analysis/seeds.yaml', '--json'], DAY2);
    expect(third.code, third.stderr).toBe(0);
    expect(JSON.parse(third.stdout)).toMatchObject({ status: 'ran', inputs: { files: 5, parsed: 1, cached: 4 } });
    // The cache keeps each file's reading: the files taken from it read as they did (the edit added a blank line only).
    expect((await readJson<Result>(join(ws, 'out', 'seeds', 'latest', 'result.json'))).readings).toEqual(firstReadings);
  }, 240_000);
});

describe('dutylens run: an interrupted run', () => {
  it('leaves the previous report and history intact when killed during analysis, and the next run succeeds', async () => {
    const seedFiles = Object.fromEntries((await readdir(join(REPO, 'seeds'))).map((f) => [`docs/${f}`, readFileSync(join(REPO, 'seeds', f))]));
    const ws = await workspace({ ...seedFiles, 'analysis/all.yaml': 'name: all\ninputs: [../docs]\nreport: { reporters: [json, md] }\n' });
    const first = await cli(ws, ['run', 'analysis/all.yaml'], DAY1);
    expect(first.code, first.stderr).toBe(0);
    const out = join(ws, 'reports', 'all');
    const historyBefore = await readFile(join(out, 'history.json'), 'utf8');
    const latestBefore = readlinkSync(join(out, 'latest'));
    const reportBefore = await hashTree(join(out, latestBefore));

    await writeFile(join(ws, 'docs', SEED), `${readFileSync(join(ws, 'docs', SEED), 'utf8')}\n营销部补充职责:负责年度营销预算的编制。\n`);
    // Non-TTY progress prints one line per stage; kill as soon as the analysis has begun.
    const killed = await cli(ws, ['run', 'analysis/all.yaml'], DAY2, (stderr, child) => {
      if (/all: (categorise|terms)/.test(stderr)) child.kill('SIGKILL');
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(join(out, '.lock'))).toBe(true);
    expect(await readFile(join(out, 'history.json'), 'utf8')).toBe(historyBefore);
    expect(readlinkSync(join(out, 'latest'))).toBe(latestBefore);
    expect(await hashTree(join(out, latestBefore))).toEqual(reportBefore);

    const next = await cli(ws, ['run', 'analysis/all.yaml', '--json'], DAY2);
    expect(next.code, next.stderr).toBe(0);
    expect(JSON.parse(next.stdout)).toMatchObject({ status: 'ran' });
    const history = await readJson<History>(join(out, 'history.json'));
    expect(history.runs).toHaveLength(2);
    expect(readlinkSync(join(out, 'latest'))).toBe(history.runs[1].runId);
    expect(existsSync(join(out, '.lock'))).toBe(false);
    expect((await readdir(out)).filter((n) => n.includes('.tmp-'))).toEqual([]);
    expect((await latestResult(ws, 'all')).trend?.map((t) => t.runId)).toEqual([latestBefore]);
  }, 180_000);
});

describe('dutylens run: exit codes', () => {
  it('exits 0 when the run completes and its gates pass, 1 when a gate fails', async () => {
    const ws = await workspace({ [`docs/${SEED}`]: seedText(), 'analysis/one.yaml': `${JOB}gates: ['conflicts>1000']\n` });
    const ok = await cli(ws, ['run', 'analysis/one.yaml', '--json'], DAY1);
    expect(ok.code, ok.stderr).toBe(0);
    const conflicts = JSON.parse(ok.stdout).figures.openConflicts as number;
    expect(conflicts).toBeGreaterThan(0);
    const failed = await cli(ws, ['run', 'analysis/one.yaml', '--fail-on', `conflicts>${conflicts - 1}`], DAY1);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`gate conflicts>${conflicts - 1} failed (${conflicts})`);
  }, 120_000);

  it('does not count accepted findings against a gate until the acceptance expires', async () => {
    const ws = await workspace({ [`docs/${SEED}`]: seedText(), 'analysis/one.yaml': JOB });
    const first = await cli(ws, ['run', 'analysis/one.yaml', '--json'], DAY1);
    const conflicts = JSON.parse(first.stdout).figures.openConflicts as number;
    const result = await latestResult(ws, 'one');
    const pair = result.pairs.find((p) => p.conflict)!;
    const unitOf = (dutyId: string) => {
      const duty = result.duties.find((d) => d.id === dutyId)!;
      return result.units.find((u) => u.id === duty.unitId)!.path.join('/');
    };
    const text = (id: string) => JSON.stringify(result.duties.find((d) => d.id === id)!.text);
    await writeFile(
      join(ws, 'analysis', 'one.yaml'),
      `${JOB}accepted:\n  - units: [${JSON.stringify(unitOf(pair.a))}, ${JSON.stringify(unitOf(pair.b))}]\n    duties: [${text(pair.a)}, ${text(pair.b)}]\n    owner: 王五\n    reason: 经理与主管分工已在制度中写明\n    expires: 2030-01-31\n`,
    );
    const gate = ['--fail-on', `conflicts>${conflicts - 1}`];
    const accepted = await cli(ws, ['run', 'analysis/one.yaml', ...gate], DAY2);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect((await latestResult(ws, 'one')).pairs.find((p) => p.a === pair.a && p.b === pair.b)?.acceptance).toMatchObject({ owner: '王五', expired: false });
    const expired = await cli(ws, ['run', 'analysis/one.yaml', ...gate], { DUTYLENS_NOW: '2030-02-01T08:00:00Z' });
    expect(expired.code).toBe(1);
    expect((await latestResult(ws, 'one')).pairs.find((p) => p.a === pair.a && p.b === pair.b)?.acceptance?.expired).toBe(true);
  }, 120_000);

  it('keeps a decided owner from the job\'s owners register on every run, over the suggestion', async () => {
    const ws = await workspace({ [`docs/${SEED}`]: seedText(), 'analysis/one.yaml': JOB });
    expect((await cli(ws, ['run', 'analysis/one.yaml', '-q'], DAY1)).code).toBe(0);
    const result = await latestResult(ws, 'one');
    const pair = result.pairs.find((p) => p.conflict && p.owner)!;
    const unitOf = (dutyId: string) => result.units.find((u) => u.id === result.duties.find((d) => d.id === dutyId)!.unitId)!;
    // The register names the unit the suggestion did not pick (or the first unit of a tie).
    const other = pair.owner!.lead === unitOf(pair.a).id ? unitOf(pair.b) : unitOf(pair.a);
    const text = (id: string) => JSON.stringify(result.duties.find((d) => d.id === id)!.text);
    await writeFile(
      join(ws, 'analysis', 'one.yaml'),
      `${JOB}owners:\n  - units: [${JSON.stringify(unitOf(pair.a).path.join('/'))}, ${JSON.stringify(unitOf(pair.b).path.join('/'))}]\n    duties: [${text(pair.a)}, ${text(pair.b)}]\n    lead: ${JSON.stringify(other.path.join('/'))}\n    by: 王五\n    reason: 部门会议决定\n`,
    );
    for (const day of [DAY1, DAY2]) {
      const run = await cli(ws, ['run', 'analysis/one.yaml', '-q'], day);
      expect(run.code, run.stderr).toBe(0);
      const owner = (await latestResult(ws, 'one')).pairs.find((p) => p.a === pair.a && p.b === pair.b)?.owner;
      expect(owner?.override).toEqual({ lead: other.id, support: null, by: '王五', reason: '部门会议决定' });
      expect(owner?.lead).toBe(pair.owner!.lead);
    }
  }, 120_000);

  it('exits 2 when no input yields duties, naming each file that yielded nothing once, before the run\'s own line', async () => {
    const ws = await workspace({ 'docs/notes.txt': '会议纪要\n今天天气很好,大家按时到会。\n', 'docs/scan.pdf': '%PDF-1.4\n', 'analysis/one.yaml': JOB });
    const run = await cli(ws, ['run', 'analysis/one.yaml'], DAY1);
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n').filter((l) => !/^one: \w+ \(\d+\)$/.test(l) && l !== '');
    expect(lines).toEqual([
      'dutylens: docs/scan.pdf: PDF is not supported yet: convert it to .docx or .txt',
      'warning: docs/notes.txt: no duties found; see why with: dutylens extract docs/notes.txt --explain',
      'dutylens: analysis/one.yaml: no input yielded any duties (1 file read); see why with: dutylens extract FILE --explain',
    ]);
    expect(existsSync(join(ws, 'reports', 'one', 'latest'))).toBe(false);
  }, 60_000);

  it('names a file that yielded nothing once among the others, and keeps it in the result\'s readings', async () => {
    const ws = await workspace({ [`docs/${SEED}`]: seedText(), 'docs/notes.txt': '会议纪要\n今天天气很好,大家按时到会。\n', 'analysis/one.yaml': JOB });
    const run = await cli(ws, ['run', 'analysis/one.yaml'], DAY1);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.match(/docs\/notes\.txt: no duties found/g)).toHaveLength(1);
    expect(run.stderr).toMatch(/^one: read 2 files: \d+ units, \d+ duties, \d+% of the text used; 1 file yielded nothing$/m);
    const readings = (await latestResult(ws, 'one')).readings!;
    expect(readings.map((r) => [r.file, r.duties > 0])).toEqual([[`docs/${SEED}`, true], ['docs/notes.txt', false]]);
    const html = await readFile(join(ws, 'reports', 'one', 'latest', 'index.html'), 'utf8');
    expect(html).toContain('<code>dutylens extract docs/notes.txt --explain</code>');
    const quiet = await cli(ws, ['run', 'analysis/one.yaml', '--force', '-q'], DAY2);
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).toBe('');
  }, 120_000);

  it('exits 2 for a wrong job file, naming every wrong field', async () => {
    const ws = await workspace({ 'analysis/bad.yaml': 'name: bad\ninputs: [../missing]\noptions: { overlapThreshold: 3 }\ngates: [often]\n' });
    const run = await cli(ws, ['run', 'analysis/bad.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('dutylens: analysis/bad.yaml: options.overlapThreshold:');
    expect(run.stderr).toContain('dutylens: analysis/bad.yaml: gates[0]: "often" is not a gate');
    const json = await cli(ws, ['run', 'analysis/bad.yaml', '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ status: 'error', exitCode: 2 });
  }, 60_000);

  it('exits 2 for inputs that name nothing and for an output folder outside the workspace', async () => {
    const ws = await workspace({
      'analysis/gone.yaml': 'name: gone\ninputs: [../missing]\n',
      'analysis/out.yaml': `name: out\ninputs: [../docs]\noutput: ../../elsewhere\n`,
      [`docs/${SEED}`]: seedText(),
    });
    const gone = await cli(ws, ['run', 'analysis/gone.yaml']);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain('analysis/gone.yaml: inputs[0]: ../missing: no such file or folder');
    const outside = await cli(ws, ['run', 'analysis/out.yaml']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/output folder \.\.\/\.\.\/elsewhere is outside the workspace.*--allow-outside/);
    expect(existsSync(join(ws, '..', '..', 'elsewhere'))).toBe(false);
  }, 60_000);
});

describe('dutylens diff old new', () => {
  it('prints changes.md, or the Changes JSON with --json', async () => {
    const ws = await workspace({ [`docs/${SEED}`]: seedText(), 'analysis/one.yaml': JOB });
    await cli(ws, ['run', 'analysis/one.yaml', '-q'], DAY1);
    const old = join('reports', 'one', readlinkSync(join(ws, 'reports', 'one', 'latest')), 'result.json');
    const text = readFileSync(join(ws, 'docs', SEED), 'utf8');
    await writeFile(join(ws, 'docs', SEED), edit(text, '4、负责到访客户的接待工作。', '4、负责到访客户和来宾的接待工作。'));
    await cli(ws, ['run', 'analysis/one.yaml', '-q'], DAY2);
    const md = await cli(ws, ['diff', old, 'reports/one/latest/result.json', '--lang', 'en']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('- **reworded** 001_94b0fa48ae8414f2 › 市场拓展部 › 市场拓展部主管: “负责到访客户的接待工作。” → “负责到访客户和来宾的接待工作。”');
    const json = await cli(ws, ['diff', old, 'reports/one/latest/result.json', '--json']);
    expect((JSON.parse(json.stdout) as Changes).duties.map((c) => c.kind)).toEqual(['reworded']);
  }, 120_000);
});
