import { InvalidArgumentError } from 'commander';

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
