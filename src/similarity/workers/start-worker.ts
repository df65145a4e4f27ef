import { Worker, type WorkerOptions } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * Starts a worker thread from a module URL, also when that module is a .ts
 * source run through tsx. Node 20 ignores ESM loader flags in a Worker's
 * execArgv (`--import tsx` there still fails with "Unknown file extension
 * .ts", nodejs/node#47747), so a .ts worker is started from a small inline
 * bootstrap that registers tsx inside the thread and then imports the module.
 */
export function startWorker(url: URL, options: WorkerOptions = {}): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  const bootstrap = `import(${JSON.stringify(tsxApiUrl())}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/**
 * The URL of a module beside `base` (an `import.meta.url`), with base's own
 * extension: `.ts` when running the sources through tsx, `.js` when running
 * the build in dist/. A worker's file is named by URL, which the compiler's
 * import rewriting does not see.
 */
export function siblingModule(path: string, base: string): URL {
  const extension = new URL(base).pathname.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`${path}${extension}`, base);
}

/** URL of tsx's ESM register API, resolved from this file so the working folder does not matter. */
function tsxApiUrl(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('tsx/package.json');
  const manifest = require(manifestPath) as { exports: Record<string, { import: { default: string } }> };
  return new URL(manifest.exports['./esm/api'].import.default, pathToFileURL(manifestPath)).href;
}
