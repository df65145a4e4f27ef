import type { ExtractPart, PartFigures } from './extract-part.ts';
import type { DocumentScore, Fraction } from './extract-score.ts';

/** The targets of the extraction measures (fractions, higher is better). */
export const EXTRACT_TARGETS = { precision: 0.95, recall: 0.9, counts: 0.85, keys: 0.9, parents: 0.9 } as const;

/** `0.912 (31/34)`, or `n/a (0/0)` when nothing was counted. */
export function formatFraction(f: Fraction): string {
  return f.of === 0 ? `n/a (0/0)` : `${(f.hit / f.of).toFixed(3)} (${f.hit}/${f.of})`;
}

/** ✓ when the fraction reaches the target, ✗ when not, blank when nothing was counted. */
export function mark(f: Fraction, target: number): string {
  if (f.of === 0) return ' ';
  return f.hit / f.of >= target - 1e-12 ? '✓' : '✗';
}

const MEASURES: { label: string; of: (p: PartFigures) => Fraction; target: number }[] = [
  { label: 'unit precision', of: (p) => p.precision, target: EXTRACT_TARGETS.precision },
  { label: 'unit recall', of: (p) => p.recall, target: EXTRACT_TARGETS.recall },
  { label: 'duty counts within ±1', of: (p) => p.counts, target: EXTRACT_TARGETS.counts },
  { label: 'keys under the right unit', of: (p) => p.keys, target: EXTRACT_TARGETS.keys },
  { label: 'parents right', of: (p) => p.parents, target: EXTRACT_TARGETS.parents },
];

const WIDTH = 26;

/** The lines of one part: a measure a line with its target, events, read-nothing, per-form recall, counts. */
export function partLines(part: ExtractPart, source: string, p: PartFigures): string[] {
  const lines = [`extraction: ${part} (${source})`];
  if (p.documents === 0) return [...lines, '  no documents'];
  for (const m of MEASURES) {
    const f = m.of(p);
    lines.push(`  ${m.label.padEnd(WIDTH)} ${formatFraction(f).padEnd(16)} ≥ ${m.target.toFixed(2)} ${mark(f, m.target)}`);
  }
  // An event is found with its kind, donor and receiver (issue: ≥ 0.90 on the test part).
  const events = p.events === null ? 'n/a (no gold events)' : `${formatFraction(p.events).padEnd(16)} ≥ 0.90 ${mark(p.events, 0.9)}`;
  lines.push(`  ${'events found'.padEnd(WIDTH)} ${events}`);
  lines.push(`  ${'read nothing'.padEnd(WIDTH)} ${p.readNothing}/${p.documents} documents (no units or no duties)`);
  lines.push(`  ${'recall by form'.padEnd(WIDTH)} ${p.recallByForm.map((r) => `${r.form} ${r.recall.hit}/${r.recall.of}`).join(' · ')}`);
  lines.push(`  ${p.documents} documents, ${p.goldUnits} gold units; tool: ${p.toolUnits} units, ${p.toolDuties} duties`);
  return lines;
}

/** The per-document misses of one document (open and tune parts only; the caller never passes test documents). */
export function detailLines(s: DocumentScore): string[] {
  const m = s.misses;
  const head = `    ${s.id} (${s.form}): ${s.toolUnits} units, ${s.toolDuties} duties; recall ${s.recall.hit}/${s.recall.of}, keys ${s.keys.hit}/${s.keys.of}`;
  const lines: string[] = [];
  const list = (label: string, items: string[]) => items.length > 0 && lines.push(`      ${label}: ${items.join(' | ')}`);
  list('missing units', m.missingUnits);
  list('extra units', m.extraUnits);
  list('wrong counts', m.wrongCounts.map((c) => `${c.unit} ${c.tool} (gold ${c.gold})`));
  list('keys not found', m.keysNotFound.map((k) => `${k.unit}: ${k.key}`));
  list('wrong parents', m.wrongParents.map((p) => `${p.unit} under ${p.tool ?? '∅'} (gold ${p.gold ?? '∅'})`));
  list('events not found', m.eventsNotFound);
  return [lines.length === 0 ? `${head}; nothing missed` : head, ...lines];
}
