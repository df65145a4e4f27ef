import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** Outside the repository, so nothing of it (src/, node_modules/, tsx) is found from there. */
const TMP = mkdtempSync(join(tmpdir(), 'dutylens-package-'));
const PREFIX = join(TMP, 'prefix');

/** Runs a command and fails the test with its output when it does not exit 0. */
function ok(command: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}): SpawnSyncReturns<string> {
  // npm_config_* set by `npm test` (a global flag, a prefix) must not steer the npm run here.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  // The installed command's `#!/usr/bin/env node` finds this Node.
  env.PATH = `${dirname(process.execPath)}:${env.PATH ?? ''}`;
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...env, CI: '', ...extraEnv }, maxBuffer: 64 << 20 });
  expect(r.status, `${command} ${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
  return r;
}

let tarball = '';
let contents: string[] = [];
const dutylens = (args: string[], cwd: string) => ok(join(PREFIX, 'bin', 'dutylens'), args, cwd);

// One pack and one install (from the npm cache, as `npm ci` filled it) for every test below: the slow part.
beforeAll(() => {
  ok('npm', ['pack', '--pack-destination', TMP, '--silent'], REPO);
  const name = readdirSync(TMP).find((f) => f.endsWith('.tgz'));
  expect(name, 'npm pack wrote no tarball').toBeDefined();
  tarball = join(TMP, name!);
  contents = ok('tar', ['-tzf', tarball], TMP).stdout.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
  // As the README installs it: onnxruntime-node's CPU library ships in its package; its GPU download (offline here) is skipped.
  ok('npm', ['install', '-g', '--prefix', PREFIX, tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel', 'error'], TMP, { ONNXRUNTIME_NODE_INSTALL: 'skip' });
}, 600_000);

// The prefix holds the package's whole dependency tree (~20k files): removing it may take a while on a busy machine.
afterAll(() => rm(TMP, { recursive: true, force: true }), 300_000);

describe('the npm package, installed from its tarball', () => {
  it('carries the build, the data it loads and the docs, and no sources, tests, benchmarks, seeds or CI scripts', () => {
    for (const file of ['bin/dutylens.js', 'dist/cli/main.js', 'dist/similarity/workers/all-pairs-worker.js', 'dist/run/workers/render-worker.js', 'analysis/lexicon/synonyms.yaml', 'analysis/rules/generic.yaml', 'analysis/catalogues/marketing-department.yaml', 'analysis/starter/analysis/job.yaml', 'README.md', 'LICENSE', 'docs/reorganisations.md']) {
      expect(contents).toContain(file);
    }
    expect(contents.filter((f) => /^(src|test|bench|seeds|\.ci|reports|node_modules)\//.test(f))).toEqual([]);
  });

  it('dutylens --help lists the examples, the bundled catalogues and the exit codes', () => {
    const help = dutylens(['--help'], TMP).stdout;
    expect(help).toContain('Examples:');
    expect(help).toMatch(/Bundled catalogues \(--catalogue NAME\): headquarters, marketing-department/);
    expect(help).toMatch(/70 {2}internal error/);
  });

  it('dutylens init && dutylens run in a folder of its own writes the report, with a bundled catalogue by name', () => {
    const work = join(TMP, 'work');
    dutylens(['init', work], TMP);
    const run = dutylens(['run', '-q', '--catalogue', 'marketing-department'], work);
    expect(run.stderr).toBe('');
    expect(existsSync(join(work, 'reports', 'work', 'latest', 'index.html'))).toBe(true);
    const result = JSON.parse(readFileSync(join(work, 'reports', 'work', 'latest', 'result.json'), 'utf8')) as Result;
    expect(result.summary.duties).toBeGreaterThan(0);
    // The name stays a name in the result (it does not depend on where dutylens is installed), and the catalogue was used:
    // its functions checked, or the starter document named as too small a description of a whole 市场部, with the reason.
    expect(result.options.catalogue).toBe('marketing-department');
    expect(result.coverage.length + (result.coverageSkipped ?? []).length).toBeGreaterThan(0);
    // The starter's semanticGaps: the installed package loads its bundled model and runtime for the catalogue check.
    expect(result.semantic).toEqual({ model: 'bge-small-zh-v1.5-int8', gapsOnly: true, organisations: [] });
  });
});
