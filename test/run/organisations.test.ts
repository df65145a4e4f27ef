import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Document, Packer, Paragraph, HeadingLevel } from 'docx';
import { stringify as toYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { OrgModel, Result } from '../../src/model.ts';
import { analyzeModel, DEFAULT_OPTIONS } from '../../src/run/analyze.ts';
import { loadModel, organisationPerPath } from '../../src/run/load.ts';
import { documentStems } from '../../src/util/ids.ts';
import { tempDir } from '../ingest/temp-dir.ts';
import { loadLexicon, loadRelationRules } from '../../src/run/resources.ts';

const BIN = resolve('bin/dutylens.js');
const SHARED = '负责公司年度预算的编制和执行监督。';

function dutylens(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A department's duty document as Word stores it: a heading and one paragraph per duty. */
async function departmentDocx(department: string, duties: readonly string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: `${department}职责`, heading: HeadingLevel.HEADING_1 }),
          ...duties.map((text, i) => new Paragraph(`${i + 1}、${text}`)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Four departments' files, one each; two share a file name in different folders. */
async function fourDepartments(): Promise<string> {
  const { dir, write } = await tempDir();
  await write('docs/财务部/部门职责.docx', await departmentDocx('财务部', [SHARED, '负责会计核算和财务报告的编制。', '负责资金管理和税务申报。']));
  await write('docs/人力资源部/部门职责.docx', await departmentDocx('人力资源部', ['负责员工招聘与入职培训。', '负责薪酬福利与绩效考核管理。', '负责劳动合同和人事档案管理。']));
  await write('docs/行政部职责.docx', await departmentDocx('行政部', [SHARED, '负责办公环境和后勤保障管理。', '负责公文收发和会议组织。']));
  await write('docs/采购部职责.docx', await departmentDocx('采购部', ['负责供应商的开发与评估。', '负责采购合同的谈判与签订。', '负责采购成本的分析与控制。']));
  return dir;
}

const analyse = async (model: OrgModel): Promise<Result> => analyzeModel(model, DEFAULT_OPTIONS, { lexicon: loadLexicon(), rules: loadRelationRules() });
const unitName = (result: Result, dutyId: string) => {
  const duty = result.duties.find((d) => d.id === dutyId)!;
  return result.units.find((u) => u.id === duty.unitId)!.name;
};

describe('the organisation as the scope of comparison', () => {
  it('dutylens analyze docs/ compares four departments’ .docx files as one organisation: a duty two files share is a conflict', async () => {
    const dir = await fourDepartments();
    const r = dutylens(dir, 'analyze', 'docs', '-o', 'out', '--reporters', 'json,html');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/already used/);
    const result = JSON.parse(readFileSync(join(dir, 'out/result.json'), 'utf8')) as Result;
    expect(result.documents.map((d) => d.id).sort()).toEqual(['人力资源部/部门职责', '行政部职责', '财务部/部门职责', '采购部职责']);
    expect(result.organisations).toEqual([{ id: 'docs', name: 'docs', documentIds: result.documents.map((d) => d.id) }]);
    expect(new Set(result.units.map((u) => u.name))).toEqual(new Set(['财务部', '人力资源部', '行政部', '采购部']));
    const shared = result.pairs.filter((p) => new Set([unitName(result, p.a), unitName(result, p.b)]).size === 2 && [p.a, p.b].every((id) => result.duties.find((d) => d.id === id)!.text.includes('年度预算')));
    expect(shared).toHaveLength(1);
    expect(new Set([unitName(result, shared[0].a), unitName(result, shared[0].b)])).toEqual(new Set(['财务部', '行政部']));
    expect(['duplicate', 'overlap']).toContain(shared[0].relation);
    expect(shared[0].conflict).toBe(true);
    expect(result.matrix).toHaveLength(1);
    expect(result.matrix[0].unitIds).toHaveLength(4);
    const html = readFileSync(join(dir, 'out/index.html'), 'utf8');
    for (const file of ['docs/财务部/部门职责.docx', 'docs/人力资源部/部门职责.docx']) expect(html).toContain(file);
  });

  it('a department described in two files is one unit for comparison: its two files\' duties are never paired, and each is compared with the other units', async () => {
    const dir = await fourDepartments();
    writeFileSync(join(dir, 'docs/人力资源部职责(2024修订).docx'), await departmentDocx('人力资源部', ['负责员工招聘与入职培训。', '负责劳动合同和人事档案管理。', SHARED]));
    const r = dutylens(dir, 'analyze', 'docs', '-o', 'out', '--reporters', 'json');
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(readFileSync(join(dir, 'out/result.json'), 'utf8')) as Result;
    expect(result.units.filter((u) => u.name === '人力资源部')).toHaveLength(2);
    expect(result.pairs.filter((p) => unitName(result, p.a) === unitName(result, p.b))).toEqual([]);
    // The revised 人力资源部 file shares the budget duty with 财务部 and 行政部: it is compared with both.
    const budget = result.pairs.filter((p) => [p.a, p.b].every((id) => result.duties.find((d) => d.id === id)!.text.includes('年度预算')));
    expect(budget.map((p) => [unitName(result, p.a), unitName(result, p.b)].sort().join('|')).sort()).toEqual(['人力资源部|行政部', '人力资源部|财务部', '行政部|财务部']);
  });

  it('--organisation NAME=GLOB keeps two organisations apart: the shared duty is no longer a pair', async () => {
    const dir = await fourDepartments();
    const r = dutylens(dir, 'analyze', 'docs', '-o', 'out', '--reporters', 'json', '--organisation', '华信科技=docs/财务部/**', '--organisation', '华信科技=docs/人力资源部', '--organisation', '远航物流=docs/*职责.docx');
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(readFileSync(join(dir, 'out/result.json'), 'utf8')) as Result;
    expect(result.organisations.map((o) => [o.name, o.documentIds.length])).toEqual([['华信科技', 2], ['远航物流', 2]]);
    expect(result.pairs.filter((p) => p.conflict)).toEqual([]);
    expect(result.matrix.map((m) => m.unitIds.length)).toEqual([2, 2]);
    const bad = dutylens(dir, 'analyze', 'docs', '-o', 'out2', '--organisation', 'nowhere');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--organisation: "nowhere" is not NAME=GLOB/);
  });

  it('a job’s organisations key keeps two organisations apart; inputs it does not name form one organisation named after the job', async () => {
    const dir = await fourDepartments();
    writeFileSync(
      join(dir, 'job.yaml'),
      toYaml({ name: 'group', inputs: ['docs'], organisations: [{ name: '华信科技', inputs: ['docs/财务部/**', 'docs/人力资源部'] }], gates: [] }),
    );
    const r = dutylens(dir, 'run', 'job.yaml', '--reporters', 'json', '-q');
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(readFileSync(join(dir, 'reports/group/latest/result.json'), 'utf8')) as Result;
    expect(result.organisations.map((o) => [o.id, o.documentIds])).toEqual([
      ['华信科技', ['人力资源部/部门职责', '财务部/部门职责']],
      ['group', ['行政部职责', '采购部职责']],
    ]);
    expect(result.pairs.filter((p) => p.conflict)).toEqual([]);
    writeFileSync(join(dir, 'bad.yaml'), toYaml({ name: 'bad', inputs: ['docs/采购部职责.docx'], organisations: [{ name: 'x', inputs: 'docs/行政部职责.docx' }, { name: 'x', inputs: 'docs/采购部职责.docx' }] }));
    const bad = dutylens(dir, 'run', 'bad.yaml');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/organisations\[1\]\.name: "x" is named twice/);
  });

  it('--organisation-per folder makes each company folder of a group an organisation; the same duty in two companies is no pair, in two departments of one company a conflict', async () => {
    const { dir, write } = await tempDir();
    const finance = ['负责会计核算和财务报告的编制。', '负责资金管理和税务申报。'];
    await write('集团/华信科技/财务部.docx', await departmentDocx('财务部', [SHARED, ...finance]));
    await write('集团/华信科技/行政部.docx', await departmentDocx('行政部', [SHARED, '负责公文收发和会议组织。']));
    await write('集团/远航物流/财务部.docx', await departmentDocx('财务部', [SHARED, ...finance]));
    await write('集团/远航物流/采购部.docx', await departmentDocx('采购部', ['负责供应商的开发与评估。', '负责采购合同的谈判与签订。']));
    await write('集团/总部办公室.docx', await departmentDocx('总部办公室', ['负责集团会议组织和公文管理。', '负责督办重要事项。']));
    const conflictUnits = (result: Result) => result.pairs.filter((p) => p.conflict).map((p) => [unitName(result, p.a), unitName(result, p.b)].sort().join('+'));

    const r = dutylens(dir, 'analyze', '集团', '-o', 'out', '--reporters', 'json', '--organisation-per', 'folder');
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(readFileSync(join(dir, 'out/result.json'), 'utf8')) as Result;
    expect(result.organisations.map((o) => [o.name, o.documentIds])).toEqual([
      ['华信科技', ['华信科技/行政部', '华信科技/财务部']],
      ['总部办公室职责', ['总部办公室']], // the loose file: the default organisation, alone, so named by its title
      ['远航物流', ['远航物流/财务部', '远航物流/采购部']],
    ]);
    expect(conflictUnits(result)).toEqual(['行政部+财务部']);

    // Without the flag the whole group is one organisation: the two companies' finance departments pair up.
    const one = dutylens(dir, 'analyze', '集团', '-o', 'out-one', '--reporters', 'json');
    expect(one.code, one.stderr).toBe(0);
    const whole = JSON.parse(readFileSync(join(dir, 'out-one/result.json'), 'utf8')) as Result;
    expect(whole.organisations).toHaveLength(1);
    expect(conflictUnits(whole).length).toBeGreaterThan(1);

    // A job says the same with organisationPer; named organisations still win.
    writeFileSync(join(dir, 'job.yaml'), toYaml({ name: 'group', inputs: ['集团'], organisationPer: 'folder', organisations: [{ name: '物流', inputs: ['集团/远航物流/**'] }], gates: [] }));
    const job = dutylens(dir, 'run', 'job.yaml', '--reporters', 'json', '-q');
    expect(job.code, job.stderr).toBe(0);
    const ran = JSON.parse(readFileSync(join(dir, 'reports/group/latest/result.json'), 'utf8')) as Result;
    expect(ran.organisations.map((o) => o.name)).toEqual(['华信科技', '总部办公室职责', '物流']);

    const bad = dutylens(dir, 'analyze', '集团', '-o', 'out-bad', '--organisation-per', 'company');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('organisationPerPath(per, under) names a file\'s organisation by its top folder or its own path', () => {
    expect(organisationPerPath('folder', '华信科技/财务部/职责.docx')).toBe('华信科技');
    expect(organisationPerPath('folder', '总部.docx')).toBeNull();
    expect(organisationPerPath('file', '华信科技/财务部.docx')).toBe('华信科技/财务部');
    expect(organisationPerPath(undefined, '华信科技/财务部.docx')).toBeNull();
  });

  it('seed 000 holds one 23-duty document three times: it is read once, and the other two are named as copies', async () => {
    const { model } = await loadModel(['seeds/000_634195122df2118e.txt'], {});
    const copies = (model.copies ?? []).filter((c) => c.copyOf === '000_634195122df2118e#5');
    expect(copies.map((c) => c.document)).toEqual(['000_634195122df2118e#14', '000_634195122df2118e#16']);
    expect(copies.every((c) => c.file === 'seeds/000_634195122df2118e.txt' && c.line > 0)).toBe(true);
    const ids = new Set(model.documents.map((d) => d.id));
    for (const c of model.copies ?? []) expect(ids.has(c.document)).toBe(false);
    const docOf = new Map(model.units.map((u) => [u.id, u.documentId]));
    const kept = new Set(model.duties.filter((d) => docOf.get(d.unitId) === '000_634195122df2118e#5').map((d) => d.normalized));
    expect(kept.size).toBe(23);
    // A compilation's documents are organisations of their own: never compared with each other.
    expect(new Set(model.documents.map((d) => d.organisation)).size).toBe(model.documents.length);
    const result = await analyse(model);
    expect(result.copies).toEqual(model.copies);
    expect(result.summary.copies).toBe(model.copies!.length);
    const r = dutylens(process.cwd(), 'extract', 'seeds/000_634195122df2118e.txt', '-o', join((await tempDir()).dir, 'x.yaml'));
    expect(r.stderr).toMatch(/^seeds\/000_634195122df2118e\.txt:146: document 000_634195122df2118e#14 is a copy of 000_634195122df2118e#5; read once$/mu);
  });

  it('an org model whose duty text was edited by hand is analysed with the new text (normalized is worked out again)', async () => {
    const { dir, write } = await tempDir();
    await write('财务部.docx', await departmentDocx('财务部', ['负责资金管理和税务申报。', '负责会计核算和财务报告的编制。']));
    await write('行政部.docx', await departmentDocx('行政部', ['负责公文收发和会议组织。', '负责办公环境和后勤保障管理。']));
    const { model } = await loadModel([dir], {});
    expect(model.units.map((u) => u.name).sort()).toEqual(['行政部', '财务部']);
    expect((await analyse(model)).pairs.filter((p) => p.conflict)).toEqual([]);
    const edited = structuredClone(model);
    const finance = edited.duties.find((d) => d.text.includes('资金管理'))!;
    const admin = edited.duties.find((d) => d.text.includes('公文收发'))!;
    finance.text = SHARED;
    admin.text = SHARED; // `normalized` still holds the old texts
    const file = await write('org.yaml', toYaml(edited));
    const { model: back } = await loadModel([file], {});
    expect(back.duties.find((d) => d.id === finance.id)!.normalized).toBe(SHARED);
    const result = await analyse(back);
    const pair = result.pairs.find((p) => new Set([p.a, p.b]).has(finance.id) && new Set([p.a, p.b]).has(admin.id));
    expect(pair?.conflict).toBe(true);
  });

  it('documentStems(files) keeps a lone file’s stem and tells files of one name apart by their folders', () => {
    expect(documentStems([{ path: 'seeds/001_x.txt', under: '001_x.txt' }])).toEqual(['001_x']);
    expect(documentStems([
      { path: 'docs/财务部/部门职责.docx', under: '财务部/部门职责.docx' },
      { path: 'docs/人力资源部/部门职责.docx', under: '人力资源部/部门职责.docx' },
    ])).toEqual(['财务部/部门职责', '人力资源部/部门职责']);
    expect(documentStems([{ path: 'a/x.txt', under: 'x.txt' }, { path: 'b/x.txt', under: 'x.txt' }, { path: 'b/x.docx', under: 'x.docx' }])).toEqual(['a/x', 'b/x.txt', 'b/x.docx']);
  });
});
