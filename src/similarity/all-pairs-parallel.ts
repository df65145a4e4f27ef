import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { AllPairsInput, PairHit } from './all-pairs.ts';
import { buildAllPairsIndex, type AllPairsIndex } from './all-pairs-index.ts';
import { sharedBuffers } from './all-pairs-memory.ts';
import { createPairBuffer, sortedHits, type PairBuffer } from './all-pairs-buffer.ts';
import { createProbeScratch, probeRange } from './all-pairs-probe.ts';
import { siblingModule, startWorker } from './workers/start-worker.ts';
import type { AllPairsWorkerData, AllPairsWorkerMessage } from './workers/all-pairs-worker.ts';

/** How to run the parallel search. */
export interface AllPairsParallelOptions {
  /** Threads probing the shared index (the main thread and workers − 1 worker threads); defaults to the number of cores. */
  workers?: number;
  /** Positions per chunk of work; defaults to a size that gives each worker dozens of chunks. */
  chunkSize?: number;
}

/** Called with each chunk's pairs, in chunk order; a returned promise is awaited before the next chunk (back-pressure). */
export type PairChunkSink = (pairs: PairBuffer) => void | Promise<void>;

/** What a streamed search did. */
export interface AllPairsStreamSummary {
  /** Pairs passed to the sink. */
  pairs: number;
  /** Vectors that took part (not skipped, not empty). */
  activeVectors: number;
  /** Postings in the index (entries of the indexed suffixes). */
  postings: number;
}

/**
 * Exact all-pairs search on worker threads: the same pairs as allPairs,
 * sorted by (i, j). The index is built once in SharedArrayBuffers and every
 * worker probes it in place (no per-worker rebuild, no copy).
 */
export async function allPairsParallel(input: AllPairsInput, options: AllPairsParallelOptions = {}): Promise<PairHit[]> {
  const buffers: PairBuffer[] = [];
  await allPairsStream(input, options, (pairs) => {
    buffers.push(pairs);
  });
  return sortedHits(buffers);
}

/**
 * Exact all-pairs search on worker threads that hands pairs to `sink` chunk by
 * chunk instead of holding them all, for corpora whose pairs do not fit in
 * one array. Chunks arrive in a fixed order (by probe position), so the
 * stream is the same on every run; inside a chunk pairs are in probe order,
 * not sorted by (i, j).
 */
export async function allPairsStream(input: AllPairsInput, options: AllPairsParallelOptions, sink: PairChunkSink): Promise<AllPairsStreamSummary> {
  const index = buildAllPairsIndex(input, sharedBuffers);
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(index.rows / 16) || 1));
  const chunkSize = options.chunkSize ?? Math.max(16, Math.min(2048, Math.ceil(index.rows / (workers * 48))));
  const pairs = await runWorkers(index, workers, chunkSize, sink);
  return { pairs, activeVectors: index.rows, postings: index.postPos.length };
}

/**
 * Runs `threads` probing threads: the main thread plus threads − 1 workers.
 * The main thread starts probing at once, which hides the workers' start-up
 * (registering tsx and loading the kernel takes a few hundred ms), and yields
 * between chunks so worker results still reach the sink while it works.
 */
async function runWorkers(index: AllPairsIndex, threads: number, chunkSize: number, sink: PairChunkSink): Promise<number> {
  const data: AllPairsWorkerData = { index, counter: new Int32Array(new SharedArrayBuffer(4)), chunkSize };
  const pending = new Map<number, PairBuffer>();
  let next = 0;
  let emitted = 0;
  let chain: Promise<void> = Promise.resolve();
  // Chunks finish out of order across threads; release them to the sink strictly in chunk order.
  const accept = (chunk: number, pairs: PairBuffer) => {
    pending.set(chunk, pairs);
    for (let ready = pending.get(next); ready; ready = pending.get(next)) {
      pending.delete(next++);
      const batch = ready;
      emitted += batch.length;
      chain = chain.then(() => sink(batch));
    }
  };
  const totalChunks = Math.ceil(index.rows / chunkSize);
  let completed = 0;
  let allIn: () => void = () => {};
  const everyChunk = new Promise<void>((resolve) => (allIn = resolve));
  const collect = (chunk: number, pairs: PairBuffer) => {
    accept(chunk, pairs);
    if (++completed === totalChunks) allIn();
  };
  if (totalChunks === 0) allIn();
  // Once every chunk is in, workers still starting up are not waited for (terminated below).
  const workers = Array.from({ length: Math.min(threads, totalChunks) - 1 }, () => startWorker(siblingModule('./workers/all-pairs-worker', import.meta.url), { workerData: data }));
  const crashed = Promise.all(workers.map((worker) => workerDone(worker, collect)));
  try {
    const scratch = createProbeScratch(index);
    for (let chunk = Atomics.add(data.counter, 0, 1); chunk < totalChunks; chunk = Atomics.add(data.counter, 0, 1)) {
      const out = createPairBuffer(256);
      probeRange(index, chunk * chunkSize, Math.min(index.rows, (chunk + 1) * chunkSize), scratch, out);
      collect(chunk, out);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await Promise.race([everyChunk, crashed.then(() => everyChunk)]);
    await chain;
  } finally {
    for (const worker of workers) void worker.terminate();
  }
  return emitted;
}

/** Resolves when a worker has sent its last chunk, passing each chunk to `accept`; rejects on a crash. */
function workerDone(worker: Worker, accept: (chunk: number, pairs: PairBuffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.on('message', (message: AllPairsWorkerMessage) => {
      switch (message.kind) {
        case 'chunk':
          accept(message.chunk, { i: message.i, j: message.j, score: message.score, length: message.i.length });
          return;
        case 'done':
          resolve();
          return;
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`all-pairs worker exited with code ${code}`))));
  });
}
