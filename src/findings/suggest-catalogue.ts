import type { SparseVector } from '../similarity/sparse.ts';
import { InputError } from '../util/errors.ts';
import { CATALOGUE_VERSION, CatalogueSchema, type Catalogue, type CatalogueNode } from './catalogue.ts';
import { clusterDuties, type DutyCluster } from './suggest-catalogue-clusters.ts';
import { nameFromTerms, topTerms } from './suggest-catalogue-name.ts';

/** A duty as suggestCatalogue reads it: original text for examples, words for names. */
export interface SuggestDuty {
  id: string;
  /** Original text, quoted as an example. */
  text: string;
  /** Normalised text, used to drop repeated examples. */
  normalized: string;
  /** Segmented words (stopwords may already be removed), used to name functions. */
  words: string[];
}

/** How to cluster. */
export interface SuggestOptions {
  /** Duties at cosine ≥ this are neighbours. */
  threshold: number;
  /** Smallest cluster that becomes a function. */
  minSize: number;
  /** Examples per function (default 5). */
  maxExamples?: number;
  /** Terms in a function's name (default 3). */
  nameTerms?: number;
}

/**
 * The text two duties must share to count as one example: the normalised
 * text without numbering, punctuation and spaces, since copied duty lists
 * repeat a duty as "新产品上市规划;", "4)新产品上市规划。" and so on.
 */
function exampleKey(duty: SuggestDuty): string {
  return (duty.normalized || duty.text)
    .replace(/^\s*(?:[(（]?[0-9一二三四五六七八九十]{1,3}\s*[)）、.．]|[0-9]{1,2}\s)/u, '')
    .replace(/[\p{P}\p{S}\s]/gu, '');
}

/** Up to `max` member texts, centre first, skipping repeats of the same wording. */
function examplesOf(cluster: DutyCluster, duties: readonly SuggestDuty[], max: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of cluster.members) {
    const key = exampleKey(duties[m]);
    if (seen.has(key) || duties[m].text.trim() === '') continue;
    seen.add(key);
    out.push(duties[m].text.trim());
    if (out.length === max) break;
  }
  return out;
}

/**
 * A draft catalogue from the duties themselves: duties are clustered on
 * cosine over their vectors (clusterDuties), and each cluster of at least
 * `minSize` becomes a function named by its most informative words, with
 * up to five member duties as examples and the id `draft-001`, `draft-002`…
 * (biggest cluster first). Pure and deterministic; the result validates
 * with CatalogueSchema and can be matched like any catalogue. Throws an
 * InputError when no cluster is big enough, since a catalogue needs a function.
 */
export function suggestCatalogue(
  duties: readonly SuggestDuty[],
  vectors: readonly SparseVector[],
  options: SuggestOptions,
): Catalogue {
  const clusters = clusterDuties(vectors, options.threshold, options.minSize);
  if (clusters.length === 0) {
    throw new InputError(
      'suggest-catalogue',
      `no ${options.minSize} or more duties are similar at ≥ ${options.threshold}; lower the threshold or the minimum size`,
    );
  }
  const df = new Map<string, number>();
  for (const d of duties) for (const w of new Set(d.words)) df.set(w, (df.get(w) ?? 0) + 1);
  const functions: CatalogueNode[] = clusters.map((cluster, k) => {
    const id = `draft-${String(k + 1).padStart(3, '0')}`;
    const terms = topTerms(
      cluster.members.map((m) => duties[m].words),
      df,
      duties.length,
      options.nameTerms ?? 3,
    );
    return {
      id,
      name: nameFromTerms(terms, id),
      description: `Draft: ${cluster.members.length} similar duties; top terms: ${terms.join(', ') || '(none)'}.`,
      examples: examplesOf(cluster, duties, options.maxExamples ?? 5),
    };
  });
  const placed = clusters.reduce((n, c) => n + c.members.length, 0);
  return CatalogueSchema.parse({
    catalogueVersion: CATALOGUE_VERSION,
    id: 'draft',
    name: { zh: '职能目录(草稿)', en: 'Draft function catalogue' },
    description:
      `Suggested from ${duties.length} duties: clusters at cosine ≥ ${options.threshold} with at least ` +
      `${options.minSize} duties; ${duties.length - placed} duties fit no cluster.`,
    functions,
  });
}
