import { resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { catalogueFileOrNull } from './catalogue-names.ts';

/** What to watch for a job: its file, its inputs (a glob's fixed leading folder), and its catalogue. */
export function watchTargets(jobFile: string, jobDir: string, inputs: readonly string[], catalogue: string | null, workspace: string): string[] {
  const targets = new Set<string>([resolve(workspace, jobFile)]);
  for (const input of inputs) {
    if (!isDynamicPattern(input)) targets.add(resolve(jobDir, input));
    else {
      // chokidar 4 takes no globs: watch the pattern's fixed leading folders; the run lists the matches itself.
      const fixed = input.split('/').filter((_, i, parts) => !parts.slice(0, i + 1).some((p) => isDynamicPattern(p)));
      targets.add(resolve(jobDir, fixed.length > 0 ? fixed.join('/') : '.'));
    }
  }
  // A bundled catalogue's name is watched as the bundled file.
  if (catalogue) targets.add(catalogueFileOrNull(catalogue, workspace) ?? resolve(workspace, catalogue));
  return [...targets].sort();
}

/** A running watcher. */
export interface Watcher {
  close(): Promise<void>;
}

/**
 * Calls `run` when any target changes, debounced: a burst of saves (an editor
 * writing a file in several steps, a `git checkout`) gives one run, started
 * `debounceMs` after the last event. Runs never overlap: a change during a
 * run schedules one more run after it.
 */
export async function watchFiles(
  targets: readonly string[],
  run: () => Promise<void>,
  options: { debounceMs: number; ignored: (path: string) => boolean },
): Promise<Watcher> {
  const { watch } = await import('chokidar');
  const watcher = watch([...targets], { ignoreInitial: true, ignored: options.ignored, awaitWriteFinish: false });
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  const start = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => {
      running = null;
      if (again) {
        again = false;
        start();
      }
    });
  };
  watcher.on('all', () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(start, options.debounceMs);
  });
  await new Promise<void>((ok) => watcher.once('ready', () => ok()));
  return {
    async close() {
      if (timer) clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}

