import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { AllPairsInput, PairHit } from './all-pairs.ts';
import { buildAllPairsIndex, sharedBuffers, type AllPairsIndex } from './all-pairs-index.ts';
import { sortedHits, type PairBuffer } from './all-pairs-buffer.ts';
import { startWorker } from './workers/start-worker.ts';
import type { AllPairsWorkerData, AllPairsWorkerMessage } from './workers/all-pairs-worker.ts';

/** How to run the parallel search. */
export interface AllPairsParallelOptions {
  /** Worker threads probing the shared index; defaults to the number of cores. */
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

function runWorkers(index: AllPairsIndex, count: number, chunkSize: number, sink: PairChunkSink): Promise<number> {
  const data: AllPairsWorkerData = { index, counter: new Int32Array(new SharedArrayBuffer(4)), chunkSize };
  const pending = new Map<number, PairBuffer>();
  let next = 0;
  let emitted = 0;
  let finished = 0;
  let chain: Promise<void> = Promise.resolve();
  const threads: Worker[] = [];
  return new Promise<number>((resolve, reject) => {
    const fail = (error: unknown) => {
      for (const t of threads) void t.terminate();
      reject(error);
    };
    // Chunks finish out of order across workers; release them to the sink strictly in chunk order.
    const flush = () => {
      for (let ready = pending.get(next); ready; ready = pending.get(next)) {
        pending.delete(next++);
        const pairs = ready;
        emitted += pairs.length;
        chain = chain.then(() => sink(pairs));
      }
    };
    const onMessage = (message: AllPairsWorkerMessage) => {
      switch (message.kind) {
        case 'chunk':
          pending.set(message.chunk, { i: message.i, j: message.j, score: message.score, length: message.i.length });
          flush();
          return;
        case 'done':
          if (++finished === count) chain.then(() => resolve(emitted), fail);
          return;
      }
    };
    for (let w = 0; w < count; w++) {
      const worker = startWorker(new URL('./workers/all-pairs-worker.ts', import.meta.url), { workerData: data });
      worker.on('message', onMessage);
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0) fail(new Error(`all-pairs worker exited with code ${code}`));
      });
      threads.push(worker);
    }
  });
}
