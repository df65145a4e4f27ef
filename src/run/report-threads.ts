/**
 * Reporters on threads of their own. The HTML reporter loads jsdom and d3:
 * most of a second of start-up that, on a worker thread started before the
 * documents are read, happens while the main thread parses and analyses them.
 * When the result is ready it renders there, beside the other reporters on the
 * main thread. A reporter renders the same files on any thread: it is a pure
 * function of the result. (The XLSX reporter stays on the main thread: on two
 * cores a second worker loading exceljs slowed the parse more than it saved.)
 */
import type { Worker } from 'node:worker_threads';
import type { Result } from '../model.ts';
import type { ReportFile, ReporterName, ReportOptions, ReportThreads } from '../report/index.ts';
import { siblingModule, startWorker } from '../similarity/workers/start-worker.ts';
import type { RenderReply, RenderWorkerData } from './workers/render-worker.ts';

/** The reporters worth a thread: those whose modules take long to load. */
export const THREADED_REPORTERS: readonly ReporterName[] = ['html'];

/**
 * Above this many pairs the reporters run on the main thread: a worker gets
 * a copy of the result, which a large one cannot spare the memory for, and
 * its start-up is then a small part of the time.
 */
export const THREADED_MAX_PAIRS = 100_000;

/** Reporters started on threads, waiting for a result. */
export interface StartedReportThreads extends ReportThreads {
  /** Stops every thread; a render still running rejects. */
  close(): Promise<void>;
}

/**
 * Starts a thread for each of `reporters` worth one. The threads do not keep
 * the process alive while they wait, so a run that stops before rendering
 * (bad input) exits as it would without them.
 */
export function startReportThreads(reporters: readonly ReporterName[]): StartedReportThreads {
  const threads = new Map<ReporterName, Thread>();
  for (const name of new Set(reporters)) if (THREADED_REPORTERS.includes(name)) threads.set(name, startThread(name));
  return {
    render(name, result, options) {
      const thread = threads.get(name);
      threads.delete(name); // one render a thread
      if (thread && !thread.stopped && result.pairs.length <= THREADED_MAX_PAIRS) return renderOn(thread, name, result, options);
      // A large result, or a thread that has stopped (it could not load its modules): the caller renders, and meets the same problem if there is one.
      void thread?.worker.terminate();
      return null;
    },
    async close() {
      await Promise.all([...threads.values()].map((t) => t.worker.terminate()));
      threads.clear();
    },
  };
}

/** A reporter's worker, and whether it has stopped. */
interface Thread {
  worker: Worker;
  stopped: boolean;
}

/** Starts the worker of one reporter; it does not keep the process alive until a render is asked of it. */
function startThread(reporter: ReporterName): Thread {
  const workerData: RenderWorkerData = { reporter };
  const worker = startWorker(siblingModule('./workers/render-worker', import.meta.url), { workerData });
  worker.unref();
  const thread: Thread = { worker, stopped: false };
  const stop = () => (thread.stopped = true);
  worker.on('error', stop);
  worker.on('exit', stop);
  return thread;
}

/** Sends the result to a thread and waits for its files; the thread ends after replying. */
function renderOn(thread: Thread, name: ReporterName, result: Result, options: ReportOptions): Promise<ReportFile[]> {
  const { worker } = thread;
  return new Promise<ReportFile[]>((resolve, reject) => {
    worker.ref(); // the reply is what the process waits for
    let settled = false;
    const settle = (act: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      act();
    };
    worker.once('message', (reply: RenderReply) =>
      settle(() => (reply.kind === 'files' ? resolve(reply.files) : reject(new Error(`the ${name} report failed: ${reply.message}\n${reply.stack}`)))),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`the ${name} report's thread exited with code ${code} before it replied`))));
    worker.postMessage({ result, options });
  });
}
