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

/** The figure groups of `npm run eval`, in the order they run. */
export const EVAL_GROUPS = ['labelled', 'pairs', 'owners', 'gaps', 'onet', 'stsb', 'extract'] as const;
/** One figure group of `npm run eval`. */
export type EvalGroup = (typeof EVAL_GROUPS)[number];

/** The flags of `npm run eval`, settled once. */
export interface EvalOptions {
  /** Figure groups to compute (all when the flag is absent). */
  only: EvalGroup[];
  /** Extraction: print per-document misses of the open and tune parts (never of the test part). */
  detail: boolean;
  /** Extraction: folder of the project's gold batches (each `<batch>/gold.json`), or null for test/corpus/extract. */
  extractCorpus: string | null;
}

/**
 * Parses the eval flags: --only a,b (labelled, pairs, owners, gaps, onet, stsb, extract) --detail
 * --extract-corpus DIR. Throws on an unknown flag or group name.
 */
export function parseEvalArgs(argv: readonly string[]): EvalOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      only: { type: 'string', multiple: true },
      detail: { type: 'boolean', default: false },
      'extract-corpus': { type: 'string' },
    },
    strict: true,
  });
  const names = (values.only ?? []).flatMap((v) => v.split(',')).filter(Boolean);
  const unknown = names.filter((n) => !(EVAL_GROUPS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`--only: unknown figure group ${unknown.join(', ')} (choose from ${EVAL_GROUPS.join(', ')})`);
  return {
    only: names.length === 0 ? [...EVAL_GROUPS] : EVAL_GROUPS.filter((g) => names.includes(g)),
    detail: values.detail ?? false,
    extractCorpus: values['extract-corpus'] ?? null,
  };
}
