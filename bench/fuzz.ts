/**
 * `npm run fuzz`: bad inputs at full size, each read by the CLI beside one
 * good file, each with a time limit. Prints one line per case and the counts:
 * clean (the bad file named on one line, the good one read), crashed (an
 * exit other than 0 or 2, a signal, or a stack trace), hung (past the time
 * limit) and wrong (finished, but the message or the output is not what it
 * should be). Too slow for npm test; the tests hold small versions.
 *
 *   npm run fuzz [-- --only NAME[,NAME]] [-- --timeout SECONDS]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as bad from './bad-inputs.ts';

const BIN = resolve('bin/dutylens.js');

/** Writes one bad file into `dir`; its name, as a list. */
async function one(dir: string, name: string, content: string | Uint8Array | Promise<string | Uint8Array>): Promise<string[]> {
  await bad.put(dir, name, await content);
  return [name];
}

/** What one CLI run gave. */
interface Run {
  code: number | null;
  signal: string | null;
  stderr: string;
  seconds: number;
  timedOut: boolean;
  /** The longest duty text written, in characters, and the number of duties. */
  longestDuty: number;
  duties: number;
}

/** One bad input: how to write it, and what a clean run prints about it. */
interface FuzzCase {
  name: string;
  /** Writes the bad file(s) into `dir`; returns their names. */
  write: (dir: string) => Promise<string[]>;
  /** Null when the run is right; else what is wrong. */
  check: (run: Run) => string | null;
}

/** The stderr line that names `file`, or undefined. */
function lineFor(run: Run, file: string): string | undefined {
  return run.stderr.split('\n').find((l) => l.includes(`${file}:`));
}

/** A check that `file` is named on one line holding every one of `words`. */
function named(file: string, ...words: string[]): (run: Run) => string | null {
  return (run) => {
    const line = lineFor(run, file);
    if (line === undefined) return `no line names ${file}`;
    const missing = words.filter((w) => !line.includes(w));
    return missing.length > 0 ? `the line for ${file} lacks ${missing.join(', ')}: ${line}` : null;
  };
}

/** The duty-length cap a run must keep to (the default line limit). */
const MAX_DUTY_CHARS = 20_000;

/** A check that no duty runs past MAX_DUTY_CHARS. */
function noRunawayDuty(run: Run): string | null {
  return run.longestDuty > MAX_DUTY_CHARS ? `a duty of ${run.longestDuty.toLocaleString('en-US')} characters` : null;
}

const CASES: FuzzCase[] = [
  {
    name: 'zip-bomb',
    write: (dir) => one(dir, 'bomb.docx', bad.zipBombDocx(300)),
    check: named('bomb.docx', 'inflates', '--max-file-mb'),
  },
  {
    name: 'grid-span',
    write: (dir) => one(dir, 'span.docx', bad.gridSpanDocx(200_000_000)),
    check: named('span.docx', 'spans', '--max-file-mb'),
  },
  {
    name: 'fifo',
    write: async (dir) => {
      bad.makeFifo(join(dir, 'pipe.txt'));
      return ['pipe.txt'];
    },
    check: named('pipe.txt', 'not a regular file'),
  },
  {
    name: 'dev-zero-link',
    write: async (dir) => {
      await bad.linkToDevZero(join(dir, 'zero.txt'));
      return ['zero.txt'];
    },
    check: named('zero.txt', 'not a regular file'),
  },
  {
    name: 'xlsx-far-corner',
    write: (dir) => one(dir, 'corner.xlsx', bad.dutyXlsx(200, true)),
    check: (run) => (lineFor(run, 'corner.xlsx') !== undefined ? `corner.xlsx refused: ${lineFor(run, 'corner.xlsx')}` : run.duties < 200 ? `only ${run.duties} duties` : null),
  },
  {
    name: 'xlsx-million-rows',
    write: async (dir) => {
      await bad.writeLargeXlsx(join(dir, 'rows.xlsx'), 1_000_000);
      return ['rows.xlsx'];
    },
    check: named('rows.xlsx', 'rows', '--max-file-mb'),
  },
  {
    name: 'csv-unbalanced-quote',
    write: (dir) => one(dir, 'quote.csv', bad.unbalancedQuoteCsv(100_000, 4_321)),
    check: named('quote.csv', 'line 4322', 'quote'),
  },
  {
    name: 'restarting-numbering',
    write: (dir) => one(dir, 'restart.txt', bad.restartingNumberingText(200_000)),
    check: noRunawayDuty,
  },
  {
    name: 'single-50mb-line',
    // About 2.5 UTF-8 bytes a character: a 50 MB line.
    write: (dir) => one(dir, 'line.txt', bad.singleLineText((50 * 1024 * 1024) / 2.5)),
    check: noRunawayDuty,
  },
  {
    name: 'over-file-limit',
    write: (dir) => one(dir, 'big.txt', Buffer.alloc(70 * 1024 * 1024, '负责文件管理。')),
    check: named('big.txt', 'over the limit of 64 MB', '--max-file-mb'),
  },
];

