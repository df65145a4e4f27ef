import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/read-inputs.ts';
import { describeIssue, fieldPath } from '../../src/ingest/read-model.ts';
import { ORG_MODEL_VERSION, OrgModelSchema, type OrgModel } from '../../src/model.ts';
import { tableToModel } from '../../src/parse/from-table.ts';
import { InputError } from '../../src/util/errors.ts';
import { TOOL } from '../../src/util/version.ts';
import { tempDir } from './temp-dir.ts';

/** A small valid org model, built by the table parser so that its ids are real ones. */
function smallModel(): OrgModel {
  const parsed = tableToModel({
    file: 'duties.csv',
    columns: { unit: ['部门', '处室'], duty: '职责' },
    rows: [
      { path: ['综合部', '秘书科'], duty: '负责公文处理。', line: 2 },
      { path: ['综合部'], duty: '协助领导协调各部门工作。', line: 3 },
      { path: ['财务部'], duty: '审核费用报销。', line: 4 },
    ],
  });
  return { orgModelVersion: ORG_MODEL_VERSION, tool: TOOL, documents: parsed.documents, units: parsed.units, duties: parsed.duties };
}

describe('readInput(file) for org models', () => {
  it('round-trips an org model through .yaml', async () => {
    const { write } = await tempDir();
    const model = smallModel();
    const file = await write('model.yaml', stringify(model));
    expect(await readInput(file)).toEqual({ kind: 'model', file, format: 'yaml', model });
  });

  it('round-trips an org model through .json and reads .yml as YAML', async () => {
    const { write } = await tempDir();
    const model = smallModel();
    const json = await write('model.json', JSON.stringify(model, null, 2));
    expect(await readInput(json)).toEqual({ kind: 'model', file: json, format: 'json', model });
    const yml = await write('model.yml', stringify(model));
    expect((await readInput(yml)).kind).toBe('model');
  });

  it('names the first failing field and the problem', async () => {
    const { write } = await tempDir();
    const model = smallModel() as unknown as { duties: Record<string, unknown>[] };
    model.duties[2].role = 'owner';
    const file = await write('model.yaml', stringify(model));
    await expect(readInput(file)).rejects.toThrow(
      new InputError(file, 'not a valid org model: duties[2].role: expected one of lead|support|approve|oversee|unspecified'),
    );
  });

  it('names a field of the wrong type and an unknown field', async () => {
    const { write } = await tempDir();
    const wrongType = smallModel() as unknown as { units: Record<string, unknown>[] };
    wrongType.units[1].name = 42;
    await expect(readInput(await write('a.json', JSON.stringify(wrongType)))).rejects.toThrow(/units\[1\]\.name: expected string, received number/);
    const extra = { ...smallModel(), comment: 'x' };
    await expect(readInput(await write('b.json', JSON.stringify(extra)))).rejects.toThrow(/comment: unknown field/);
  });

  it('refuses a duty whose unit does not exist', async () => {
    const { write } = await tempDir();
    const model = smallModel();
    model.duties[0].unitId = 'u-missing';
    await expect(readInput(await write('m.yaml', stringify(model)))).rejects.toThrow('duties[0].unitId: no unit with id "u-missing"');
  });

  it('refuses a result.json given where an org model is expected', async () => {
    const { write } = await tempDir();
    const file = await write('result.json', JSON.stringify({ schemaVersion: 1, tool: TOOL, documents: [] }));
    await expect(readInput(file)).rejects.toThrow(/analysis result \(it has schemaVersion\), not an org model/);
  });

  it('names a YAML syntax error', async () => {
    const { write } = await tempDir();
    const file = await write('m.yaml', 'documents: [\n');
    await expect(readInput(file)).rejects.toThrow(/^not valid YAML: /);
  });
});

describe('describeIssue(issue)', () => {
  it('writes paths as a reader would: duties[3].role', () => {
    expect(fieldPath(['duties', 3, 'role'])).toBe('duties[3].role');
    expect(fieldPath([])).toBe('(top level)');
    const issue = OrgModelSchema.safeParse({}).error!.issues[0];
    expect(describeIssue(issue)).toBe('orgModelVersion: expected 1 or 2');
  });
});
