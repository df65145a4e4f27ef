import type { BenchOptions } from './args.ts';

/**
 * A named benchmark of `npm run bench`. bench.ts keeps a list of these, so
 * adding one (e.g. the seeds or O*NET end to end) is adding an entry.
 */
export interface Benchmark {
  /** Name used with --only. */
  name: string;
  /** One line on what it measures. */
  description: string;
  /** Runs it, printing one parseable line per comparison through `print`. */
  run(options: BenchOptions, print: (line: string) => void): Promise<void>;
}
