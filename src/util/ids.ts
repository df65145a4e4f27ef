import { createHash } from 'node:crypto';

/** Short, stable hex digest of a string (SHA-1, truncated). */
export function shortHash(text: string, length = 10): string {
  return createHash('sha1').update(text).digest('hex').slice(0, length);
}

/**
 * Document id: the file's stem, plus the document's index when a scraped
 * compilation is split into several documents (`000_x#3`).
 */
export function documentId(fileStem: string, index: number | null): string {
  return index === null ? fileStem : `${fileStem}#${index}`;
}

/** Unit id: depends only on the document and the unit's path of names, so it survives re-extraction. */
export function unitId(docId: string, path: readonly string[]): string {
  return `u-${shortHash(`${docId}\u0000${path.join('\u0000')}`, 10)}`;
}

/**
 * Duty id: depends only on the unit and the duty's normalised text, so
 * renumbering a list changes no id and a duty that keeps its text keeps its id.
 */
export function dutyId(unit: string, normalized: string): string {
  return `d-${shortHash(`${unit}\u0000${normalized}`, 12)}`;
}

/** Makes ids unique in first-come order by suffixing repeats: x, x~2, x~3. */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}~${n}`;
  });
}
