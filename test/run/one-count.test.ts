import { readFileSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.ts';
import { dumpXlsx } from '../report/xlsx-dump.ts';
import { cli, readJson, REPO, workspace } from './cli-workspace.ts';

const DAY1 = { DUTYLENS_NOW: '2030-01-01T08:00:00Z' };
const DAY2 = { DUTYLENS_NOW: '2030-01-02T08:00:00Z' };
const SEEDS_JOB = readFileSync(join(REPO, 'analysis', 'seeds.yaml'), 'utf8');

/** The seeds and their job (with its catalogue) in a fresh workspace. */
async function seedsWorkspace(): Promise<string> {
  const files: Record<string, string | Uint8Array> = {
    'analysis/seeds.yaml': SEEDS_JOB,
    'analysis/catalogues/marketing-department.yaml': readFileSync(join(REPO, 'analysis', 'catalogues', 'marketing-department.yaml')),
  };
  for (const name of readdirSync(join(REPO, 'seeds'))) files[`seeds/${name}`] = readFileSync(join(REPO, 'seeds', name));
  return workspace(files);
}

describe('one count of findings', () => {
  it('with one accepted conflict, every output states the same open and accepted counts', async () => {
    const ws = await seedsWorkspace();
    const first = await cli(ws, ['run', 'analysis/seeds.yaml', '-q'], DAY1);
    expect(first.code, first.stderr).toBe(0);
    const before = await readJson<Result>(join(ws, 'reports', 'seeds', 'latest', 'result.json'));
    const pair = before.pairs.find((p) => p.conflict)!;
    const duty = (id: string) => before.duties.find((d) => d.id === id)!;
    const unitPath = (id: string) => before.units.find((u) => u.id === duty(id).unitId)!.path.join('/');
    await writeFile(
      join(ws, 'analysis', 'seeds.yaml'),
      SEEDS_JOB.replace(
        'accepted: []',
        `accepted:\n  - units: [${JSON.stringify(unitPath(pair.a))}, ${JSON.stringify(unitPath(pair.b))}]\n    duties: [${JSON.stringify(duty(pair.a).text)}, ${JSON.stringify(duty(pair.b).text)}]\n    owner: 王五\n    reason: 分工已在制度中写明\n    expires: 2030-12-31\n`,
      ),
    );
    const second = await cli(ws, ['run', 'analysis/seeds.yaml', '--json'], DAY2);
    expect(second.code, second.stderr).toBe(0);
    const latest = join(ws, 'reports', 'seeds', 'latest');
    const result = await readJson<Result>(join(latest, 'result.json'));
    const s = result.summary;
    const open = before.summary.conflicts - 1;
    expect(s.conflicts).toBe(open);
    expect(s.acceptedConflicts).toBe(1);
    expect(s.openByRelation[pair.relation]).toBe(before.summary.openByRelation[pair.relation] - 1);
    expect(s.acceptedByRelation[pair.relation]).toBe(1);
    // The organisations' summaries add up to the total.
    const sum = (key: 'conflicts' | 'acceptedConflicts' | 'gaps') => result.organisationSummaries.reduce((n, o) => n + o[key], 0);
    expect([sum('conflicts'), sum('acceptedConflicts'), sum('gaps')]).toEqual([s.conflicts, s.acceptedConflicts, s.gaps]);

    // --json
    const printed = JSON.parse(second.stdout);
    expect([printed.figures.openConflicts, printed.figures.conflicts, printed.figures.openGaps]).toEqual([s.conflicts, s.conflicts + 1, s.gaps]);

    // summary.md
    const md = await readFile(join(latest, 'summary.md'), 'utf8');
    expect(md).toContain(`- **交叉冲突: ${s.conflicts}** (+1 已接受) · 双牵头冲突: ${s.bothLeadConflicts} `);
    expect(md).toMatch(new RegExp(`^- 缺位: ${s.gaps}[ (—]`, 'm'));

    // changes.md
    const changes = await readFile(join(latest, 'changes.md'), 'utf8');
    expect(changes).toContain(`本次运行:未解决的冲突 ${s.conflicts}(另有已接受 1),未解决的缺位 ${s.gaps}。`);

    // index.html: the cards, the document table (its rows add up to the cards) and the trend's last point.
    const html = await readFile(join(latest, 'index.html'), 'utf8');
    const card = (name: string) => Number(new RegExp(`<div class="card[^"]*"><b>(\\d+)</b><span>${name}</span>`).exec(html)?.[1]);
    expect([card('交叉冲突'), card('已接受的冲突'), card('缺位')]).toEqual([s.conflicts, 1, s.gaps]);
    const front = html.slice(html.indexOf('<section class="front"'), html.indexOf('</section>', html.indexOf('<section class="front"')));
    const rows = [...front.matchAll(/<tr[^>]*><td class="num">\d+<\/td><td>.*?<\/tr>/g)].map((m) => [...m[0].matchAll(/<td class="num">(\d+)(?: <small class="meta">\+(\d+))?/g)]);
    expect(rows.length).toBe(result.organisations.length);
    expect(rows.reduce((n, cells) => n + Number(cells[3][1]), 0)).toBe(s.conflicts);
    expect(rows.reduce((n, cells) => n + Number(cells[3][2] ?? 0), 0)).toBe(1);
    const trendTitles = [...html.matchAll(/<title>本次: ([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(trendTitles).toEqual([`交叉冲突 ${s.conflicts}`, `缺位 ${s.gaps}`]);

    // report.xlsx: the overview's total row.
    const sheets = await dumpXlsx(await readFile(join(latest, 'report.xlsx')));
    const overview = sheets[0].rows;
    const head = overview[0] as string[];
    const total = overview.find((r) => r[0] === '合计')!;
    expect([total[head.indexOf('交叉冲突')], total[head.indexOf('已接受的冲突')], total[head.indexOf('缺位')]]).toEqual([s.conflicts, 1, s.gaps]);
  }, 180_000);
});
