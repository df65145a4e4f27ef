import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCatalogue, CatalogueSchema } from '../../src/findings/catalogue.ts';
import { flattenCatalogue, functionLabel, functionMatchTexts } from '../../src/findings/catalogue-flatten.ts';
import { catalogueJsonSchema } from '../../src/findings/catalogue-json-schema.ts';
import { InputError } from '../../src/util/errors.ts';
import { loadCatalogue } from '../../src/run/resources.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SHIPPED = ['analysis/catalogues/marketing-department.yaml', 'analysis/catalogues/headquarters.yaml'];

/** The InputError parseCatalogue throws for `text`, as one line. */
function errorOf(text: string): string {
  try {
    parseCatalogue(text, 'bad.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).toLine();
  }
  throw new Error('expected an InputError');
}

const VALID = `
catalogueVersion: 1
id: tiny
name: { zh: 小目录 }
description: ''
functions:
  - id: intel
    name: { zh: 情报, en: Intelligence }
    description: 情报
    examples: []
    children:
      - id: intel.research
        name: { zh: 市场调研 }
        description: 调研
        examples: [进行市场调研, Conduct market research]
  - id: pricing
    name: { en: Pricing }
    description: ''
    examples: [制定产品价格]
`;

describe('catalogue schema and loading', () => {
  it('parseCatalogue(text, file) reads a valid catalogue', () => {
    const c = parseCatalogue(VALID, 'tiny.yaml');
    expect(c.functions.map((f) => f.id)).toEqual(['intel', 'pricing']);
    expect(c.functions[0].children?.[0].examples).toEqual(['进行市场调研', 'Conduct market research']);
  });

  it('parseCatalogue(text, file) names the file, the failing field and the function when a leaf has no examples', () => {
    const bad = VALID.replace('examples: [进行市场调研, Conduct market research]', 'examples: []');
    expect(errorOf(bad)).toBe(
      'bad.yaml: functions[0].children[0].examples (function "intel.research"): a function without children needs at least one example',
    );
  });

  it('parseCatalogue(text, file) names a field of the wrong type', () => {
    expect(errorOf(VALID.replace('examples: [制定产品价格]', 'examples: 制定产品价格'))).toMatch(
      /^bad\.yaml: functions\[1\]\.examples \(function "pricing"\): .*expected array/,
    );
  });

  it('parseCatalogue(text, file) rejects ids that are not kebab or dotted, and unknown keys', () => {
    expect(errorOf(VALID.replace('id: pricing', 'id: Pricing Fn'))).toMatch(/functions\[1\]\.id .*lower-case kebab or dotted/);
    expect(errorOf(VALID.replace('    description: 调研', '    descripton: 调研'))).toMatch(/functions\[0\]\.children\[0\]/);
  });

  it('parseCatalogue(text, file) rejects a name with neither zh nor en', () => {
    expect(errorOf(VALID.replace('name: { en: Pricing }', 'name: {}'))).toMatch(/functions\[1\]\.name.*zh or an en name/);
  });

  it('parseCatalogue(text, file) rejects an id used twice anywhere in the tree', () => {
    expect(errorOf(VALID.replace('id: intel.research', 'id: pricing'))).toBe('bad.yaml: functions: function id "pricing" is used more than once');
  });

  it('parseCatalogue(text, file) reports invalid YAML with its line', () => {
    expect(errorOf('catalogueVersion: 1\nfunctions: [a, b\n')).toMatch(/^bad\.yaml: invalid YAML at line \d+/);
  });

  it('parseCatalogue(text, file) requires the format version', () => {
    expect(errorOf(VALID.replace('catalogueVersion: 1', 'catalogueVersion: 2'))).toMatch(/^bad\.yaml: catalogueVersion: /);
  });

  it('loadCatalogue(file) reports a missing file as an InputError naming it', () => {
    expect(() => loadCatalogue('no/such/catalogue.yaml')).toThrow(InputError);
    expect(() => loadCatalogue('no/such/catalogue.yaml')).toThrow(/cannot read catalogue/);
  });
});

describe('flattenCatalogue', () => {
  const flat = flattenCatalogue(parseCatalogue(VALID, 'tiny.yaml'));

  it('flattenCatalogue(c) lists parents before children with their path and depth', () => {
    expect(flat.map((f) => [f.id, f.path.join('/'), f.depth, f.parentId, f.leaf])).toEqual([
      ['intel', 'intel', 0, null, false],
      ['intel.research', 'intel/intel.research', 1, 'intel', true],
      ['pricing', 'pricing', 0, null, true],
    ]);
  });

  it('functionLabel(name, language) picks the document language and falls back to the other', () => {
    expect(functionLabel(flat[0].name, 'en')).toBe('Intelligence');
    expect(functionLabel(flat[1].name, 'en')).toBe('市场调研');
    expect(functionLabel(flat[2].name, 'zh')).toBe('Pricing');
  });

  it('functionMatchTexts(fn) gives names and description as one text, then each example; nothing for a heading', () => {
    expect(functionMatchTexts(flat[1])).toEqual(['市场调研 调研', '进行市场调研', 'Conduct market research']);
    expect(functionMatchTexts(flat[0])).toEqual([]);
  });
});

describe('shipped catalogues', () => {
  for (const file of SHIPPED) {
    it(`loadCatalogue("${file}") validates, with ids unique and every checked function worded several ways`, () => {
      const flat = flattenCatalogue(loadCatalogue(`${root}${file}`));
      expect(flat.length).toBeGreaterThan(25);
      for (const f of flat) {
        if (f.leaf) expect(f.examples.length, f.id).toBeGreaterThanOrEqual(2);
        // Chinese duty documents are the main input, so every checked function needs Chinese phrasings.
        if (f.examples.length > 0) expect(f.examples.some((e) => /\p{Script=Han}/u.test(e)), f.id).toBe(true);
        expect(f.name.zh, f.id).toBeTruthy();
        expect(f.name.en, f.id).toBeTruthy();
      }
    });
  }

  it('headquarters.yaml has examples in both Chinese and English for every function', () => {
    for (const f of flattenCatalogue(loadCatalogue(`${root}${SHIPPED[1]}`))) {
      expect(f.examples.some((e) => /\p{Script=Han}/u.test(e)), f.id).toBe(true);
      expect(f.examples.some((e) => /^[\x20-\x7e]+$/.test(e)), f.id).toBe(true);
    }
  });

  it('headquarters.yaml covers the common headquarters functions, including party and union work', () => {
    const ids = new Set(flattenCatalogue(loadCatalogue(`${root}${SHIPPED[1]}`)).map((f) => f.id));
    for (const id of [
      'strategy', 'finance.accounting', 'finance.budgeting', 'finance.treasury', 'finance.tax', 'hr.recruitment',
      'hr.training', 'hr.compensation', 'hr.performance', 'hr.employee-relations', 'legal.compliance', 'procurement',
      'it', 'marketing', 'sales', 'customer-service', 'brand-pr', 'audit', 'administration.secretariat',
      'administration.archives', 'administration.logistics', 'administration.facilities', 'administration.security',
      'risk', 'investor-relations', 'quality', 'rnd', 'party.building', 'party.union',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('marketing-department.yaml has the four roles and maps all fifteen standard 市场部 duties', () => {
    const catalogue = loadCatalogue(`${root}${SHIPPED[0]}`);
    expect(catalogue.functions.map((f) => f.id).slice(0, 4)).toEqual(['intelligence', 'advisory', 'supervisory', 'public-relations']);
    const descriptions = flattenCatalogue(catalogue).map((f) => f.description).join(' ');
    const numbers = [...descriptions.matchAll(/(\d\d)/g)].map((m) => m[1]);
    for (let n = 1; n <= 15; n++) expect(numbers, `标准职责 ${n}`).toContain(String(n).padStart(2, '0'));
  });
});

describe('catalogueJsonSchema', () => {
  it('catalogueJsonSchema() matches docs/catalogue.schema.json (DUTYLENS_UPDATE_SCHEMA=1 rewrites it)', () => {
    const file = `${root}docs/catalogue.schema.json`;
    const generated = catalogueJsonSchema();
    if (process.env.DUTYLENS_UPDATE_SCHEMA === '1') writeFileSync(file, generated);
    expect(existsSync(file), 'docs/catalogue.schema.json is missing: run with DUTYLENS_UPDATE_SCHEMA=1').toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('catalogueJsonSchema() describes the recursive function tree under one definition', () => {
    const schema = JSON.parse(catalogueJsonSchema());
    expect(schema.required).toEqual(['catalogueVersion', 'id', 'name', 'description', 'functions']);
    expect(schema.$defs.CatalogueFunction.properties.children.items).toEqual({ $ref: '#/$defs/CatalogueFunction' });
  });

  it('CatalogueSchema accepts what the shipped catalogues hold after a JSON round trip', () => {
    const c = loadCatalogue(`${root}${SHIPPED[0]}`);
    expect(CatalogueSchema.parse(JSON.parse(JSON.stringify(c)))).toEqual(c);
  });
});
