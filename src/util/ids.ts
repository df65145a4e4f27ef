import { createHash } from 'node:crypto';

/** Short, stable hex digest of a string (SHA-1, truncated). */
export function shortHash(text: string, length = 10): string {
  return createHash('sha1').update(text).digest('hex').slice(0, length);
}

/**
 * Document id stems of input files, from each file's path relative to its
 * input folder (`under`), without extension and with "/" between folders: a
 * file named on its own keeps its stem ("001_x.txt" → "001_x"), and
 * 财务部/部门职责.docx and 人力资源部/部门职责.docx under one folder keep apart.
 * Stems still equal (two files of one name given apart, or x.txt beside
 * x.docx) fall back to the file's whole `path` without extension, then with it.
 */
export function documentStems(files: readonly { path: string; under: string }[]): string[] {
  const slash = (p: string) => p.replace(/\\/gu, '/').replace(/^(\.\/)+/u, '');
  const noExt = (p: string) => p.replace(/(?<=[^/])\.[^./]+$/u, '');
  const attempts = [
    (x: { path: string; under: string }) => noExt(slash(x.under)),
    (x: { path: string; under: string }) => noExt(slash(x.path)),
    (x: { path: string; under: string }) => slash(x.path),
  ];
  const stems = files.map(attempts[0]);
  for (const next of attempts.slice(1)) {
    const count = new Map<string, number>();
    for (const s of stems) count.set(s, (count.get(s) ?? 0) + 1);
    files.forEach((x, i) => {
      if ((count.get(stems[i]) ?? 0) > 1) stems[i] = next(x);
    });
  }
  return stems;
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
