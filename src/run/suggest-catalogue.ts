/**
 * `dutylens suggest-catalogue`'s analysis: every duty of the model except
 * boilerplate, clustered into a draft catalogue to edit. The CLI reads the
 * inputs and writes the file; this does the rest.
 */
import type { OrgModel } from '../model.ts';
import { categoryOf } from '../findings/category.ts';
import { catalogueToYaml } from '../findings/catalogue-yaml.ts';
import { parseCatalogue } from '../findings/catalogue.ts';
import { suggestCatalogue } from '../findings/suggest-catalogue.ts';
import { buildVectorSpace, vectorize } from '../similarity/vectorize.ts';
import { termsOf } from '../text/terms.ts';
import { loadLexicon, loadRelationRules } from './resources.ts';

/** The draft catalogue as YAML (checked to read back as a catalogue), with how many functions it has from how many duties. */
export function suggestCatalogueYaml(
  model: OrgModel,
  language: 'auto' | 'zh' | 'en',
  options: { threshold: number; minSize: number },
  file: string,
): { yaml: string; functions: number; duties: number } {
  const lexicon = loadLexicon();
  const rules = loadRelationRules();
  const documentLanguage = new Map(model.documents.map((d) => [d.id, d.language]));
  const documentOfUnit = new Map(model.units.map((u) => [u.id, u.documentId]));
  // Boilerplate makes no function: leave it out of the clustering.
  const duties = model.duties.filter((d) => categoryOf(d.normalized, rules) !== 'generic');
  const terms = duties.map((d) => {
    const lang = language === 'auto' ? (documentLanguage.get(documentOfUnit.get(d.unitId) ?? '') ?? 'zh') : language;
    return termsOf(d.normalized, lang, lexicon);
  });
  const space = buildVectorSpace(terms.map((t) => t.features), { idfPrior: lexicon.idfPrior });
  const catalogue = suggestCatalogue(
    duties.map((d, k) => ({ id: d.id, text: d.text, normalized: d.normalized, words: terms[k].words })),
    terms.map((t) => vectorize(space, t.features)),
    options,
  );
  const yaml = catalogueToYaml(catalogue);
  parseCatalogue(yaml, file);
  return { yaml, functions: catalogue.functions.length, duties: duties.length };
}
