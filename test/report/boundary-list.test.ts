import { describe, expect, it } from 'vitest';
import type { AnalysisOptions } from '../../src/model.ts';
import { boundaryList, BOUNDARY_RELATIONS } from '../../src/report/boundary-list.ts';
import { indexResult } from '../../src/report/result-index.ts';
import { buildResult, type DocumentSpec } from './result-builder.ts';
import { loadFixture } from './fixture.ts';

const OPTIONS: AnalysisOptions = {
  candidateThreshold: 0.3, overlapThreshold: 0.5, duplicateThreshold: 0.85, genericMinUnits: 3,
  language: 'zh', catalogue: null, coverageThreshold: 0.5, level: 0,
};

function doc(pairs: DocumentSpec['pairs'], roles: Record<string, 'lead' | 'support' | 'approve' | 'oversee'> = {}): DocumentSpec {
  const duty = (key: string, line: number) => ({ key, text: `职责${key}`, role: roles[key] ?? 'lead', line });
  return {
    id: 'd', title: 'd', file: 'd.txt', language: 'zh', script: 'simplified', pairs,
    units: [
      { name: '甲处', kind: 'office', line: 1, duties: [duty('a1', 2), duty('a2', 3)] },
      { name: '乙处', kind: 'office', line: 4, duties: [duty('b1', 5), duty('b2', 6)] },
      { name: '丙处', kind: 'office', line: 7, duties: [duty('c1', 8)] },
    ],
  };
}

const pair = (a: string, b: string, relation: DocumentSpec['pairs'][number]['relation'], score = 0.6) => ({ a, b, relation, score, sharedTerms: [], reason: { rule: 'names-partner' as const, params: {}, terms: [] } });

describe('boundaryList', () => {
  it('boundaryList(indexResult(result), doc, relations) joins duties connected by the given relations into one piece of work', () => {
    const r = buildResult([doc([pair('a1', 'b1', 'overlap'), pair('b1', 'c1', 'collaboration')], { c1: 'support' })], OPTIONS);
    const list = boundaryList(indexResult(r), 'd', BOUNDARY_RELATIONS);
    expect(list.clusters).toHaveLength(1);
    expect(list.clusters[0].dutyIds).toHaveLength(3);
    expect(list.unsharedDuties).toBe(2);
  });

  it('boundaryList marks two lead units as a conflict and names supporting units', () => {
    const r = buildResult([doc([pair('a1', 'b1', 'overlap'), pair('b1', 'c1', 'collaboration')], { c1: 'support' })], OPTIONS);
    const [c] = boundaryList(indexResult(r), 'd', BOUNDARY_RELATIONS).clusters;
    const name = (id: string) => r.units.find((u) => u.id === id)!.name;
    expect(c.lead.map(name)).toEqual(['甲处', '乙处']);
    expect(c.support.map(name)).toEqual(['丙处']);
    expect(c.conflict).toBe(true);
    expect(c.conflictPairs).toBe(1);
  });

  it('boundaryList does not join duties through relations it was not given (parallel, internal, generic)', () => {
    const r = buildResult([doc([pair('a1', 'b1', 'parallel'), pair('a2', 'b2', 'internal'), pair('b2', 'c1', 'generic')])], OPTIONS);
    const list = boundaryList(indexResult(r), 'd', BOUNDARY_RELATIONS);
    expect(list.clusters).toEqual([]);
    expect(list.unsharedDuties).toBe(5);
  });

  it('boundaryList with one lead and one approver is no conflict', () => {
    const r = buildResult([doc([pair('a1', 'b1', 'overlap')], { b1: 'approve' })], OPTIONS);
    const [c] = boundaryList(indexResult(r), 'd', BOUNDARY_RELATIONS).clusters;
    expect(c.conflict).toBe(false);
    expect(c.approve).toHaveLength(1);
  });

  it('boundaryList gives a unit its strongest role in the cluster (lead over support)', () => {
    const r = buildResult([doc([pair('a1', 'b1', 'collaboration'), pair('a2', 'b1', 'collaboration')], { a2: 'support', b1: 'support' })], OPTIONS);
    const [c] = boundaryList(indexResult(r), 'd', BOUNDARY_RELATIONS).clusters;
    expect(c.lead).toHaveLength(1);
    expect(c.support).toHaveLength(1);
  });

  it('boundaryList puts conflicts first', () => {
    const r = buildResult([doc([pair('a2', 'c1', 'collaboration'), pair('a1', 'b1', 'duplicate', 0.9)], { c1: 'support' })], OPTIONS);
    const list = boundaryList(indexResult(r), 'd', BOUNDARY_RELATIONS);
    expect(list.clusters.map((c) => c.conflict)).toEqual([true, false]);
  });

  it('boundaryList on the fixture does not count a parent department leading its own office’s work as a conflict', () => {
    const r = loadFixture();
    const docId = r.documents[0].id;
    const list = boundaryList(indexResult(r), docId, BOUNDARY_RELATIONS);
    const dept = r.units.find((u) => u.name === '市场部')!;
    const withDept = list.clusters.find((c) => c.lead.includes(dept.id))!;
    expect(withDept.lead).toHaveLength(2);
    expect(withDept.conflict).toBe(false);
    expect(list.clusters.filter((c) => c.conflict)).toHaveLength(3);
  });
});

describe('starGroups', () => {
  it('starGroups(count, edges) does not merge a chain of look-alikes into one piece of work', async () => {
    const { starGroups } = await import('../../src/report/boundary-list.ts');
    // 0–1–2–3–4–5 is a chain; 2 also touches 6: the centre 2 takes 1, 3 and 6, the rest group apart.
    const group = starGroups(7, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [2, 6]]);
    expect(new Set(group).size).toBeGreaterThan(1);
    expect(group[1]).toBe(group[2]);
    expect(group[3]).toBe(group[2]);
    expect(group[6]).toBe(group[2]);
    expect(group[4]).toBe(group[5]);
    expect(group[0]).toBe(0);
  });

  it('starGroups picks the same centres as scanning every duty for the most ungrouped neighbours', async () => {
    const { starGroups } = await import('../../src/report/boundary-list.ts');
    // The definition, quadratic: each round scans all duties (ties: lower index).
    const scan = (count: number, edges: readonly (readonly [number, number])[]): number[] => {
      const neighbours: number[][] = Array.from({ length: count }, () => []);
      for (const [a, b] of edges) {
        neighbours[a].push(b);
        neighbours[b].push(a);
      }
      const group = new Array<number>(count).fill(-1);
      for (;;) {
        let centre = -1;
        let best = 0;
        for (let i = 0; i < count; i++) {
          const free = group[i] === -1 ? neighbours[i].filter((j) => group[j] === -1).length : 0;
          if (free > best) [best, centre] = [free, i];
        }
        if (centre === -1) break;
        group[centre] = centre;
        for (const j of neighbours[centre]) if (group[j] === -1) group[j] = centre;
      }
      return group.map((g, i) => (g === -1 ? i : g));
    };
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    for (let round = 0; round < 200; round++) {
      const count = 1 + Math.floor(random() * 40);
      // Dense and sparse graphs, repeated edges and self-loops included.
      const edges = Array.from({ length: Math.floor(random() * count * 3) }, () => [Math.floor(random() * count), Math.floor(random() * count)] as const);
      expect(starGroups(count, edges)).toEqual(scan(count, edges));
    }
  });
});
