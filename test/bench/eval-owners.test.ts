import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evalOwners, ownerFigures, ownerLines } from '../../bench/eval-owners.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/owners/', import.meta.url));
const gold = (owner: string | null) => ({ unitA: 'A', textA: 'x', unitB: 'B', textB: 'y', owner, support: null, evidence: 'mandate' as const, why: '' });

describe('ownerFigures(scored)', () => {
  it('counts agreement over gold pairs with an owner; a tie or a missing pair is no agreement; null gold is left out', () => {
    const f = ownerFigures(
      [
        { organisation: 'o', gold: gold('A'), suggested: 'A' },
        { organisation: 'o', gold: gold('B'), suggested: 'A' },
        { organisation: 'o', gold: gold('B'), suggested: null },
        { organisation: 'o', gold: gold('A'), suggested: undefined },
        { organisation: 'o', gold: gold(null), suggested: 'A' },
      ],
      1,
    );
    expect(f).toEqual({ organisations: 1, withOwner: 4, nullOwners: 1, notFound: 1, agree: 1, ties: 1, agreement: 0.25 });
  });
});

describe('evalOwners(root)', () => {
  it('scores each gold pair directly from the analysis, flagged or not, per split', async () => {
    const e = (await evalOwners(FIXTURE))!;
    expect(e.parts.map((p) => p.split)).toEqual(['tune', 'test']);
    const tune = e.parts[0].figures;
    expect(tune).toMatchObject({ organisations: 1, withOwner: 3, nullOwners: 1, notFound: 1 });
    expect(tune.agree).toBe(2);
    expect(ownerLines(e)[0]).toBe('owners tune: 1 orgs, 3 gold owners (1 null, 1 not found): agreement 0.667 (2/3, 0 ties)');
    expect(e.parts[1].figures.withOwner).toBe(0);
  });

  it('is null when no organisation has gold owners (the eval then prints "no gold owners yet")', async () => {
    expect(await evalOwners(fileURLToPath(new URL('./fixtures/none/', import.meta.url)))).toBeNull();
  });
});
