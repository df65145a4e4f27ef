/**
 * Golden-file comparison for the report renderers: compares byte for byte
 * with test/golden/report/<name>, or rewrites the file when UPDATE_GOLDEN=1.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

const DIR = new URL('../golden/report/', import.meta.url);

/** Asserts that `content` equals the golden file `name` (or writes it under UPDATE_GOLDEN=1). */
export function expectGolden(name: string, content: string | Uint8Array): void {
  const file = new URL(name, DIR);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, bytes);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file test/golden/report/${name} is missing: run UPDATE_GOLDEN=1 npx vitest run test/report`);
  const expected = readFileSync(file);
  // Compare as text first so a failure shows a readable diff, then as bytes.
  expect(bytes.toString('utf8')).toBe(expected.toString('utf8'));
  expect(bytes.equals(expected)).toBe(true);
}
