/**
 * Worker thread of startRenderer: loads the reporters (jsdom, d3, exceljs:
 * most of a second of module loading) as soon as it starts, then renders the
 * result it is sent and posts the files back.
 */
import { parentPort } from 'node:worker_threads';
import type { Result } from '../../model.ts';
import { preloadReporters, render, type ReporterName, type ReportFile, type ReportOptions } from '../../report/index.ts';

/** What the main thread sends: the result and how to render it. */
export interface RenderRequest {
  result: Result;
  reporters: ReporterName[];
  options: ReportOptions;
}

/** What comes back: the files, or the error's message. */
export type RenderReply = { kind: 'files'; files: ReportFile[] } | { kind: 'error'; message: string; stack?: string };

if (parentPort) {
  const port = parentPort;
  const loaded = preloadReporters(['html', 'xlsx', 'csv', 'md']);
  port.once('message', async (request: RenderRequest) => {
    try {
      await loaded;
      const files = await render(request.result, request.reporters, request.options);
      const transfer = files.flatMap((f) => (typeof f.content === 'string' ? [] : [f.content.buffer as ArrayBuffer]));
      port.postMessage({ kind: 'files', files } satisfies RenderReply, transfer);
    } catch (error) {
      port.postMessage({ kind: 'error', message: (error as Error).message, stack: (error as Error).stack } satisfies RenderReply);
    }
  });
}
