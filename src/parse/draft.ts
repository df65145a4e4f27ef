import type { UnitKind } from '../model.ts';
import { normalizeText } from '../text/normalize.ts';
import { unitKindOf } from './unit-kind.ts';

/** A unit while its document is being read. */
export interface UnitDraft {
  /** Normalised name. */
  name: string;
  /** Names from the top unit down to this one. */
  path: string[];
  parent: number | null;
  attributes: Record<string, string>;
  line: number;
  /** True once a numbered duty was read for it (its unnumbered lead text is then a summary, not duties). */
  numbered: boolean;
  /** The kind when the document says it (the organisation a 三定 规定 is about); otherwise read from the name. */
  kind?: UnitKind;
  /** True for the organisation the document is about (named by its title or first article): kept even without duties. */
  anchor?: boolean;
}

/** A duty while its document is being read. */
export interface DutyDraft {
  unit: number;
  parent: number | null;
  level: number;
  /** The label as written, or null for a sentence duty. */
  number: string | null;
  /** Pieces of original text, in order (a duty may continue over several lines). */
  parts: string[];
  /** Pieces of a note on the duty (its 工作标准). */
  noteParts: string[];
  line: number;
}

/** The units and duties of one document, as read so far. */
export interface DocumentDraft {
  units: UnitDraft[];
  duties: DutyDraft[];
  /** What each source line became, for the reading summary and `extract --explain` (the last decision on a line wins). */
  trace?: Map<number, LineUse>;
}

/** What became of a source line. */
export type LineUse =
  | { kind: 'unit'; why: string }
  | { kind: 'duty' }
  | { kind: 'attribute'; name: string }
  | { kind: 'left-out'; why: string };

/** An empty document draft. */
export function emptyDraft(): DocumentDraft {
  return { units: [], duties: [], trace: new Map() };
}

/** Records what a line became; a unit heading or a duty is not overwritten by a later, weaker use. */
export function traceLine(draft: DocumentDraft, line: number, use: LineUse): void {
  const trace = draft.trace;
  if (!trace || line <= 0) return;
  const earlier = trace.get(line);
  if (earlier && (earlier.kind === 'unit' || earlier.kind === 'duty') && (use.kind === 'attribute' || use.kind === 'left-out')) return;
  if (earlier?.kind === 'unit' && use.kind === 'duty') return;
  trace.set(line, use);
}

/**
 * The unit with this name under this parent, created when new. A unit is
 * known by its path of names, so a heading repeated in one document (a
 * copy, or "二、市场部各岗位职责" after "一、市场部工作职责") finds the same unit.
 */
export function findOrCreateUnit(draft: DocumentDraft, name: string, parent: number | null, line: number): number {
  const clean = normalizeText(name);
  const path = [...(parent === null ? [] : draft.units[parent].path), clean];
  const key = path.join('\u0000');
  const found = draft.units.findIndex((u) => u.path.join('\u0000') === key);
  if (found !== -1) return found;
  // A short name the document defined ("(以下简称市自然资源局)") is the same unit.
  const aliased = draft.units.findIndex((_, i) => aliasesOf(draft, i).includes(clean));
  if (aliased !== -1) return aliased;
  draft.units.push({ name: clean, path, parent, attributes: {}, line, numbered: false });
  return draft.units.length - 1;
}

/** The first unit of the document with this name, shallowest first, or null. */
export function findUnitByName(draft: DocumentDraft, name: string): number | null {
  const clean = normalizeText(name);
  let best: number | null = null;
  draft.units.forEach((u, i) => {
    const named = u.name === clean || aliasesOf(draft, i).includes(clean);
    if (named && (best === null || u.path.length < draft.units[best].path.length)) best = i;
  });
  return best;
}

/** The short names a unit is also known by (别名), as findOrCreateUnit and findUnitByName read them. */
export function aliasesOf(draft: DocumentDraft, unit: number): string[] {
  return (draft.units[unit].attributes['别名'] ?? '').split('、').filter((a) => a.length > 0);
}

/** Adds a short name to a unit's 别名, once; several are kept apart by 、. */
export function addAlias(draft: DocumentDraft, unit: number, alias: string): void {
  const clean = alias.trim();
  const known = aliasesOf(draft, unit);
  if (clean.length === 0 || known.includes(clean)) return;
  draft.units[unit].attributes['别名'] = [...known, clean].join('、');
}

/** Appends text to a unit attribute. */
export function appendAttribute(draft: DocumentDraft, unit: number, name: string, text: string): void {
  const piece = text.trim();
  if (piece.length === 0) return;
  const attributes = draft.units[unit].attributes;
  attributes[name] = attributes[name] ? `${attributes[name]}${joiner(attributes[name], piece)}${piece}` : piece;
}

/** What goes between two pieces of text: nothing in Chinese, a space between Latin words. */
export function joiner(before: string, after: string): string {
  return /[A-Za-z0-9.,;:!?]$/u.test(before) && /^[A-Za-z0-9]/u.test(after) ? ' ' : '';
}

/** How high a unit kind stands: a position sits under an office, an office under a department. */
export function kindRank(kind: UnitKind): number {
  switch (kind) {
    case 'organisation':
      return 0;
    case 'department':
      return 1;
    case 'office':
    case 'unit':
      return 2;
    case 'position':
      return 3;
  }
}

/** The kind of a draft unit. */
export function draftKind(unit: UnitDraft): UnitKind {
  return unit.kind ?? unitKindOf(unit.name, unit.path.length - 1);
}
