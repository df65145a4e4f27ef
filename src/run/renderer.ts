import type { Worker } from 'node:worker_threads';
import type { Result } from '../model.ts';
import { render, type ReporterName, type ReportFile, type ReportOptions } from '../report/index.ts';
import { startWorker } from '../similarity/workers/start-worker.ts';
import type { RenderReply, RenderRequest } from './workers/render-thread.ts';

/** Renders a result with the named reporters; close() lets go of the render thread if it was never used (a failed run). */
export interface Renderer {
  render(result: Result, reporters: ReporterName[], options: ReportOptions): Promise<ReportFile[]>;
  close(): void;
}

/** Reporters whose modules take long enough to load that a worker thread pays off. */
const HEAVY: readonly ReporterName[] = ['html', 'xlsx'];

/**
 * A renderer to start before the analysis. When an HTML or XLSX report is
 * wanted, a worker thread loads jsdom, d3 and exceljs on the second core
 * while the main thread reads and analyses the documents, then renders the
 * result there; otherwise (JSON, CSV, Markdown) it renders in-process. The
 * files are the same either way (test/run/renderer.test.ts).
 */
export function startRenderer(reporters: readonly ReporterName[]): Renderer {
  let worker: Worker | undefined = reporters.some((r) => HEAVY.includes(r)) ? startWorker(new URL('./workers/render-thread.ts', import.meta.url)) : undefined;
  // An idle worker must not keep the process alive if the analysis fails before rendering.
  worker?.unref();
  return {
    render(result, names, options) {
      const thread = worker;
      worker = undefined;
      if (!thread) return render(result, names, options);
      return new Promise<ReportFile[]>((resolve, reject) => {
        thread.ref();
        thread.once('error', reject);
        thread.once('exit', (code) => reject(new Error(`the report thread stopped (exit code ${code})`)));
        thread.once('message', (reply: RenderReply) => {
          void thread.terminate();
          if (reply.kind === 'files') resolve(reply.files);
          else reject(Object.assign(new Error(reply.message), { stack: reply.stack }));
        });
        thread.postMessage({ result, reporters: names, options } satisfies RenderRequest);
      });
    },
    close() {
      void worker?.terminate();
      worker = undefined;
    },
  };
}