/** Runs `dutylens extract` on the files in `dir`, killed after `timeout` seconds. */
function extract(dir: string, files: string[], timeout: number): Promise<Run> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, 'extract', ...files, 'good.txt', '-o', 'out.json', '-q'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let timedOut = false;
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 100_000) stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeout * 1000);
    child.on('close', async (code, signal) => {
      clearTimeout(timer);
      let longestDuty = 0;
      let duties = 0;
      const model = await readFile(join(dir, 'out.json'), 'utf8').then((t) => JSON.parse(t) as { duties?: { text: string }[] }).catch(() => null);
      for (const d of model?.duties ?? []) {
        duties += 1;
        longestDuty = Math.max(longestDuty, d.text.length);
      }
      done({ code, signal, stderr, seconds: (Date.now() - started) / 1000, timedOut, longestDuty, duties });
    });
  });
}

/** The verdict on one run. */
function verdict(c: FuzzCase, run: Run): { kind: 'clean' | 'crashed' | 'hung' | 'wrong'; why: string } {
  if (run.timedOut) return { kind: 'hung', why: `killed after ${run.seconds.toFixed(0)} s` };
  if (run.signal !== null || (run.code !== 0 && run.code !== 2) || /\n\s+at .+:\d+:\d+|FATAL ERROR/u.test(run.stderr)) {
    return { kind: 'crashed', why: `exit ${run.code ?? run.signal}: ${run.stderr.trim().split('\n').slice(0, 2).join(' / ')}` };
  }
  if (run.duties < 2) return { kind: 'wrong', why: 'good.txt was not read' };
  const wrong = c.check(run);
  return wrong === null ? { kind: 'clean', why: '' } : { kind: 'wrong', why: wrong };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
  const timeout = args.includes('--timeout') ? Number(args[args.indexOf('--timeout') + 1]) : 120;
  const counts = { cases: 0, clean: 0, crashed: 0, hung: 0, wrong: 0 };
  for (const c of CASES.filter((k) => only === null || only.includes(k.name))) {
    const dir = await mkdtemp(join(tmpdir(), 'dutylens-fuzz-'));
    try {
      await writeFile(join(dir, 'good.txt'), bad.GOOD_TEXT);
      const files = await c.write(dir);
      const run = await extract(dir, files, timeout);
      const v = verdict(c, run);
      counts.cases += 1;
      counts[v.kind] += 1;
      console.log(`${c.name.padEnd(22)} ${v.kind.padEnd(8)} ${run.seconds.toFixed(1).padStart(6)} s  ${v.why || (lineFor(run, files[0]) ?? `${run.duties} duties, longest ${run.longestDuty} chars`)}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  console.log(`cases ${counts.cases}, clean ${counts.clean}, crashed ${counts.crashed}, hung ${counts.hung}, wrong ${counts.wrong}`);
}

await main();
