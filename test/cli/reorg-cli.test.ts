import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from './cli-run.ts';
import { OrgModelSchema, type OrgModel, type Result } from '../../src/model.ts';

let work: string;
let dutylens: ReturnType<typeof cliWorkspace>['dutylens'];

beforeAll(() => {
  ({ work, dutylens } = cliWorkspace('dutylens-reorg-', {
    'seeds/003_805e8c79604db5b9.txt': 'notice.txt', 'test/fixtures/reorg/003-before.txt': 'before.txt',
    'test/fixtures/reorg/en-before.txt': 'en-before.txt',
    'test/fixtures/reorg/en-notice.txt': 'en-notice.txt',
  }));
});

describe('dutylens apply', () => {
  it('writes the organisation after the notice, as an org model that reads back', () => {
    const r = dutylens('apply', 'notice.txt', '--to', 'before.txt', '-o', 'after.yaml');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^15 events applied \(0 warnings\): 8 → 10 units, 15 duties → after\.yaml$/mu);
    const after = parseYaml(readFileSync(join(work, 'after.yaml'), 'utf8')) as OrgModel;
    expect(OrgModelSchema.safeParse(after).success).toBe(true);
    expect(after.units.map((u) => u.name)).not.toContain('固网与互联网增值业务部');
    expect(after.duties.filter((d) => d.movedFrom).length).toBe(7);
    // The written model is an input like any other.
    expect(dutylens('analyze', 'after.yaml', '-o', 'after-report', '--reporters', 'json').code).toBe(0);
  });

  it('applies an English notice: a merge under a new name, an abolition and a move of the abolished unit\u2019s work', () => {
    const r = dutylens('apply', 'en-notice.txt', '--to', 'en-before.txt', '-o', 'en-after.yaml');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^3 events applied \(1 warnings\): 3 → 1 units, 5 duties → en-after\.yaml$/mu);
    expect(r.stderr).toContain('1 duty of Tourism Department goes with it');
    const after = parseYaml(readFileSync(join(work, 'en-after.yaml'), 'utf8')) as OrgModel;
    expect(after.units.map((u) => u.name)).toEqual(['Department of Parks and Leisure']);
    const moved = after.duties.find((d) => d.movedFrom?.unitName === 'Tourism Department');
    expect(moved?.text).toBe('Run the visitor information centre.');
  });

  it('a notice with no events, and an apply onto an empty model, each exit 2 with one line', () => {
    writeFileSync(join(work, 'plain.txt'), '部门职责\n一、综合部\n1、负责公文管理。\n');
    const none = dutylens('apply', 'plain.txt', '--to', 'before.txt', '-o', 'x.yaml');
    expect(none.code).toBe(2);
    expect(none.stderr.trim()).toBe('dutylens: plain.txt: no change events found (no 撤销, 成立, 更名为, 划入, 整合…组建 … sentence); nothing to apply');
    writeFileSync(join(work, 'empty.yaml'), 'orgModelVersion: 2\ntool: {name: dutylens, version: "0"}\ndocuments: []\nunits: []\nduties: []\n');
    const empty = dutylens('apply', 'notice.txt', '--to', 'empty.yaml', '-o', 'x.yaml');
    expect(empty.code).toBe(2);
    expect(empty.stderr.trim()).toBe('dutylens: empty.yaml: the organisation to apply the notice to is empty (no units); give its org model or duty documents with --to');
    expect(existsSync(join(work, 'x.yaml'))).toBe(false);
  });

  it('an event naming a unit that does not exist is a warning naming the event; the rest is applied', () => {
    writeFileSync(join(work, 'n2.txt'), '关于调整的通知\n撤销人事部。\n市场拓展部更名为市场部。\n');
    const r = dutylens('apply', 'n2.txt', '--to', 'before.txt', '-o', 'n2.yaml');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: event 1 (abolish 人事部 → —, n2.txt:2): no unit 人事部 in the organisation; nothing abolished');
    expect(readFileSync(join(work, 'n2.yaml'), 'utf8')).toContain('name: 市场部');
  });
});

describe('dutylens analyze --before --after', () => {
  it('reports both organisations\u2019 difference with a reorganisation section and the changes of dutylens diff', () => {
    const r = dutylens('analyze', '--before', 'before.txt', '--after', 'notice.txt', '-o', 'reorg', '--reporters', 'html,json,md');
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(readFileSync(join(work, 'reorg', 'result.json'), 'utf8')) as Result;
    expect(result.reorganisation!.events).toHaveLength(15);
    expect(result.reorganisation!.units.find((u) => u.before === '固网与互联网增值业务部')).toMatchObject({ after: null, change: 'abolished' });
    expect(result.changes!.duties.some((c) => c.kind === 'moved')).toBe(true);
    const html = readFileSync(join(work, 'reorg', 'index.html'), 'utf8');
    expect(html).toContain('id="reorganisation"');
    expect(html).toContain('<td>固网与互联网增值业务部</td>');
  });

  it('--before without --after is bad input', () => {
    expect(dutylens('analyze', '--before', 'before.txt', '-o', 'x').code).toBe(2);
  });
});
