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
  const kept = new Map<string, string[]>();
  const copies: DocumentCopy[] = [];
  for (const doc of model.documents) {
    const own = texts.get(doc.id);
    if (!own || own.size === 0) continue;
    const key = `${scopeOf(doc.id)}\u0000${(paths.get(doc.id) ?? []).sort().join('\u0000')}`;
    const earlier = kept.get(key) ?? [];
    const original = earlier.find((id) => jaccard(own, texts.get(id)!) >= threshold);
    if (original !== undefined) {
      copies.push({ document: doc.id, copyOf: original, file: doc.source.file, line: doc.source.line });
      continue;
    }
    earlier.push(doc.id);
    kept.set(key, earlier);
  }
  return copies;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
