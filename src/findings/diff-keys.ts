import type { DutyRef, Result, ResultDuty } from '../model.ts';

/** A duty seen by the diff: its display reference and the keys it is matched by. */
export interface DiffDuty {
  /** How the change lists name the duty. */
  ref: DutyRef;
  /** Document and unit path: the duty's place, independent of ids and list numbers. */
  unitKey: string;
  /** The duty's content: normalized text without spaces and punctuation (a full stop added or dropped is no change). */
  normalized: string;
  /** unitKey + content: equal keys mean "the same duty" across runs. */
  key: string;
}

/** Every duty of a result as the diff sees it: in result order, and by duty id. */
export interface DiffDutyIndex {
  list: DiffDuty[];
  byId: Map<string, DiffDuty>;
}

/**
 * The matching keys of every duty of a result.
 *
 * Keys use the unit's path of names (not its id) and the normalized text (not
 * the list number), so renumbering a list or reordering duties changes no key.
 */
export function diffDuties(result: Result): DiffDutyIndex {
  const units = new Map(result.units.map((u) => [u.id, u]));
  const list = result.duties.map((d) => diffDuty(d, units.get(d.unitId)));
  return { list, byId: new Map(list.map((d) => [d.ref.id, d])) };
}

function diffDuty(d: ResultDuty, unit: Result['units'][number] | undefined): DiffDuty {
  const documentId = unit?.documentId ?? '';
  const unitPath = unit?.path ?? [];
  const unitKey = unitKeyOf(documentId, unitPath);
  const content = contentOf(d.normalized);
  return {
    ref: { id: d.id, documentId, unitPath, text: d.text },
    unitKey,
    normalized: content,
    key: `${unitKey}\u0000${content}`,
  };
}

/**
 * What the diff compares of a duty's text: the normalized text without
 * whitespace and punctuation, so that re-punctuating or re-spacing a duty
 * (often a side effect of moving it in a list) is not reported as a change.
 */
export function contentOf(normalized: string): string {
  return normalized.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** A unit's place: its document and its path of names (NUL-separated, so no name can fake another path). */
export function unitKeyOf(documentId: string, path: readonly string[]): string {
  return `${documentId}\u0001${path.join('\u0002')}`;
}

/** Orders strings by UTF-16 code units, locale-free, so output is the same on every machine. */
export function byString(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Orders duty references by document, unit path and text. */
export function byDutyRef(x: DutyRef, y: DutyRef): number {
  return (
    byString(x.documentId, y.documentId) ||
    byString(x.unitPath.join('\u0002'), y.unitPath.join('\u0002')) ||
    byString(x.text, y.text) ||
    byString(x.id, y.id)
  );
}
