import { describe, expect, it } from 'vitest';
import { sameUnits } from '../../src/findings/unit-identity.ts';
import { doc, unit } from './org-fixtures.ts';

const inOrg = (id: string, organisation: string) => ({ ...doc(id), organisation });
const under = (id: string, documentId: string, path: string[]) => ({ ...unit(id, documentId, path[path.length - 1]), path });

describe('sameUnits', () => {
  it('sameUnits(units, documents) maps units of one organisation with one path of names to the first of them, names folded as unit names are compared', () => {
    const documents = [inOrg('d1', 'org'), inOrg('d2', 'org')];
    const units = [under('a', 'd1', ['财务部']), under('b', 'd1', ['Human Resources']), under('c', 'd2', ['财务部']), under('d', 'd2', ['human  resources '])];
    expect(Object.fromEntries(sameUnits(units, documents))).toEqual({ a: 'a', b: 'b', c: 'a', d: 'b' });
  });

  it('sameUnits(units, documents) keeps one name under two parents, and one name in two organisations, apart', () => {
    const documents = [inOrg('d1', 'org'), inOrg('d2', 'org'), inOrg('d3', 'other')];
    const units = [under('a', 'd1', ['财务部', '综合科']), under('b', 'd2', ['人力资源部', '综合科']), under('c', 'd3', ['财务部', '综合科']), under('d', 'd2', ['财务部', '综合科'])];
    expect(Object.fromEntries(sameUnits(units, documents))).toEqual({ a: 'a', b: 'b', c: 'c', d: 'a' });
  });
});
