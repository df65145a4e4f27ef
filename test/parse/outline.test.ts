import { describe, expect, it } from 'vitest';
import type { Label } from '../../src/parse/numbering.ts';
import { enterLevel, placeLabel } from '../../src/parse/outline.ts';

const label = (style: Label['style'], value: number): Label => ({ style, value, length: 2, glued: false });
const options = { paragraphStart: false, maxResume: 30 };

describe('placeLabel(outline, label)', () => {
  it('puts the first style at level 0 and a new style one deeper', () => {
    let outline = enterLevel([], 0, label('cn-paren', 1));
    expect(placeLabel(outline, label('ar-dot', 1), options)).toBe(1);
    outline = enterLevel(outline, 1, label('ar-dot', 1));
    expect(placeLabel(outline, label('ar-paren', 1), options)).toBe(2);
  });

  it('pops back to the level of a style seen before', () => {
    const outline = enterLevel(enterLevel(enterLevel([], 0, label('cn-paren', 1)), 1, label('ar-dot', 1)), 2, label('ar-paren', 1));
    expect(placeLabel(outline, label('cn-paren', 2), options)).toBe(0);
    expect(placeLabel(outline, label('ar-dot', 2), options)).toBe(1);
  });

  it('accepts a number only when it continues its level', () => {
    const outline = enterLevel([], 0, label('ar-dun', 3));
    expect(placeLabel(outline, label('ar-dun', 4), options)).toBe(0);
    expect(placeLabel(outline, label('ar-dun', 3), options)).toBeNull();
    expect(placeLabel(outline, label('ar-dun', 10), options)).toBeNull();
  });

  it('starts a level again at 1 at the start of a line (a second list), but not inside a line', () => {
    const outline = enterLevel([], 0, label('ar-dot', 10));
    expect(placeLabel(outline, label('ar-dot', 1), { ...options, paragraphStart: true })).toBe(0);
    expect(placeLabel(outline, label('ar-dot', 1), options)).toBeNull();
  });

  it('starts a new style only at 1, except to resume a list at a paragraph start', () => {
    expect(placeLabel([], label('ar-paren', 3), options)).toBeNull();
    expect(placeLabel([], label('ar-dun', 3), { paragraphStart: true, maxResume: 30 })).toBe(0);
  });
});
