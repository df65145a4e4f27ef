import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GapKindSchema, RelationSchema, ResultSchema } from '../../src/model.ts';
import { loadFixture } from './fixture.ts';

describe('test/fixtures/result-small.json', () => {
  const raw = JSON.parse(readFileSync(new URL('../fixtures/result-small.json', import.meta.url), 'utf8'));

  it('ResultSchema.parse(fixture) accepts it', () => {
    expect(ResultSchema.safeParse(raw).success).toBe(true);
  });

  it('has a Chinese document of 9 units, a small English one and a one-unit Chinese fragment', () => {
    const r = loadFixture();
    expect(r.documents.map((d) => d.language)).toEqual(['zh', 'en', 'zh']);
    expect(r.units.filter((u) => u.documentId === r.documents[2].id)).toHaveLength(1);
    expect(r.units.filter((u) => u.documentId === r.documents[0].id)).toHaveLength(9);
  });

  it('covers every relation, both-lead conflicts, generic groups and every gap kind', () => {
    const r = loadFixture();
    expect(new Set(r.pairs.map((p) => p.relation))).toEqual(new Set(RelationSchema.options));
    expect(r.pairs.some((p) => p.bothLead)).toBe(true);
    expect(r.genericGroups.length).toBeGreaterThan(0);
    expect(new Set(r.gaps.map((g) => g.kind))).toEqual(new Set(GapKindSchema.options));
  });

  it('has accepted conflicts and gaps (one acceptance of each expired), changes of every kind and a trend', () => {
    const r = loadFixture();
    const conflicts = r.pairs.filter((p) => p.conflict && p.acceptance);
    expect(conflicts.some((p) => p.acceptance!.expired)).toBe(true);
    expect(conflicts.some((p) => !p.acceptance!.expired && p.bothLead)).toBe(true);
    expect(r.gaps.filter((g) => g.acceptance).map((g) => g.acceptance!.expired).sort()).toEqual([false, true]);
    const c = r.changes!;
    expect(new Set(c.duties.map((d) => d.kind))).toEqual(new Set(['added', 'removed', 'reworded', 'moved']));
    expect(new Set(c.pairs.map((d) => d.kind))).toEqual(new Set(['new', 'resolved', 'relation-changed']));
    expect(new Set(c.gaps.map((d) => d.kind))).toEqual(new Set(['opened', 'closed']));
    expect(r.trend!.length).toBeGreaterThanOrEqual(2);
  });

  it('has an asymmetric coverage matrix', () => {
    const m = loadFixture().matrix[0];
    const asymmetric = m.coverage.some((row, i) => row.some((c, j) => c !== m.coverage[j][i]));
    expect(asymmetric).toBe(true);
  });

  it('carries the nasty duty texts the escaping tests rely on', () => {
    const texts = loadFixture().duties.map((d) => d.text).join('\n');
    for (const nasty of ['<script>alert(1)</script>', '</script>', '&amp;', '"', "'", '\u2028']) expect(texts).toContain(nasty);
  });
});
