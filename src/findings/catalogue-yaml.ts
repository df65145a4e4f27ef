import { Document } from 'yaml';
import type { Catalogue } from './catalogue.ts';

/**
 * A catalogue as YAML, with a header comment (default: a note that the
 * catalogue is a machine draft to edit). Long lines are not folded, so
 * every example stays on one line and diffs stay readable.
 */
export function catalogueToYaml(
  catalogue: Catalogue,
  header = [
    'DRAFT function catalogue suggested by dutylens from the duties themselves.',
    'Edit before use: rename functions, merge or split them, drop boilerplate,',
    'and add example phrasings of work that should exist but nobody does yet.',
  ],
): string {
  const doc = new Document(catalogue);
  doc.commentBefore = header.map((line) => ` ${line}`).join('\n');
  return doc.toString({ lineWidth: 0 });
}
