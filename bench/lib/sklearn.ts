import { spawnSync } from 'node:child_process';
import { runJsonChild } from './child.ts';

/** Debian's python3-sklearn lives under this interpreter (the python3 first on PATH may lack it). */
export const SYSTEM_PYTHON = '/usr/bin/python3';

/** What the scikit-learn baseline measured. */
export interface SklearnRun {
  seconds: number;
  peakMB: number;
  pairs: number;
  sklearn: string;
}

/** The scikit-learn version under the system Python, or null when it is not installed. */
export function sklearnVersion(python = SYSTEM_PYTHON): string | null {
  const probe = spawnSync(python, ['-c', 'import sklearn, scipy; print(sklearn.__version__)'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.trim() : null;
}

/** Files the baseline reads and writes. */
export interface SklearnFiles {
  tokens: string;
  group: string;
  skip: string;
  out: string;
}

/** Runs the brute-force baseline (bench/sklearn-allpairs.py) in its own process. */
export function runSklearn(files: SklearnFiles, threshold: number, python = SYSTEM_PYTHON): Promise<SklearnRun> {
  const script = new URL('../sklearn-allpairs.py', import.meta.url).pathname;
  return runJsonChild<SklearnRun>(python, [script, files.tokens, files.group, files.skip, String(threshold), files.out]);
}
