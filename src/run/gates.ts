/**
 * CI gates: conditions on a run's figures that make `dutylens run` exit 1.
 * Written as `new-conflicts`, `new-gaps`, `conflicts>N` or `gaps>N`.
 */
export type Gate =
  | { kind: 'new-conflicts' }
  | { kind: 'new-gaps' }
  | { kind: 'conflicts'; max: number }
  | { kind: 'gaps'; max: number };

/** The figures gates are checked against. Accepted, unexpired findings are not counted as open. */
export interface GateFigures {
  /** Conflicts (duplicate/overlap pairs) not covered by an unexpired acceptance. */
  openConflicts: number;
  /** Gaps (not orphans) not covered by an unexpired acceptance. */
  openGaps: number;
  /** Open conflicts that were not conflicts in the previous run (0 on a first run). */
  newConflicts: number;
  /** Open gaps that were not in the previous run (0 on a first run). */
  newGaps: number;
}

/** How one gate came out. */
export interface GateOutcome {
  /** The gate as written. */
  gate: string;
  /** The figure it looked at. */
  value: number;
  passed: boolean;
}

/** Parses a gate spec; returns an error message instead when the spec is not one. */
export function parseGate(spec: string): Gate | { error: string } {
  const s = spec.replace(/\s+/g, '');
  if (s === 'new-conflicts') return { kind: 'new-conflicts' };
  if (s === 'new-gaps') return { kind: 'new-gaps' };
  const m = /^(conflicts|gaps)>(\d+)$/.exec(s);
  if (m) return { kind: m[1] as 'conflicts' | 'gaps', max: Number(m[2]) };
  return { error: `"${spec}" is not a gate (use new-conflicts, new-gaps, conflicts>N or gaps>N)` };
}

/** Writes a gate back the way it is parsed. */
export function formatGate(gate: Gate): string {
  switch (gate.kind) {
    case 'new-conflicts':
    case 'new-gaps':
      return gate.kind;
    case 'conflicts':
    case 'gaps':
      return `${gate.kind}>${gate.max}`;
  }
}

/** Checks every gate against the figures, in order. */
export function evaluateGates(gates: readonly Gate[], figures: GateFigures): GateOutcome[] {
  return gates.map((gate) => {
    const value = figureOf(gate, figures);
    const limit = gate.kind === 'conflicts' || gate.kind === 'gaps' ? gate.max : 0;
    return { gate: formatGate(gate), value, passed: value <= limit };
  });
}

function figureOf(gate: Gate, f: GateFigures): number {
  switch (gate.kind) {
    case 'new-conflicts':
      return f.newConflicts;
    case 'new-gaps':
      return f.newGaps;
    case 'conflicts':
      return f.openConflicts;
    case 'gaps':
      return f.openGaps;
  }
}
