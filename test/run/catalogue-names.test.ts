import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCatalogueNames, catalogueFile, isBundledCatalogueName } from '../../src/run/catalogue-names.ts';
import { InputError } from '../../src/util/errors.ts';
import { loadCatalogue } from '../../src/run/resources.ts';

/** A folder with a catalogue folder of its own (two names) and a working folder holding one file named like a catalogue. */
function fixture(): { bundled: string; work: string } {
  const root = mkdtempSync(join(tmpdir(), 'dutylens-catalogue-names-'));
  const bundled = join(root, 'catalogues');
  const work = join(root, 'work');
  mkdirSync(bundled);
  mkdirSync(work);
  writeFileSync(join(bundled, 'finance.yaml'), 'x');
  writeFileSync(join(bundled, 'sales.yml'), 'x');
  writeFileSync(join(bundled, 'README.md'), 'x');
  writeFileSync(join(work, 'sales'), 'a file of that name');
  return { bundled, work };
}

describe('bundled catalogues by name', () => {
  it('bundledCatalogueNames(dir) lists the YAML files without their extension, sorted', () => {
    expect(bundledCatalogueNames(fixture().bundled)).toEqual(['finance', 'sales']);
  });

  it('bundledCatalogueNames() lists the catalogues shipped in analysis/catalogues/', () => {
    expect(bundledCatalogueNames()).toEqual(expect.arrayContaining(['headquarters', 'marketing-department']));
  });

  it('catalogueFile(spec) finds a bundled catalogue by name, with or without .yaml, when no such file exists', () => {
    const { bundled, work } = fixture();
    expect(catalogueFile('finance', work, bundled)).toBe(join(bundled, 'finance.yaml'));
    expect(catalogueFile('finance.yaml', work, bundled)).toBe(join(bundled, 'finance.yaml'));
    expect(isBundledCatalogueName('finance', work, bundled)).toBe(true);
  });

  it('catalogueFile(spec) prefers an existing file of that name to the bundled catalogue', () => {
    const { bundled, work } = fixture();
    expect(catalogueFile('sales', work, bundled)).toBe(join(work, 'sales'));
    expect(isBundledCatalogueName('sales', work, bundled)).toBe(false);
  });

  it('catalogueFile(spec) takes no path as a name', () => {
    const { bundled, work } = fixture();
    expect(() => catalogueFile('sub/finance', work, bundled)).toThrow(InputError);
  });

  it('catalogueFile(spec) names the spec and lists the bundled names when it names nothing', () => {
    const { bundled, work } = fixture();
    expect(() => catalogueFile('marketing', work, bundled)).toThrow(
      new InputError('marketing', 'cannot read catalogue: no such file, and no bundled catalogue of that name (bundled: finance, sales)'),
    );
  });

  it('loadCatalogue(name) reads the shipped catalogue of that name', () => {
    expect(loadCatalogue('marketing-department').functions.length).toBeGreaterThan(0);
  });
});
