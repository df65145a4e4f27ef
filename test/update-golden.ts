/**
 * `npm run golden`: regenerates every golden file in one go, for review in
 * the diff. First the report fixture (test/fixtures/result-small.json, built
 * by test/report/build-fixture.ts), then every test that compares against a
 * golden file, run with UPDATE_GOLDEN=1 so that each rewrites its file:
 * the seeds' parse (test/golden/extract-seeds.json), the seeds' result
 * (test/golden/result-seeds.json) and each renderer's output
 * (test/golden/report/). Exits non-zero when a step fails.
 */
import { spawnSync } from 'node:child_process';

const GOLDEN_TESTS = ['test/parse/seeds.test.ts', 'test/parse/events.test.ts', 'test/findings/apply-events.test.ts', 'test/analyze/seeds.test.ts', 'test/report/render.test.ts'];

function step(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  console.log(`> ${command} ${args.join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

step('npx', ['tsx', 'test/report/build-fixture.ts']);
step('npx', ['vitest', 'run', ...GOLDEN_TESTS], { ...process.env, UPDATE_GOLDEN: '1' });
