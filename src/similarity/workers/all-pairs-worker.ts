/**
 * Worker thread of allPairsParallel: probes chunks of positions of a shared
 * all-pairs index until none are left. Chunks are claimed through an atomic
 * counter (no round trip to the main thread), so a fast worker simply takes
 * more of them; each chunk's pairs go back as transferred typed arrays.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AllPairsIndex } from '../all-pairs-index.ts';
import { createProbeScratch, probeRange } from '../all-pairs-probe.ts';
import { createPairBuffer, trimPairBuffer } from '../all-pairs-buffer.ts';

/** What the main thread hands a worker: the shared index, the chunk counter and the chunk size. */
export interface AllPairsWorkerData {
  index: AllPairsIndex;
  /** One Int32 on a SharedArrayBuffer: the next chunk number to claim. */
  counter: Int32Array;
  chunkSize: number;
}

/** A message from a worker: one probed chunk's pairs, or that it is done. */
export type AllPairsWorkerMessage =
  | { kind: 'chunk'; chunk: number; i: Int32Array; j: Int32Array; score: Float64Array }
  | { kind: 'done' };

function run(data: AllPairsWorkerData, post: (message: AllPairsWorkerMessage, transfer: ArrayBuffer[]) => void): void {
  const { index, counter, chunkSize } = data;
  const scratch = createProbeScratch(index);
  for (;;) {
    const chunk = Atomics.add(counter, 0, 1);
    const from = chunk * chunkSize;
    if (from >= index.rows) break;
    const out = createPairBuffer(256);
    probeRange(index, from, Math.min(index.rows, from + chunkSize), scratch, out);
    const { i, j, score } = trimPairBuffer(out);
    post({ kind: 'chunk', chunk, i, j, score }, [i.buffer as ArrayBuffer, j.buffer as ArrayBuffer, score.buffer as ArrayBuffer]);
  }
  post({ kind: 'done' }, []);
}

if (parentPort) {
  const port = parentPort;
  run(workerData as AllPairsWorkerData, (message, transfer) => port.postMessage(message, transfer));
}
