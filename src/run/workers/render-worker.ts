/**
 * Worker thread of one reporter (report-threads.ts): loads the reporter's
 * modules as soon as it starts, then renders the one result it is sent and
 * replies with the files (or the error).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Result } from '../../model.ts';
import { preloadReporter, renderOne, type ReportFile, type ReporterName, type ReportOptions } from '../../report/index.ts';

/** What the thread is started with. */
export interface RenderWorkerData {
  reporter: ReporterName;
}

/** What the main thread sends: the result to render. */
export interface RenderJob {
  result: Result;
  options: ReportOptions;
}

/** The thread's one reply. */
export type RenderReply = { kind: 'files'; files: ReportFile[] } | { kind: 'failed'; message: string; stack: string };

if (parentPort) {
  const port = parentPort;
  const { reporter } = workerData as RenderWorkerData;
  const loaded = preloadReporter(reporter);
  port.once('message', (job: RenderJob) => {
    loaded
      .then(() => renderOne(reporter, job.result, job.options))
      .then(
        (files) => {
          // Bytes (the XLSX) that fill a buffer of their own move to the main thread instead of being copied.
          const transfer = files.flatMap((f) =>
            typeof f.content !== 'string' && f.content.byteOffset === 0 && f.content.byteLength === f.content.buffer.byteLength ? [f.content.buffer as ArrayBuffer] : [],
          );
          port.postMessage({ kind: 'files', files } satisfies RenderReply, transfer);
        },
        (error: unknown) => {
          const e = error instanceof Error ? error : new Error(String(error));
          port.postMessage({ kind: 'failed', message: e.message, stack: e.stack ?? '' } satisfies RenderReply);
        },
      );
  });
}
