/**
 * Kill -9 at random points of `dutylens run`, then check what a kill may
 * leave: `latest` on a run history.json lists, the previous report whole,
 * and a next run that succeeds and tidies up. Used by
 * test/run/interrupted-runs.test.ts with a few points; run it alone for more:
 *
 *   npx tsx test/run/kill-points.ts 20 [seed]
 */
import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { mulberry32 } from '../../bench/lib/mulberry32.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(REPO, 'bin', 'dutylens.js');
const JOB = 'name: k\ninputs: [../docs]\nreport: { reporters: [json, md, csv] }\n';

/** What one kill left, and whether the run after it put everything right. */
export interface KillOutcome {
  /** The progress line the kill waited for ('' for none), and the delay after it in ms. */
  after: string;
  delayMs: number;
  /** False when the run finished before the kill came. */
  killed: boolean;
  /** Problems found (empty when every check held). */
  problems: string[];
}

function run(ws: string, args: string[], day: number, killAt?: { after: string; delayMs: number }): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const env = { ...process.env, DUTYLENS_NOW: new Date(Date.UTC(2030, 0, 1) + day * 3600_000).toISOString() };
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let armed = false;
    const arm = () => {
      if (armed || !killAt) return;
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), killAt.delayMs);
    };
    if (killAt?.after === '') arm();
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => {
      stderr += String(d);
      if (killAt && killAt.after !== '' && stderr.includes(`k: ${killAt.after} (`)) arm();
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

interface History {
  runs: { runId: string }[];
}

/** `latest` points at a run history.json lists (or there is no latest and no run). */
function latestProblems(out: string): string[] {
  const history = existsSync(join(out, 'history.json')) ? (JSON.parse(readFileSync(join(out, 'history.json'), 'utf8')) as History) : { runs: [] };
  if (!existsSync(join(out, 'latest'))) return history.runs.length === 0 ? [] : ['latest is missing though history lists runs'];
  const target = readlinkSync(join(out, 'latest'));
  return history.runs.some((r) => r.runId === target) ? [] : [`latest points at ${target}, which history.json does not list`];
}

/**
 * Runs a job once, then `points` times: a run killed at a random point
 * (after a random progress line, plus up to 300 ms), the checks, a run that
 * must succeed, the checks again. Returns one outcome per point.
 */
export async function killPoints(points: number, seed: number): Promise<KillOutcome[]> {
  const next = mulberry32(seed); // seeded, so that a failing seed can be replayed
  const ws = await mkdtemp(join(tmpdir(), 'dutylens-kill-'));
  try {
    for (const f of ['001_94b0fa48ae8414f2.txt', '003_805e8c79604db5b9.txt']) {
      await mkdir(join(ws, 'docs'), { recursive: true });
      await writeFile(join(ws, 'docs', f), await readFile(join(REPO, 'seeds', f)));
    }
    await mkdir(dirname(join(ws, 'analysis', 'k.yaml')), { recursive: true });
    await writeFile(join(ws, 'analysis', 'k.yaml'), JOB);
    const out = join(ws, 'reports', 'k');
    const first = await run(ws, ['run', 'analysis/k.yaml'], 0);
    if (first.code !== 0) throw new Error(`the first run failed: ${first.stderr}`);
    const stages = [...first.stderr.matchAll(/^k: ([a-z-]+) \(/gmu)].map((m) => m[1]);
    const outcomes: KillOutcome[] = [];
    for (let i = 0; i < points; i++) {
      // The writes at the end are where a kill can do harm: they get half the points.
      const late = stages.filter((stage) => stage === 'render' || stage === 'write');
      const pick = next();
      const after = pick < 0.15 ? '' : pick < 0.55 || late.length === 0 ? stages[Math.floor(next() * stages.length)] : late[Math.floor(next() * late.length)];
      const delayMs = Math.floor(next() * 300);
      const problems: string[] = [];
      const latest = readlinkSync(join(out, 'latest'));
      const report = await readFile(join(out, latest, 'result.json'), 'utf8');
      const killed = await run(ws, ['run', 'analysis/k.yaml', '--force'], 2 * i + 1, { after, delayMs });
      problems.push(...latestProblems(out));
      // The report latest pointed at before is whole, unless the killed run finished and replaced latest.
      if (killed.signal === 'SIGKILL' && existsSync(join(out, latest)) && (await readFile(join(out, latest, 'result.json'), 'utf8')) !== report) problems.push(`the previous report ${latest} changed`);
      const after2 = await run(ws, ['run', 'analysis/k.yaml', '--force'], 2 * i + 2);
      if (after2.code !== 0) problems.push(`the run after the kill exited ${after2.code}: ${after2.stderr.trim().split('\n').at(-1)}`);
      problems.push(...latestProblems(out));
      const history = JSON.parse(await readFile(join(out, 'history.json'), 'utf8')) as History;
      if (readlinkSync(join(out, 'latest')) !== history.runs.at(-1)?.runId) problems.push('after the next run, latest is not the last run in history');
      const strays = (await readdir(out)).filter((n) => /\.(tmp|old)-\d+$/u.test(n) || n === '.lock');
      if (strays.length > 0) problems.push(`left behind: ${strays.join(', ')}`);
      outcomes.push({ after, delayMs, killed: killed.signal === 'SIGKILL', problems });
    }
    return outcomes;
  } finally {
    await rm(ws, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const points = Number(process.argv[2] ?? 20);
  const seed = Number(process.argv[3] ?? Date.now() % 100_000);
  console.log(`kill -9 at ${points} points, seed ${seed}`);
  const outcomes = await killPoints(points, seed);
  for (const [i, o] of outcomes.entries()) console.log(`${i + 1}. after ${o.after || 'start'} + ${o.delayMs} ms${o.killed ? '' : ' (finished first)'}: ${o.problems.length === 0 ? 'ok' : o.problems.join('; ')}`);
  const failed = outcomes.filter((o) => o.problems.length > 0).length;
  console.log(`${points - failed} of ${points} points ok`);
  process.exitCode = failed > 0 ? 1 : 0;
}
