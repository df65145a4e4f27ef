import type { Language } from '../model.ts';
import type { Catalogue, CatalogueNode, LocalizedName } from './catalogue.ts';

/**
 * One catalogue function taken out of its tree, in depth-first (file)
 * order, with where it sits. Coverage works on a list of these.
 */
export interface CatalogueFunction {
  /** Stable id from the catalogue. */
  id: string;
  /** Names as written in the catalogue. */
  name: LocalizedName;
  /** What the function is. */
  description: string;
  /** Duty-like phrasings matched against duties; empty for a heading, which is not checked. */
  examples: string[];
  /** Ids from the top-level function down to this one (inclusive). */
  path: string[];
  /** Depth in the tree: 0 for a top-level function. */
  depth: number;
  /** The enclosing function's id, or null at the top. */
  parentId: string | null;
  /** True when the function has no sub-functions. */
  leaf: boolean;
}

/** All functions of a catalogue, parents before their children, in file order. */
export function flattenCatalogue(catalogue: Catalogue): CatalogueFunction[] {
  const out: CatalogueFunction[] = [];
  const walk = (nodes: readonly CatalogueNode[], parent: CatalogueFunction | null): void => {
    for (const node of nodes) {
      const children = node.children ?? [];
      const flat: CatalogueFunction = {
        id: node.id,
        name: node.name,
        description: node.description,
        examples: node.examples,
        path: [...(parent?.path ?? []), node.id],
        depth: parent === null ? 0 : parent.depth + 1,
        parentId: parent?.id ?? null,
        leaf: children.length === 0,
      };
      out.push(flat);
      walk(children, flat);
    }
  };
  walk(catalogue.functions, null);
  return out;
}

/**
 * The name to show for a function in a document of the given language,
 * falling back to the other language when the catalogue has only one.
 */
export function functionLabel(name: LocalizedName, language: Language): string {
  switch (language) {
    case 'zh':
      return name.zh ?? name.en ?? '';
    case 'en':
      return name.en ?? name.zh ?? '';
  }
}

/**
 * The texts to vectorise for a function, one vector each: its names and
 * description as one text, then every example. A duty's score against the
 * function is the best cosine over these, so one close phrasing is enough.
 * A heading (no examples) gets none: it is not checked.
 */
export function functionMatchTexts(fn: CatalogueFunction): string[] {
  if (fn.examples.length === 0) return [];
  const header = [fn.name.zh, fn.name.en, fn.description].filter((s): s is string => !!s && s.trim() !== '').join(' ');
  return header === '' ? [...fn.examples] : [header, ...fn.examples];
}
