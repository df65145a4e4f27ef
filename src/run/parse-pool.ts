import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { IngestedFile } from '../ingest/types.ts';
import type { ParseOptions } from '../parse/parsed-file.ts';
import { siblingModule, startWorker } from '../similarity/workers/start-worker.ts';
import { parseIngested, type LoadedParse } from './parse-ingested.ts';
import type { ParseJob, ParseReply, ParseWorkerMessage } from './workers/parse-worker.ts';

/** How to spread the parse over threads. */
export interface ParsePoolOptions {
  /** Threads parsing (the main thread and threads − 1 workers); defaults to the number of cores. */
  threads?: number;
  /**
   * Below this many characters of text documents everything is parsed on
   * the main thread: a worker's start (loading the parser, 0.5–2 s) would
   * cost more than it saves.
   */
  parallelFrom?: number;
  /** Files per piece of work handed out. */
  chunkSize?: number;
  /** Whether the main thread parses chunks too (default true); false leaves every chunk to the workers. */
  mainThread?: boolean;
  /** Told of each chunk parsed: its first file and which thread parsed it (0: the main thread). */
  onChunk?: (from: number, thread: number) => void;
}

/** Default: from a million characters of text documents on (~1,700 one-page files, 3–5 s of parsing), where a worker's start is repaid. */
const PARALLEL_FROM = 1_000_000;
const CHUNK_SIZE = 32;

/**
 * Parses every file (parseIngested with `optionsAt(k)`), on worker threads besides
 * the main thread when there are many. Each file's parse is a pure function
 * of the file and its options, and results are put back in file order, so
 * the output is the same whichever thread parsed a file. Chunks are handed to
 * each worker as it finishes the last, and the main thread parses chunks in
 * between, so a slow thread (a busy core) simply takes fewer.
 */
export async function parseFiles(
  files: readonly IngestedFile[],
  optionsAt: (k: number) => ParseOptions,
  pool: ParsePoolOptions = {},
): Promise<LoadedParse[]> {
  const threads = Math.max(1, pool.threads ?? availableParallelism());
  const out: LoadedParse[] = new Array(files.length);
  if (threads === 1 || files.length < 2 || characters(files) < (pool.parallelFrom ?? PARALLEL_FROM)) {
    for (let k = 0; k < files.length; k++) out[k] = parseIngested(files[k], optionsAt(k));
    return out;
  }
  const chunkSize = Math.max(1, pool.chunkSize ?? CHUNK_SIZE);
  const chunks = Math.ceil(files.length / chunkSize);
  let next = 0;
  const take = (): number | null => (next < chunks ? next++ : null);
  const jobOf = (chunk: number): ParseJob => {
    const from = chunk * chunkSize;
    const to = Math.min(files.length, from + chunkSize);
    return { from, files: files.slice(from, to), options: Array.from({ length: to - from }, (_, k) => optionsAt(from + k)) };
  };
  const workers = Array.from({ length: pool.mainThread === false ? threads - 1 : Math.min(threads - 1, chunks - 1) }, () => startWorker(siblingModule('./workers/parse-worker', import.meta.url)));
  try {
    const feeders = workers.map((worker, w) =>
      feedWorker(worker, take, jobOf, (reply) => {
        reply.parsed.forEach((p, k) => (out[reply.from + k] = p));
        pool.onChunk?.(reply.from, w + 1);
      }),
    );
    for (let chunk = pool.mainThread === false ? null : take(); chunk !== null; chunk = take()) {
      const from = chunk * chunkSize;
      for (let k = from; k < Math.min(files.length, from + chunkSize); k++) out[k] = parseIngested(files[k], optionsAt(k));
      pool.onChunk?.(from, 0);
      // Let workers' replies in, and hand them their next chunk, between chunks.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    // A worker still starting up holds no chunk and is not waited for (unless the workers do all the work).
    await Promise.all(feeders.filter((f) => f.busy() || pool.mainThread === false).map((f) => f.done));
  } finally {
    for (const worker of workers) void worker.terminate();
  }
  return out;
}

/**
 * The characters of text documents, which is what the parser spends its time
 * on. Tables do not count: a row is read in microseconds, and a parse cloned
 * back from a worker shares no strings with its input (each duty carries its
 * own copy of its file name and unit id: +35 MB of heap a 100,000 duties,
 * measured), which the million-duty table runs cannot spare.
 */
function characters(files: readonly IngestedFile[]): number {
  let total = 0;
  for (const f of files) if (f.kind === 'text') for (const l of f.lines) total += l.text.length;
  return total;
}

/**
 * Keeps one worker busy once it is ready: a chunk, its reply, the next chunk.
 * `done` settles when the worker asks for more and none is left (or rejects
 * when it fails); `busy` tells whether it holds a chunk.
 */
function feedWorker(worker: Worker, take: () => number | null, jobOf: (chunk: number) => ParseJob, accept: (reply: ParseReply) => void) {
  let busy = false;
  let finish: () => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  worker.on('message', (message: ParseWorkerMessage) => {
    if (message.kind === 'parsed') accept(message);
    const chunk = take();
    busy = chunk !== null;
    if (chunk === null) finish();
    else worker.postMessage(jobOf(chunk));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`parse worker exited with code ${code}`)));
  return { done, busy: () => busy };
}
