import type { AnalysisOptions } from '../model.ts';

/**
 * The analysis defaults, as a job settles them. A copy of DEFAULT_OPTIONS in
 * analyze.ts, kept here because analyze.ts loads the whole analysis (jieba,
 * natural, the similarity kernel) and a scheduled run with nothing to do must
 * finish without loading it; test/run/job-settle.test.ts fails if the two drift.
 */
export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = {
  candidateThreshold: 0.3,
  overlapThreshold: 0.5,
  duplicateThreshold: 0.85,
  genericMinUnits: 4,
  language: 'auto',
  catalogue: null,
  coverageThreshold: 0.35,
  level: 0,
};
