import { familyPrefix } from './feature-family.ts';
import { morphy } from './wordnet-morphy.ts';
import type { WordNet, WordNetPos } from './wordnet.ts';

/** Which WordNet concepts an English word contributes as features. */
export interface ConceptOptions {
  /** Parts of speech to look the word up in (its part of speech in the text is not known). */
  pos: readonly WordNetPos[];
  /** At most this many senses per part of speech, most frequent first (family sense). */
  senses: number;
  /** Levels of hypernyms above those senses (family hypernym); 0 for none. */
  hypernymLevels: number;
}

/** One-letter tags of the parts of speech in concept feature names. */
function posLetter(pos: WordNetPos): string {
  switch (pos) {
    case 'noun':
      return 'n';
    case 'verb':
      return 'v';
    case 'adj':
      return 'a';
  }
}

/** Concept lookups per WordNet and options key: words repeat far more often than they are new. */
const lookups = new WeakMap<WordNet, Map<string, (word: string) => readonly string[]>>();

/**
 * The concept lookup of a WordNet and options: word → features, cached per
 * word. A word's features are a feature per synset of its leading senses
 * ("k|n10004189"), so "client" and "customer" meet on the synset they both
 * name, and optionally their hypernyms ("h|n09635878"), so kinds of one
 * thing meet. Each concept appears once per word; a word WordNet does not
 * know has none. Get the lookup once per text, not once per word.
 */
export function conceptLookup(wordnet: WordNet, options: ConceptOptions): (word: string) => readonly string[] {
  let byOptions = lookups.get(wordnet);
  if (!byOptions) {
    byOptions = new Map();
    lookups.set(wordnet, byOptions);
  }
  const key = `${options.pos.join(',')}/${options.senses}/${options.hypernymLevels}`;
  let lookup = byOptions.get(key);
  if (!lookup) {
    const cache = new Map<string, readonly string[]>();
    lookup = (word) => {
      let features = cache.get(word);
      if (!features) {
        features = computeConcepts(word, wordnet, options);
        cache.set(word, features);
      }
      return features;
    };
    byOptions.set(key, lookup);
  }
  return lookup;
}

/** The concept features of one word (uncached; see conceptLookup). */
function computeConcepts(word: string, wordnet: WordNet, options: ConceptOptions): string[] {
  const out = new Set<string>();
  for (const pos of options.pos) {
    const lemma = morphy(word, pos, wordnet);
    if (!lemma) continue;
    const letter = posLetter(pos);
    let level = wordnet.senses(lemma, pos).slice(0, options.senses);
    for (const offset of level) out.add(`${familyPrefix('sense')}${letter}${offset}`);
    for (let depth = 0; depth < options.hypernymLevels; depth++) {
      level = [...new Set(level.flatMap((offset) => wordnet.hypernyms(pos, offset)))];
      for (const offset of level) out.add(`${familyPrefix('hypernym')}${letter}${offset}`);
    }
  }
  return [...out];
}
