import type { AnalysisOptions } from '../model.ts';

/** The defaults of every analysis option (a job file and flags override them, in that order). */
export const DEFAULT_OPTIONS: AnalysisOptions = {
  candidateThreshold: 0.25,
  overlapThreshold: 0.28,
  duplicateThreshold: 0.85,
  genericMinUnits: 4,
  language: 'auto',
  catalogue: null,
  coverageThreshold: 0.35,
  coverageMinDuties: 5,
  level: 0,
};
