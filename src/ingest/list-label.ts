const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** a, b, … z, aa, ab …: spreadsheet-style letters for a 1-based position. */
function letters(position: number): string {
  let n = position;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(97 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The number label to show for the `position`-th (1-based) item of a list
 * nested `level` deep (0 = outermost), in the style Chinese duty documents
 * use: "1、", then "(1)", then "①", then "a.". mammoth drops the numbers Word
 * displays, so the label is synthesised from the item's position; deeper
 * levels reuse "a.". Circled numbers stop at ⑳, after which "(21)" is used.
 */
export function listLabel(level: number, position: number): string {
  switch (Math.min(level, 3)) {
    case 0:
      return `${position}、`;
    case 1:
      return `(${position})`;
    case 2:
      return position >= 1 && position <= CIRCLED.length ? CIRCLED[position - 1] : `(${position})`;
    default:
      return `${letters(position)}.`;
  }
}
