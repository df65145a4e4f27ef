import { existsSync, readFileSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleTopLevelError } from '../../src/cli/cli-errors.ts';
import { escapeControls } from '../../src/cli/print.ts';
import { DiskFullError, InputError, UsageError } from '../../src/util/errors.ts';
import { cli, workspace } from '../run/cli-workspace.ts';

describe('usage errors: exit 2, one line, a pointer to --help', () => {
  it.each([
    [['analyze', 'docs', '--bogus'], /^dutylens: analyze: unknown option '--bogus'; see: dutylens analyze --help$/u, {}],
    [['analyze', 'docs', '--lang', 'fr'], /^dutylens: analyze: option '--lang <lang>' argument 'fr' is invalid\. Allowed choices are zh, en; see: dutylens analyze --help$/u, {}],
    [['analyze', 'docs', '--overlap-threshold', 'high'], /--overlap-threshold must be a number; see: dutylens analyze --help$/u, {}],
    [['analyze', 'docs', '--level', '-0.5'], /--level must be a whole number; see: dutylens analyze --help$/u, {}],
    [['analyze', 'docs', '--level', '-1'], /--level must be at least 0; see: dutylens analyze --help$/u, {}],
    [['extract'], /^dutylens: extract: missing required argument 'inputs'; see: dutylens extract --help$/u, {}],
    [['analyze'], /^dutylens: analyze: give the documents to analyse \(or --before and --after\); see: dutylens analyze --help$/u, {}],
    [['frobnicate'], /^dutylens: unknown command 'frobnicate'; see: dutylens --help$/u, {}],
    [['run', 'analysis/one.yaml', '--lock-stale', '-5'], /--lock-stale must be more than 0; see: dutylens run --help$/u, {}],
    [['run', 'analysis/one.yaml', '--lock-stale', 'soon'], /--lock-stale must be a number; see: dutylens run --help$/u, {}],
    [['run', 'analysis/one.yaml'], /^dutylens: DUTYLENS_NOW: "yesterday" is not an ISO time .*; see: dutylens run --help$/u, { DUTYLENS_NOW: 'yesterday' }],
    [['analyze', 'missing.txt'], /^dutylens: missing\.txt: no such file or folder$/u, {}],
    [['extract', 'missing.txt'], /^dutylens: missing\.txt: no such file or folder$/u, {}],
    [['analyze', 'docs', '--language', 'fr'], /^dutylens: analyze: option '--language <lang>' argument 'fr' is invalid\. Allowed choices are auto, zh, en; see: dutylens analyze --help$/u, {}],
    [['analyze', 'docs', '--order', 'random'], /^dutylens: analyze: option '--order <order>' argument 'random' is invalid\. Allowed choices are cluster, document; see: dutylens analyze --help$/u, {}],
    [['analyze', 'docs', '--candidate-threshold', '2'], /^dutylens: --candidate-threshold: must be between 0 and 1$/u, {}],
    [['analyze', 'docs', '--duplicate-threshold', '-1'], /^dutylens: --duplicate-threshold: must be between 0 and 1$/u, {}],
    [['analyze', 'docs', '--coverage-threshold', '1.5'], /^dutylens: --coverage-threshold: must be between 0 and 1$/u, {}],
    [['analyze', 'docs', '--candidate-threshold', '0.5', '--overlap-threshold', '0.3'], /^dutylens: --candidate-threshold: the candidate threshold must not exceed the overlap threshold$/u, {}],
    [['analyze', 'docs', '--reporters', 'html,pdf'], /^dutylens: --reporters: unknown reporter "pdf" \(choose from html, json, csv, xlsx, md\)$/u, {}],
    [['analyze', 'docs', '--catalogue', 'nope.yaml'], /^dutylens: nope\.yaml: cannot read catalogue: no such file, and no bundled catalogue of that name/u, {}],
    [['analyze', 'docs', '--max-file-mb', 'lots'], /--max-file-mb must be a number; see: dutylens analyze --help$/u, {}],
    [['analyze', 'docs', '--organisation', 'x'], /^dutylens: --organisation: "x" is not NAME=GLOB$/u, {}],
    [['analyze', '--before', 'docs'], /^dutylens: analyze: --before and --after go together, without other inputs; see: dutylens analyze --help$/u, {}],
    [['extract', 'docs', '-o', 'model.txt'], /^dutylens: model\.txt: the org model is written as \.yaml or \.json$/u, {}],
    [['render'], /^dutylens: render: missing required argument 'result'; see: dutylens render --help$/u, {}],
    [['render', 'missing.json'], /^dutylens: missing\.json: no such file$/u, {}],
    [['render', 'notresult.json'], /^dutylens: notresult\.json: not a dutylens result \(it has no schemaVersion\)/u, {}],
    [['render', 'notresult.json', '--lang', 'fr'], /^dutylens: render: option '--lang <lang>' argument 'fr' is invalid\. Allowed choices are zh, en; see: dutylens render --help$/u, {}],
    [['run', 'missing.yaml'], /^dutylens: missing\.yaml: no such job file or folder$/u, {}],
    [['run', 'analysis/one.yaml', '--language', 'fr'], /^dutylens: run: option '--language <lang>' argument 'fr' is invalid\. Allowed choices are auto, zh, en; see: dutylens run --help$/u, {}],
    [['run', 'analysis/one.yaml', '--fail-on', 'sometimes'], /^dutylens: --fail-on: "sometimes" is not a gate \(use new-conflicts, new-gaps, conflicts>N or gaps>N\)$/u, {}],
    [['run', 'analysis/one.yaml', '--reporters', 'pdf'], /^dutylens: --reporters: unknown reporter "pdf"/u, {}],
    [['diff', 'a.json'], /^dutylens: diff: missing required argument 'new'; see: dutylens diff --help$/u, {}],
    [['apply', 'docs'], /^dutylens: apply: required option '--to <path>' not specified; see: dutylens apply --help$/u, {}],
    [['suggest-catalogue', 'docs', '--threshold', 'x'], /--threshold must be a number; see: dutylens suggest-catalogue --help$/u, {}],
    [['suggest-catalogue', 'docs', '--threshold', '2'], /--threshold must be at most 1; see: dutylens suggest-catalogue --help$/u, {}],
    [['suggest-catalogue', 'docs', '--min-size', '0'], /--min-size must be at least 1; see: dutylens suggest-catalogue --help$/u, {}],
  ] as const)('dutylens %j', async (args, line, env) => {
    const ws = await workspace({ 'docs/a.txt': '财务部\n1. 负责会计核算。\n', 'analysis/one.yaml': 'name: one\ninputs: [../docs]\n', 'notresult.json': '{}' });
    const r = await cli(ws, [...args], env);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(line);
    expect(r.stderr).not.toContain('Usage:');
    expect(existsSync(`${ws}/reports`)).toBe(false);
  });

  it('--help still prints the help and exits 0', async () => {
    const r = await cli(process.cwd(), ['analyze', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: dutylens analyze');
  });
});

describe('handleTopLevelError(error)', () => {
  const printed: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    printed.length = 0;
  });
  const capture = () => vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));

  it('says a known error in one line and returns 2', () => {
    capture();
    expect(handleTopLevelError(new InputError('a.txt', 'cannot be read'))).toBe(2);
    expect(handleTopLevelError(new UsageError('--level', 'must be a whole number', 'analyze'))).toBe(2);
    expect(handleTopLevelError(new DiskFullError('reports/latest', 'folder'))).toBe(2);
    expect(handleTopLevelError(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', path: 'x/.y.tmp-1' }))).toBe(2);
    expect(printed).toEqual([
      'dutylens: a.txt: cannot be read',
      'dutylens: --level: must be a whole number; see: dutylens analyze --help',
      'dutylens: disk full while writing reports/latest: the previous report is intact',
      'dutylens: disk full while writing x/.y.tmp-1: the previous report is intact',
    ]);
  });

  it('says an unknown error in one line naming the file that holds its trace, and returns 70', () => {
    capture();
    const error = new TypeError('cannot read properties of undefined');
    expect(handleTopLevelError(error)).toBe(70);
    expect(printed).toHaveLength(1);
    const file = /the full trace is in (\S+);/u.exec(printed[0])?.[1];
    expect(printed[0]).toMatch(/^dutylens: internal error: TypeError: cannot read properties of undefined; the full trace is in /u);
    expect(readFileSync(file!, 'utf8')).toContain(error.stack!.split('\n')[1].trim());
    rmSync(file!);
  });
});

describe('escapeControls(text)', () => {
  it('shows control characters as escapes and leaves other text alone', () => {
    expect(escapeControls('a\nb\u001b[31mc\u202ed\t职责.txt')).toBe('a\\nb\\x1b[31mc\\u202ed\\t职责.txt');
  });
});
