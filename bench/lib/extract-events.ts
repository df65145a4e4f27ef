import { containsKey, nameKey } from './extract-fold.ts';
import type { GoldDocument, GoldEvent } from './extract-gold.ts';
import { sameUnitName } from './extract-match.ts';

/**
 * A change event as the org model is to carry it (`events: [{kind, from, to,
 * text/what, source}]`, not there yet): read structurally, so the scorer
 * works the day the parser starts writing them.
 */
export interface ToolEvent {
  kind: string;
  from?: string | null;
  to?: string | null;
  text?: string | null;
  what?: string | null;
}

/** The events of an extracted model, or null when the model has no `events` field at all. */
export function toolEventsOf(model: object): ToolEvent[] | null {
  const events = (model as { events?: unknown }).events;
  if (!Array.isArray(events)) return null;
  // A merge's `from` is a list of units in the org model; gold writes it joined by 、.
  return (events as (ToolEvent & { from?: string | string[] | null })[]).map((e) => (Array.isArray(e.from) ? { ...e, from: e.from.join('、') } : e));
}

/**
 * Whether a tool event is the gold event: same kind, from and to naming the
 * same units after folding (aliases of gold units accepted, null only for
 * null), and for move/assign with a gold `key`, the event's text (or what)
 * contains the key.
 */
export function eventMatches(tool: ToolEvent, gold: GoldEvent, doc: Pick<GoldDocument, 'units'>): boolean {
  if (nameKey(tool.kind) !== gold.kind) return false;
  if (!sameSources(tool.from, gold.from, gold.kind, doc) || !sameEventUnit(tool.to, gold.to, doc)) return false;
  if ((gold.kind === 'move' || gold.kind === 'assign') && gold.key !== undefined) {
    return containsKey(tool.text ?? '', gold.key) || containsKey(tool.what ?? '', gold.key);
  }
  return true;
}

/**
 * A unit an event names, as the gold names it: in a notice 原X is the former X, the unit X itself
 * ("对原自治区文化厅、自治区旅发委职责进行整合"), so a leading 原 on either side is no part of the name.
 */
function sameEventUnit(tool: string | null | undefined, gold: string | null, doc: Pick<GoldDocument, 'units'>): boolean {
  const former = (name: string) => name.trim().replace(/^原(?=\p{Script=Han}{2})/u, '');
  return sameUnitName(tool, gold, doc) || (typeof tool === 'string' && gold !== null && sameUnitName(former(tool), former(gold), doc));
}

/** The donors of an event: for a merge, the same set of units in any order (both sides written joined by 、). */
function sameSources(tool: string | null | undefined, gold: string | null, kind: string, doc: Pick<GoldDocument, 'units'>): boolean {
  if (sameEventUnit(tool, gold, doc)) return true;
  if (kind !== 'merge' || !tool || !gold) return false;
  const left = tool.split('、');
  const right = gold.split('、');
  if (left.length !== right.length) return false;
  const used = right.map(() => false);
  return left.every((name) => {
    const k = right.findIndex((g, i) => !used[i] && sameEventUnit(name, g, doc));
    if (k >= 0) used[k] = true;
    return k >= 0;
  });
}

/**
 * Whether a gold move of all of a unit's duties ("将县城乡建设委员会的职责…整合,
 * 组建…": `what` is the donor's 职责 and nothing narrower) is said by a tool
 * merge of that donor (among others) into the same receiver: both move every
 * duty of the donor, so applied they give the same organisation.
 */
export function wholeMoveAsMerge(tool: ToolEvent, gold: GoldEvent, doc: Pick<GoldDocument, 'units'>): boolean {
  if (gold.kind !== 'move' || nameKey(tool.kind) !== 'merge' || !gold.from || !tool.from) return false;
  const donorName = gold.from.replace(/^原/u, ''); // 原县房管局: the former unit, by its name
  if (!sameUnitName(tool.to, gold.to, doc) || !tool.from.split('、').some((name) => sameUnitName(name.replace(/^原/u, ''), donorName, doc))) return false;
  const what = nameKey(gold.what ?? gold.key ?? '').replace(/^原/u, '');
  const donor = nameKey(donorName);
  return what === `${donor}的职责` || what === `${donor}的全部职责` || what === `${donor}职责`;
}

/**
 * For each gold event (gold order), whether a tool event matches it; tool
 * events are used once each, in order. A gold whole-duties move left over
 * may be matched by a tool merge (wholeMoveAsMerge), which can stand for
 * several such moves, one per donor.
 */
export function matchEvents(tool: readonly ToolEvent[], gold: readonly GoldEvent[], doc: Pick<GoldDocument, 'units'>): boolean[] {
  const used = tool.map(() => false);
  const found = gold.map((g) => {
    const k = tool.findIndex((t, i) => !used[i] && eventMatches(t, g, doc));
    if (k < 0) return false;
    used[k] = true;
    return true;
  });
  return found.map((ok, gi) => ok || tool.some((t) => wholeMoveAsMerge(t, gold[gi], doc)));
}
