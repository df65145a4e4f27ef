import type { DocumentCopy, OrgModel } from '../model.ts';

/** Duty texts at least this alike (Jaccard of the two sets of texts) make a copy, when the unit names are the same too. */
export const COPY_JACCARD = 0.9;

/** A duty text as copies compare it: the normalised text without spaces and punctuation. */
function copyKey(normalized: string): string {
  return normalized.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
}

/**
 * The documents of a model that copy an earlier document of the same scope
 * (`scopeOf`: documents of different organisations are never copies of
 * each other): the same unit paths, and duty texts whose sets overlap by at
 * least `threshold` (Jaccard). A scraped compilation often holds one page
 * two or three times; reading it once keeps it from pairing with itself.
 * The first in model order is kept; a document without duties is never a
 * copy. Returns the copies in model order, each with the one it copies.
 */
export function findCopies(model: OrgModel, scopeOf: (documentId: string) => string, threshold = COPY_JACCARD): DocumentCopy[] {
  const paths = new Map<string, string[]>();
  for (const u of model.units) {
    const list = paths.get(u.documentId) ?? [];
    list.push(u.path.join('\u0001'));
    paths.set(u.documentId, list);
  }
  const documentOfUnit = new Map(model.units.map((u) => [u.id, u.documentId]));
  const texts = new Map<string, Set<string>>();
  for (const d of model.duties) {
    const documentId = documentOfUnit.get(d.unitId);
    if (documentId === undefined) continue;
    const set = texts.get(documentId) ?? new Set<string>();
    set.add(copyKey(d.normalized));
    texts.set(documentId, set);
  }
  // Only documents of one scope with the same unit paths are compared: a copy keeps its units.
  // Within a key, earlier documents are found through the texts they hold, so a document is
  // compared only with those it shares a text with (a folder of 10,000 positions of one name
  // is not all pairs of documents); below a threshold of 0 every earlier document qualifies.
  const kept = new Map<string, { ids: string[]; byText: Map<string, number[]> }>();
  const copies: DocumentCopy[] = [];
  for (const doc of model.documents) {
    const own = texts.get(doc.id);
    if (!own || own.size === 0) continue;
    const key = `${scopeOf(doc.id)}\u0000${(paths.get(doc.id) ?? []).sort().join('\u0000')}`;
    const earlier = kept.get(key) ?? { ids: [], byText: new Map<string, number[]>() };
    const original = firstCopied(own, earlier, (k) => texts.get(earlier.ids[k])!.size, threshold);
    if (original !== undefined) {
      copies.push({ document: doc.id, copyOf: earlier.ids[original], file: doc.source.file, line: doc.source.line });
      continue;
    }
    for (const text of own) {
      const holders = earlier.byText.get(text);
      if (holders) holders.push(earlier.ids.length);
      else earlier.byText.set(text, [earlier.ids.length]);
    }
    earlier.ids.push(doc.id);
    kept.set(key, earlier);
  }
  return copies;
}

/**
 * The first earlier document (its position in `earlier.ids`) whose texts
 * overlap `own` by at least `threshold` (Jaccard), or undefined; shared texts
 * are counted through the text index.
 */
function firstCopied(own: ReadonlySet<string>, earlier: { ids: readonly string[]; byText: ReadonlyMap<string, readonly number[]> }, sizeOf: (k: number) => number, threshold: number): number | undefined {
  if (earlier.ids.length === 0) return undefined;
  if (threshold <= 0) return 0;
  const shared = new Map<number, number>();
  for (const text of own) for (const k of earlier.byText.get(text) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
  let first: number | undefined;
  for (const [k, n] of shared) if ((first === undefined || k < first) && n / (own.size + sizeOf(k) - n) >= threshold) first = k;
  return first;
}
