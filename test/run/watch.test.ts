import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchFiles, watchTargets } from '../../src/run/watch.ts';
import { BUNDLED_CATALOGUE_DIR } from '../../src/run/catalogue-names.ts';

async function until(test: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
}

describe('watchTargets(jobFile, jobDir, inputs, catalogue, workspace)', () => {
  it('watches the job file, each input (a glob by its fixed folder) and the catalogue', () => {
    const ws = resolve('/ws');
    expect(watchTargets('analysis/j.yaml', join(ws, 'analysis'), ['../docs', 'tables/*.tsv'], 'analysis/c.yaml', ws)).toEqual(
      [join(ws, 'analysis/c.yaml'), join(ws, 'analysis/j.yaml'), join(ws, 'analysis/tables'), join(ws, 'docs')].sort(),
    );
  });

  it('watches a bundled catalogue given by name as its bundled file', () => {
    const ws = resolve('/ws');
    expect(watchTargets('j.yaml', ws, ['docs'], 'headquarters', ws)).toContain(join(BUNDLED_CATALOGUE_DIR, 'headquarters.yaml'));
  });
});

describe('watchFiles(targets, run, options)', () => {
  it('runs once for a burst of changes, and again for a later change', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dutylens-watch-'));
    let runs = 0;
    const watcher = await watchFiles([dir], async () => void runs++, { debounceMs: 300, ignored: () => false });
    try {
      for (let i = 0; i < 3; i++) await writeFile(join(dir, 'a.txt'), `edit ${i}`);
      await until(() => runs > 0);
      expect(runs).toBe(1);
      await writeFile(join(dir, 'b.txt'), 'another');
      await until(() => runs > 1);
      expect(runs).toBe(2);
    } finally {
      await watcher.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
