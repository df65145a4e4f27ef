import { containsKey } from './extract-fold.ts';
import type { GoldDocument } from './extract-gold.ts';
import { matchEvents, type ToolEvent } from './extract-events.ts';
import { matchUnits, sameUnitName, type ToolUnit } from './extract-match.ts';

/** The parts of a tool duty the scorer reads (an org model's duties fit). */
export interface ToolDuty {
  unitId: string;
  level: number;
  text: string;
  normalized: string;
}

/** What the tool read from one file: its units and duties (an org model fits). */
export interface Extracted {
  units: readonly ToolUnit[];
  duties: readonly ToolDuty[];
}

/** A measure as a count: `hit` of `of`. */
export interface Fraction {
  hit: number;
  of: number;
}

/** What one document got wrong, for the per-document detail. */
export interface DocumentMisses {
  /** Gold scored units no tool unit matched. */
  missingUnits: string[];
  /** Tool units that match neither a gold unit nor a mentioned name. */
  extraUnits: string[];
  /** Matched units whose top-level duty count is off by more than one. */
  wrongCounts: { unit: string; tool: number; gold: number }[];
  /** Keys of matched units that no duty of the tool unit contains (keys of missing units are not listed). */
  keysNotFound: { unit: string; key: string }[];
  /** Matched units whose tool parent is not the gold parent. */
  wrongParents: { unit: string; tool: string | null; gold: string | null }[];
  /** Gold events no tool event matched (empty when events are not scored). */
  eventsNotFound: string[];
}

/** The scores of one document. */
export interface DocumentScore {
  id: string;
  form: string;
  toolUnits: number;
  toolDuties: number;
  goldUnits: number;
  /** Tool units that match a gold unit or a mentioned name, of all tool units. */
  precision: Fraction;
  /** Gold scored units matched, of all gold scored units. */
  recall: Fraction;
  /** Matched gold units with a scored count whose tool top-level count is within ±1. */
  counts: Fraction;
  /** Gold keys found under the matched tool unit, of all keys of scored units. */
  keys: Fraction;
  /** Matched gold units whose tool parent names the gold parent. */
  parents: Fraction;
  /** Gold events found; null when the document has no gold events. */
  events: Fraction | null;
  /** Number of gold events of the document. */
  goldEvents: number;
  misses: DocumentMisses;
}

/** Top-level (level 0) duties of a unit. */
export function topLevelCount(duties: readonly ToolDuty[], unitId: string): number {
  return duties.filter((d) => d.unitId === unitId && d.level === 0).length;
}

/** Whether a key is in the text or the normalized form of some duty (any level). */
export function keyFound(duties: readonly ToolDuty[], key: string): boolean {
  return duties.some((d) => containsKey(d.text, key) || containsKey(d.normalized, key));
}

/** One-line label of a gold event, for the detail. */
function eventLabel(e: NonNullable<GoldDocument['events']>[number]): string {
  return `${e.kind} ${e.from ?? '∅'} → ${e.to ?? '∅'}${e.key ? ` (${e.key})` : ''}`;
}

/**
 * Scores the tool's reading of one file against its gold document
 * (gold.json → policy): units matched by folded name one to one, duty counts
 * within ±1, keys under the matched unit, parents by folded name, and events
 * (a model with no `events` field found none: its gold events are misses).
 */
export function scoreDocument(id: string, gold: GoldDocument, tool: Extracted, toolEvents: readonly ToolEvent[] | null): DocumentScore {
  const matching = matchUnits(tool.units, gold);
  const byId = new Map(tool.units.map((u) => [u.id, u]));
  const misses: DocumentMisses = { missingUnits: [], extraUnits: matching.extra.map((u) => u.name), wrongCounts: [], keysNotFound: [], wrongParents: [], eventsNotFound: [] };
  const counts: Fraction = { hit: 0, of: 0 };
  const keys: Fraction = { hit: 0, of: 0 };
  const parents: Fraction = { hit: 0, of: 0 };
  gold.units.forEach((g, k) => {
    keys.of += g.keys.length;
    const unit = matching.goldToTool[k];
    if (unit === null) return void misses.missingUnits.push(g.name);
    const duties = tool.duties.filter((d) => d.unitId === unit.id);
    if (g.duties !== null) {
      const n = topLevelCount(duties, unit.id);
      counts.of++;
      if (Math.abs(n - g.duties) <= 1) counts.hit++;
      else misses.wrongCounts.push({ unit: g.name, tool: n, gold: g.duties });
    }
    for (const key of g.keys) {
      if (keyFound(duties, key)) keys.hit++;
      else misses.keysNotFound.push({ unit: g.name, key });
    }
    const parent = unit.parentId === null ? null : (byId.get(unit.parentId)?.name ?? null);
    parents.of++;
    if (sameUnitName(parent, g.parent, gold)) parents.hit++;
    else misses.wrongParents.push({ unit: g.name, tool: parent, gold: g.parent });
  });
  const goldEvents = gold.events ?? [];
  let events: Fraction | null = null;
  if (goldEvents.length > 0) {
    const found = matchEvents(toolEvents ?? [], goldEvents, gold);
    events = { hit: found.filter(Boolean).length, of: goldEvents.length };
    misses.eventsNotFound = goldEvents.filter((_, k) => !found[k]).map(eventLabel);
  }
  const matched = matching.goldToTool.filter((u) => u !== null).length;
  return {
    id,
    form: gold.form,
    toolUnits: tool.units.length,
    toolDuties: tool.duties.length,
    goldUnits: gold.units.length,
    precision: { hit: matched + matching.mentioned.length, of: tool.units.length },
    recall: { hit: matched, of: gold.units.length },
    counts,
    keys,
    parents,
    events,
    goldEvents: goldEvents.length,
    misses,
  };
}

/** Whether the tool read nothing of a document: no units, or no duties. */
export function readNothing(score: Pick<DocumentScore, 'toolUnits' | 'toolDuties'>): boolean {
  return score.toolUnits === 0 || score.toolDuties === 0;
}
