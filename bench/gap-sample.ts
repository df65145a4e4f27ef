/**
 * Draws the blind gap sample of a corpus of other organisations' documents
 * (test/corpus/gaps/other): for each document, `perDocument` catalogue
 * functions of its form's catalogue, chosen by a hash of the file and the
 * function id, so the sample depends on neither the tool's decisions nor the
 * order of the documents. A labeller answers each item from the document's
 * text alone (led, support-only, none, several-lead), and `npm run eval`
 * compares the tool's current decisions with those answers. Because the
 * sample is uniform over the checks, the figures stay unbiased whatever rule
 * changes later. Usage: tsx bench/gap-sample.ts [CORPUS_DIR]
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flattenCatalogue, functionLabel } from '../src/findings/catalogue-flatten.ts';
import { loadCatalogue } from '../src/run/resources.ts';
import { catalogueFile } from '../src/run/catalogue-names.ts';
import { readGapSources, GAP_FORMS } from './eval-gaps.ts';

/** Functions drawn per document: a fifth of the headquarters catalogue, half of the department one. */
const PER_DOCUMENT = { h: 20, m: 15 } as const;

function rank(file: string, functionId: string): string {
  return createHash('sha1').update(`${file}\u0000${functionId}`).digest('hex');
}

export function drawGapSample(dir: string): Array<{ id: string; file: string; functionId: string; function: string; description: string; examples: string[] }> {
  const items: Array<{ id: string; file: string; functionId: string; function: string; description: string; examples: string[] }> = [];
  for (const source of readGapSources(dir)) {
    const catalogue = loadCatalogue(catalogueFile(GAP_FORMS[source.form]));
    const checked = flattenCatalogue(catalogue).filter((f) => f.examples.length > 0);
    const drawn = [...checked].sort((a, b) => (rank(source.file, a.id) < rank(source.file, b.id) ? -1 : 1)).slice(0, PER_DOCUMENT[source.form]);
    for (const f of drawn.sort((a, b) => checked.indexOf(a) - checked.indexOf(b))) {
      items.push({ id: '', file: source.file, functionId: f.id, function: functionLabel(f.name, 'zh'), description: f.description, examples: f.examples });
    }
  }
  return items.map((item, i) => ({ ...item, id: `o${String(i + 1).padStart(3, '0')}` }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? fileURLToPath(new URL('../test/corpus/gaps/other', import.meta.url));
  const items = drawGapSample(dir);
  writeFileSync(join(dir, 'items.json'), `${JSON.stringify(items, null, 1)}\n`);
  console.log(`${items.length} items for ${new Set(items.map((i) => i.file)).size} documents → ${join(dir, 'items.json')}`);
}
