import { InvalidArgumentError, type Command } from 'commander';

/** A commander parser for a numeric flag, naming the flag when the value is not a number. */
export function number(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n)) throw new InvalidArgumentError(`${name} must be a number`);
    return n;
  };
}

/** A comma-separated flag value as a list ("html, json" → ["html", "json"]). */
export function list(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

/** The analysis settings `analyze` and `run` both take: coverage level, the four thresholds and the reporters. */
export function analysisFlags(cmd: Command): Command {
  return cmd
    .option('--level <n>', 'unit depth for coverage: 0 = top units', number('--level'))
    .option('--candidate-threshold <x>', 'pairs scoring below this are not considered', number('--candidate-threshold'))
    .option('--overlap-threshold <x>', 'business pairs at or above this are overlaps', number('--overlap-threshold'))
    .option('--duplicate-threshold <x>', 'pairs at or above this are duplicates', number('--duplicate-threshold'))
    .option('--coverage-threshold <x>', 'a duty covers a catalogue function at or above this', number('--coverage-threshold'))
    .option('--reporters <list>', 'outputs to write: html,json,csv,xlsx,md', list)
    .option('--semantic', 'also find paraphrases in Chinese duties with the bundled sentence-embedding model (slower)');
}
