import type { Label, LabelStyle } from './numbering.ts';

/** One open level of a numbered list: its label style and the last number seen. */
export interface OutlineLevel {
  style: LabelStyle;
  last: number;
}

/** How lenient placing a label may be. */
export interface PlaceOptions {
  /** The label starts a paragraph: a list may resume mid-way there ("3、…" after a page cut). */
  paragraphStart: boolean;
  /** Highest number a list may resume at when nothing is open yet. */
  maxResume: number;
}

/**
 * The nesting level a label takes in an outline, or null when it does not
 * continue it. The style seen first is level 0, a new style goes one level
 * deeper, a style seen before pops back to its level. A number only
 * continues a level when it is the next one ("3G", "(3人)", a page number
 * do not); a new level starts at 1, and so does a level that starts again
 * at 1 at the start of a line (a second list of the same style).
 */
export function placeLabel(outline: readonly OutlineLevel[], label: Label, options: PlaceOptions): number | null {
  const at = outline.findIndex((level) => level.style === label.style);
  if (at !== -1) {
    if (label.style === 'bullet') return at;
    // A list that starts again at 1 at the start of a line is a new list at that level, not text of the last item.
    return label.value === outline[at].last + 1 || (label.value === 1 && options.paragraphStart) ? at : null;
  }
  if (label.style === 'bullet' || label.value === 1) return outline.length;
  if (outline.length === 0 && options.paragraphStart && label.value <= options.maxResume) return 0;
  return null;
}

/** The outline after a label was placed at a level: deeper levels close. */
export function enterLevel(outline: readonly OutlineLevel[], level: number, label: Label): OutlineLevel[] {
  return [...outline.slice(0, level), { style: label.style, last: label.value }];
}
