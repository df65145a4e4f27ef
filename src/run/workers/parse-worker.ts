/**
 * Worker thread of parseFiles: says when it is ready, then parses the
 * chunks of files the main thread sends, one reply per chunk, until it is
 * terminated.
 */
import { parentPort } from 'node:worker_threads';
import type { IngestedFile } from '../../ingest/types.ts';
import type { ParseOptions } from '../../parse/parsed-file.ts';
import { parseIngested, type LoadedParse } from '../parse-ingested.ts';

/** A chunk to parse: files from position `from` on, each with its options. */
export interface ParseJob {
  from: number;
  files: IngestedFile[];
  options: ParseOptions[];
}

/** A parsed chunk: one parse per file of the job, in its order. */
export interface ParseReply {
  kind: 'parsed';
  from: number;
  parsed: LoadedParse[];
}

/** What a worker says: that it is ready for a first chunk (once its modules are loaded), or a parsed chunk. */
export type ParseWorkerMessage = { kind: 'ready' } | ParseReply;

if (parentPort) {
  const port = parentPort;
  port.on('message', (job: ParseJob) => {
    const reply: ParseReply = { kind: 'parsed', from: job.from, parsed: job.files.map((file, k) => parseIngested(file, job.options[k])) };
    port.postMessage(reply);
  });
  port.postMessage({ kind: 'ready' } satisfies ParseWorkerMessage);
}
