import type { Duty, Language, Unit } from '../model.ts';
import { normalizeText } from '../text/normalize.ts';
import { dutyId, unitId } from '../util/ids.ts';
import type { DocumentDraft } from './draft.ts';
import { collaboratorLinks, extractProposal, trimDutyText } from './duties.ts';
import { roleOf } from './role.ts';
import { unitKindOf } from './unit-kind.ts';

/** The units of a document draft in model form, in reading order. */
export function buildUnits(draft: DocumentDraft, docId: string, file: string): Unit[] {
  const ids = draft.units.map((u) => unitId(docId, u.path));
  return draft.units.map((u, i) => ({
    id: ids[i],
    documentId: docId,
    name: u.name,
    kind: u.kind ?? unitKindOf(u.name, u.path.length - 1),
    parentId: u.parent === null ? null : ids[u.parent],
    path: u.path,
    attributes: Object.fromEntries(
      Object.entries(u.attributes)
        .map(([k, v]) => [k, v.trim()] as const)
        .filter(([, v]) => v.length > 0),
    ),
    source: { file, line: u.line },
  }));
}

/** A duty in model form and the index (in the same list) of its parent duty. */
export interface BuiltDuty {
  duty: Duty;
  parent: number | null;
}

/**
 * The duties of a document draft in model form, with provisional ids
 * (unit id + text hash; the caller makes them unique across the file) and
 * parent indices (the caller turns them into ids). A duty left without
 * text (a label with nothing after it) is skipped and its children move up
 * to its parent; an exact repeat of a duty of the same unit and parent (a
 * copy of a document inside a compilation) is dropped.
 */
export function buildDuties(draft: DocumentDraft, units: readonly Unit[], language: Language, file: string, standing: RegExp): BuiltDuty[] {
  const out: BuiltDuty[] = [];
  const mapped: (number | null)[] = [];
  const seen = new Map<string, number>();
  draft.duties.forEach((d, i) => {
    const parent = d.parent === null ? null : mapped[d.parent];
    const proposal = extractProposal(d.parts.join(''));
    const text = trimDutyText(proposal.text);
    // A label with nothing after it ("8、" of a form's empty rows) is no duty: a duty says something in words.
    // Nor is an article on the 规定's basis or the body's standing ("第二条 X是区政府工作部门,为正科级").
    if (!/\p{L}/u.test(text) || (d.number !== null && standing.test(text))) {
      mapped[i] = parent;
      return;
    }
    const folded = normalizeText(text);
    const normalized = folded === text ? text : folded; // one string for both when nothing changed
    const unit = units[d.unit];
    const dedupe = `${unit.id}\u0000${parent ?? ''}\u0000${normalized}`;
    const earlier = seen.get(dedupe);
    if (earlier !== undefined) {
      mapped[i] = earlier;
      return;
    }
    const standard = d.noteParts.join('').trim();
    const notes = [proposal.note, standard.length > 0 ? standard : null].filter((n): n is string => n !== null);
    out.push({
      parent,
      duty: {
        id: dutyId(unit.id, normalized),
        unitId: unit.id,
        parentId: null,
        level: parent === null ? 0 : out[parent].duty.level + 1,
        number: d.number,
        text,
        normalized,
        role: roleOf(normalized, language),
        proposed: proposal.proposed,
        note: notes.length > 0 ? notes.join('\n') : null,
        links: collaboratorLinks(normalized),
        source: { file, line: d.line },
      },
    });
    mapped[i] = out.length - 1;
    seen.set(dedupe, out.length - 1);
  });
  return out;
}
