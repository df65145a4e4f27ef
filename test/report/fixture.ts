/** Loads test/fixtures/result-small.json through the schema. */
import { readFileSync } from 'node:fs';
import { ResultSchema, type Result } from '../../src/model.ts';

/** The small fixture result every report golden is made from. */
export function loadFixture(): Result {
  return ResultSchema.parse(JSON.parse(readFileSync(new URL('../fixtures/result-small.json', import.meta.url), 'utf8')));
}
