import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { DEFAULT_OPTIONS } from '../../src/run/defaults.ts';
import { JobFileError, looksLikeJob, readJobFile, validateJob } from '../../src/run/job.ts';
import { settleJob } from '../../src/run/job-settle.ts';
import { InputError } from '../../src/util/errors.ts';

const WORKSPACE = resolve('/ws');

function problems(data: unknown): string[] {
  try {
    validateJob('analysis/x.yaml', data);
  } catch (error) {
    if (error instanceof JobFileError) return error.lines();
    throw error;
  }
  return [];
}

describe('validateJob(file, data)', () => {
  it('gives one `file: field: problem` line per wrong field', () => {
    const lines = problems({
      name: 'bad name',
      inputs: [],
      options: { overlapThreshold: 2, colour: 'red' },
      gates: ['conflicts>=1'],
      accepted: [{ owner: 'x', reason: 'y', expires: '2030-02-30', function: 'F' }],
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^analysis\/x\.yaml: name: must be a folder-safe name/),
        expect.stringMatching(/^analysis\/x\.yaml: inputs: /),
        expect.stringMatching(/^analysis\/x\.yaml: options\.overlapThreshold: /),
        'analysis/x.yaml: options.colour: unknown field',
        'analysis/x.yaml: accepted[0].expires: must be a date written YYYY-MM-DD',
        'analysis/x.yaml: gates[0]: "conflicts>=1" is not a gate (use new-conflicts, new-gaps, conflicts>N or gaps>N)',
      ]),
    );
    expect(lines).toHaveLength(6);
  });

  it('checks gates and register entries', () => {
    expect(problems({ name: 'j', inputs: 'docs', gates: ['conflicts>=1'] })).toEqual([
      'analysis/x.yaml: gates[0]: "conflicts>=1" is not a gate (use new-conflicts, new-gaps, conflicts>N or gaps>N)',
    ]);
    expect(problems({ name: 'j', inputs: ['docs'], accepted: [{ owner: 'a', reason: 'b', expires: '2030-01-01', units: ['A'], duties: ['x', 'y'] }] })).toEqual([
      'analysis/x.yaml: accepted[0].units: a conflict names its two units',
    ]);
  });

  it('reads the shipped seeds job', async () => {
    const loaded = await readJobFile('analysis/seeds.yaml');
    expect(loaded.job.name).toBe('seeds');
    expect(loaded.gates).toEqual([]);
    expect(loaded.job.catalogue).toBe('catalogues/marketing-department.yaml');
  });

  it('reads the example job for tabular input', async () => {
    const loaded = await readJobFile('analysis/units.example.yaml');
    expect(loaded.job.inputs).toEqual(['examples/units.tsv']);
    expect(loaded.job.accepted).toHaveLength(2);
  });

  it('tells jobs from catalogues', () => {
    expect(looksLikeJob({ name: 'j', inputs: ['x'] })).toBe(true);
    expect(looksLikeJob({ catalogueVersion: 1, functions: [] })).toBe(false);
  });
});

describe('settleJob(loaded, flags, workspace)', () => {
  const loaded = validateJob('analysis/j.yaml', {
    name: 'j',
    inputs: ['../docs'],
    catalogue: 'catalogues/c.yaml',
    language: 'zh',
    options: { overlapThreshold: 0.6, level: 1 },
    gates: ['new-conflicts'],
  });

  it('settles defaults < job file < flags, resolving the catalogue against the job file', () => {
    const job = settleJob(loaded, { overlapThreshold: 0.7, failOn: ['gaps>3'] }, WORKSPACE);
    expect(job.options).toEqual({ ...DEFAULT_OPTIONS, language: 'zh', overlapThreshold: 0.7, level: 1, catalogue: 'analysis/catalogues/c.yaml', semanticGaps: true });
    expect(job.gates).toEqual([{ kind: 'gaps', max: 3 }]);
    expect(job.output).toBe(resolve(WORKSPACE, 'reports/j'));
    expect(settleJob(loaded, {}, WORKSPACE).gates).toEqual([{ kind: 'new-conflicts' }]);
  });

  it('refuses an output folder outside the workspace unless allowed', () => {
    const escaping = validateJob('analysis/j.yaml', { name: 'j', inputs: ['x'], output: '../../elsewhere' });
    expect(() => settleJob(escaping, {}, WORKSPACE)).toThrow(InputError);
    expect(() => settleJob(escaping, {}, WORKSPACE)).toThrow(/outside the workspace/);
    expect(settleJob(escaping, { allowOutside: true }, WORKSPACE).output).toBe(resolve(WORKSPACE, '../../elsewhere'));
  });
});
