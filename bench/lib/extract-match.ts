import { nameKey, nameKeys } from './extract-fold.ts';
import type { GoldDocument } from './extract-gold.ts';

/** The parts of a tool unit the scorer reads (an org model's units fit). */
export interface ToolUnit {
  id: string;
  name: string;
  parentId: string | null;
}

/** How the tool units of one file pair with its gold units. */
export interface UnitMatching {
  /** For each gold unit (gold order), the tool unit matched to it, or null. */
  goldToTool: (ToolUnit | null)[];
  /** Tool units that match a `mentioned` name (neither required nor penalised). */
  mentioned: ToolUnit[];
  /** Tool units that match nothing (precision misses). */
  extra: ToolUnit[];
}

/**
 * Pairs tool units with gold units by name after folding (aliases accepted),
 * one to one: tool units in document order each take the first gold unit
 * (gold order) not yet taken whose name or alias matches; a tool unit left
 * over takes a `mentioned` name not yet taken, else it is extra. So two tool
 * units called 办公室 match two gold 办公室 in order, and a third is extra.
 */
export function matchUnits(units: readonly ToolUnit[], gold: Pick<GoldDocument, 'units' | 'mentioned'>): UnitMatching {
  const goldKeys = gold.units.map((u) => nameKeys(u.name, u.aliases));
  const goldToTool: (ToolUnit | null)[] = gold.units.map(() => null);
  const mentionedKeys = gold.mentioned.map(nameKey);
  const mentionedTaken = mentionedKeys.map(() => false);
  const mentioned: ToolUnit[] = [];
  const extra: ToolUnit[] = [];
  for (const unit of units) {
    const key = nameKey(unit.name);
    const g = goldKeys.findIndex((keys, k) => goldToTool[k] === null && keys.has(key));
    if (g >= 0) {
      goldToTool[g] = unit;
      continue;
    }
    const m = mentionedKeys.findIndex((k, i) => !mentionedTaken[i] && k === key);
    if (m >= 0) {
      mentionedTaken[m] = true;
      mentioned.push(unit);
    } else extra.push(unit);
  }
  return { goldToTool, mentioned, extra };
}

/**
 * The keys a gold unit name is accepted by when it is named as a parent or
 * an event's from/to: the name itself, plus the aliases of the gold unit of
 * that name (so a parent written 秘書處 accepts a tool parent 秘书处 and any
 * alias the labeller gave that unit).
 */
export function acceptedNameKeys(name: string, gold: Pick<GoldDocument, 'units'>): Set<string> {
  const key = nameKey(name);
  const unit = gold.units.find((u) => nameKeys(u.name, u.aliases).has(key));
  return unit ? new Set([key, ...nameKeys(unit.name, unit.aliases)]) : new Set([key]);
}

/** Whether a tool name (or null) stands for a gold name (or null): null matches only null. */
export function sameUnitName(tool: string | null | undefined, goldName: string | null, gold: Pick<GoldDocument, 'units'>): boolean {
  const empty = (s: string | null | undefined) => s === null || s === undefined || s.trim() === '';
  if (empty(goldName) || empty(tool)) return empty(goldName) && empty(tool);
  return acceptedNameKeys(goldName!, gold).has(nameKey(tool!));
}
