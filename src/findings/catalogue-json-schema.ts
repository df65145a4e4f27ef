import { z } from 'zod';
import { CatalogueSchema } from './catalogue.ts';

/**
 * The JSON Schema of catalogue files, generated from CatalogueSchema so the
 * published docs/catalogue.schema.json cannot drift from the loader. Editors
 * that read a `# yaml-language-server: $schema=…` line use it to check and
 * complete catalogues as they are written. Returned as pretty JSON text with
 * a final newline, ready to write.
 */
export function catalogueJsonSchema(): string {
  const schema = z.toJSONSchema(CatalogueSchema, { io: 'input' });
  const { $schema, ...rest } = schema;
  const titled = {
    $schema,
    title: 'dutylens reference catalogue',
    ...rest,
    description: 'A tree of the functions an organisation or a unit is expected to own, with duty-like example phrasings.',
  };
  return `${JSON.stringify(titled, null, 2)}\n`;
}
