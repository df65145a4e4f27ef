import { describe, expect, it } from 'vitest';
import { ResultSchema } from '../../src/model.ts';
import { upgradeResult } from '../../src/findings/result-upgrade.ts';
import { loadFixture } from '../report/fixture.ts';
import { pairReasonText } from '../../src/report/i18n.ts';

/** The fixture as dutylens wrote it at schemaVersion 2: one summary, all conflicts counted, no per-organisation counts. */
function asVersion2() {
  const { organisationSummaries, summary, ...rest } = loadFixture();
  const { openByRelation, acceptedByRelation, bothLeadByRelation, acceptedConflicts, acceptedGaps, openGapsByKind, ...old } = summary;
  return { ...rest, schemaVersion: 2, summary: { ...old, conflicts: summary.conflicts + acceptedConflicts } };
}

describe('upgradeResult(data)', () => {
  it('reads a version-2 result as the current version, counting its findings again', () => {
    const upgraded = ResultSchema.parse(upgradeResult(JSON.parse(JSON.stringify(asVersion2()))));
    const current = loadFixture();
    expect(upgraded.schemaVersion).toBe(current.schemaVersion);
    expect(upgraded.summary).toEqual(current.summary);
    expect(upgraded.organisationSummaries).toEqual(current.organisationSummaries);
  });

  it('keeps a version-2 reason or note, a sentence, as a text reason shown as it is', () => {
    const old = asVersion2();
    const v2 = {
      ...old,
      pairs: old.pairs.map((p) => ({ ...p, reason: '两项职责措辞几乎相同。' })),
      gaps: old.gaps.map((g) => ({ ...g, note: 'No unit has a duty matching it.' })),
      genericGroups: old.genericGroups.map((g) => ({ ...g, reason: '通用兜底条款。' })),
    };
    const upgraded = ResultSchema.parse(upgradeResult(JSON.parse(JSON.stringify(v2))));
    expect(upgraded.pairs[0].reason).toEqual({ rule: 'text', params: { text: '两项职责措辞几乎相同。' }, terms: [] });
    expect(pairReasonText('en', upgraded.pairs[0].reason)).toBe('两项职责措辞几乎相同。');
    expect(upgraded.gaps[0].note).toEqual({ rule: 'text', text: 'No unit has a duty matching it.' });
    expect(upgraded.genericGroups[0].reason).toEqual({ rule: 'text', text: '通用兜底条款。' });
  });

  it('reads a version-3 result as it is: its gaps stay gaps, and nothing is weak', () => {
    const current = loadFixture();
    const v3 = { ...current, schemaVersion: 3, coverage: current.coverage.filter((c) => c.outcome !== 'weak') };
    const upgraded = ResultSchema.parse(upgradeResult(JSON.parse(JSON.stringify(v3))));
    expect(upgraded).toEqual({ ...v3, schemaVersion: current.schemaVersion });
  });

  it('leaves other versions as they are, for the reader to refuse', () => {
    const future = { ...asVersion2(), schemaVersion: 99 };
    expect(upgradeResult(future)).toBe(future);
  });
});
