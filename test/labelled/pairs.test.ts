import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  countByLabel,
  isConflictLabel,
  LabelSchema,
  pairKey,
  parseLabelledPairs,
  readLabelledPairs,
  type Label,
  type LabelledPair,
} from './labelled-pair.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const pairs = readLabelledPairs(join(here, 'pairs.yaml'));
const drcFile = '../shared/samples/drc-units/drc_units.tsv';

/** The five documents the candidates came from (seeds/004 produced none). */
const expectedFiles = [
  'seeds/000_634195122df2118e.txt',
  'seeds/001_94b0fa48ae8414f2.txt',
  'seeds/002_48a5b74466f8c1e3.txt',
  'seeds/003_805e8c79604db5b9.txt',
  drcFile,
];

/** Reads the README counts table: first cell is the file in backticks (or **all**), then one count per label. */
function readmeCounts(): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const line of readFileSync(join(here, 'README.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const name = cells[1]?.match(/^`(.+)`$|^\*\*(all)\*\*$/);
    if (!name || cells.length !== LabelSchema.options.length + 4) continue;
    rows.set(name[1] ?? name[2], cells.slice(2, -1).map(Number));
  }
  return rows;
}

const countsRow = (subset: LabelledPair[]) => {
  const counts = countByLabel(subset);
  const perLabel = LabelSchema.options.map((label: Label) => counts[label]);
  return [...perLabel, subset.length];
};

describe('parseLabelledPairs', () => {
  const entry = 'file: seeds/x.txt\n  unitA: 甲\n  textA: 甲做\n  unitB: 乙\n  textB: 乙做\n';

  it('parseLabelledPairs(yaml) reads a well-formed entry with its label and note', () => {
    const got = parseLabelledPairs(`- ${entry}  label: overlap\n  note: 都做\n`);
    expect(got).toEqual([
      { file: 'seeds/x.txt', unitA: '甲', textA: '甲做', unitB: '乙', textB: '乙做', label: 'overlap', note: '都做' },
    ]);
  });

  it('parseLabelledPairs(yaml) rejects a label outside the eight', () => {
    expect(() => parseLabelledPairs(`- ${entry}  label: conflict\n`)).toThrow();
  });

  it('parseLabelledPairs(yaml) rejects an unknown field, so typos in keys do not pass silently', () => {
    expect(() => parseLabelledPairs(`- ${entry}  label: distinct\n  lable: overlap\n`)).toThrow();
  });
});

describe('pairKey', () => {
  it('pairKey(pair) is the same for (A, B) and (B, A)', () => {
    const ab: LabelledPair = { file: 'f', unitA: '甲', textA: 'x', unitB: '乙', textB: 'y', label: 'distinct' };
    const ba: LabelledPair = { ...ab, unitA: '乙', textA: 'y', unitB: '甲', textB: 'x' };
    expect(pairKey(ab)).toBe(pairKey(ba));
    expect(pairKey(ab)).not.toBe(pairKey({ ...ab, textB: 'z' }));
  });
});

describe('pairs.yaml', () => {
  it('pairs.yaml holds at least 130 pairs from all five documents', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(130);
    expect([...new Set(pairs.map((p) => p.file))].sort()).toEqual([...expectedFiles].sort());
  });

  it('pairs.yaml uses every label at least once', () => {
    const counts = countByLabel(pairs);
    for (const label of LabelSchema.options) expect(counts[label], label).toBeGreaterThan(0);
  });

  it('pairs.yaml is at least half hard negatives (pairs that are not conflicts)', () => {
    const negatives = pairs.filter((p) => !isConflictLabel(p.label)).length;
    expect(negatives * 2).toBeGreaterThanOrEqual(pairs.length);
  });

  it('pairs.yaml lists each pair once and never pairs a duty with itself', () => {
    const keys = pairs.map(pairKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of pairs) expect(p.unitA === p.unitB && p.textA === p.textB, `${p.unitA}: ${p.textA}`).toBe(false);
  });

  it('pairs.yaml names seed documents that exist in the repository', () => {
    for (const file of new Set(pairs.map((p) => p.file))) {
      if (file.startsWith('seeds/')) expect(existsSync(join(repoRoot, file)), file).toBe(true);
    }
  });

  it('README.md counts per label and per file match pairs.yaml', () => {
    const table = readmeCounts();
    expect([...table.keys()].sort()).toEqual([...expectedFiles, 'all'].sort());
    for (const file of expectedFiles) {
      expect(table.get(file), file).toEqual(countsRow(pairs.filter((p) => p.file === file)));
    }
    expect(table.get('all')).toEqual(countsRow(pairs));
  });

  const drcPath = resolve(repoRoot, drcFile);
  it.skipIf(!existsSync(drcPath))('pairs.yaml quotes DRC duty texts exactly as the sample has them (needs ../shared)', () => {
    const sample = readFileSync(drcPath, 'utf8');
    for (const p of pairs.filter((q) => q.file === drcFile)) {
      expect(sample.includes(p.textA), p.textA).toBe(true);
      expect(sample.includes(p.textB), p.textB).toBe(true);
    }
  });
});
