import { describe, expect, it } from 'vitest';
import { ResultSchema } from '../../src/model.ts';
import { upgradeResult } from '../../src/findings/result-upgrade.ts';
import { loadFixture } from '../report/fixture.ts';

/** The fixture as dutylens wrote it at schemaVersion 2: one summary, all conflicts counted, no per-organisation counts. */
function asVersion2() {
  const { organisationSummaries, summary, ...rest } = loadFixture();
  const { openByRelation, acceptedByRelation, bothLeadByRelation, acceptedConflicts, acceptedGaps, openGapsByKind, ...old } = summary;
  return { ...rest, schemaVersion: 2, summary: { ...old, conflicts: summary.conflicts + acceptedConflicts } };
}

describe('upgradeResult(data)', () => {
  it('reads a version-2 result as version 3, counting its findings again', () => {
    const upgraded = ResultSchema.parse(upgradeResult(JSON.parse(JSON.stringify(asVersion2()))));
    const current = loadFixture();
    expect(upgraded.schemaVersion).toBe(current.schemaVersion);
    expect(upgraded.summary).toEqual(current.summary);
    expect(upgraded.organisationSummaries).toEqual(current.organisationSummaries);
  });

  it('leaves other versions as they are, for the reader to refuse', () => {
    const future = { ...asVersion2(), schemaVersion: 99 };
    expect(upgradeResult(future)).toBe(future);
  });
});
