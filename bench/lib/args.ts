import { parseArgs } from 'node:util';

/** The flags of `npm run bench`, settled once. */
export interface BenchOptions {
  /** Benchmark names to run (all when empty). */
  only: string[];
  /** Corpus size override (each benchmark has its own defaults). */
  size: number | null;
  /** Cosine threshold of the all-pairs search. */
  threshold: number;
  /** Threads for dutylens (the main thread and workers − 1 worker threads). */
  workers: number;
  /** Largest size compared against scikit-learn (its brute force is quadratic). */
  sklearnMax: number;
  /** Largest size also checked against the plain JS brute force. */
  bruteMax: number;
}

/** Parses the bench flags: --only a,b --size N --threshold T --workers W --sklearn-max N --brute-max N. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      only: { type: 'string', multiple: true },
      size: { type: 'string' },
      threshold: { type: 'string', default: '0.6' },
      workers: { type: 'string', default: '2' },
      'sklearn-max': { type: 'string', default: '50000' },
      'brute-max': { type: 'string', default: '10000' },
    },
    strict: true,
  });
  return {
    only: (values.only ?? []).flatMap((v) => v.split(',')).filter(Boolean),
    size: values.size === undefined ? null : Number(values.size),
    threshold: Number(values.threshold),
    workers: Number(values.workers),
    sklearnMax: Number(values['sklearn-max']),
    bruteMax: Number(values['brute-max']),
  };
}
