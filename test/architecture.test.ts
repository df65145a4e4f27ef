import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Data flows one way: ingest → parse → text → similarity → findings → report,
 * with run/ orchestrating and cli/ talking to the terminal. Each layer may
 * import only the layers listed for it (parse uses text's normalisation, and
 * findings reads roles from parse); report/ reads the result types only.
 */
const ALLOWED: Record<string, readonly string[]> = {
  util: [],
  ingest: ['model', 'util'],
  text: ['model', 'util'],
  parse: ['ingest', 'model', 'text', 'util'],
  similarity: ['model', 'text', 'util'],
  findings: ['model', 'parse', 'similarity', 'text', 'util'],
  report: ['model'],
  run: ['findings', 'ingest', 'model', 'parse', 'report', 'similarity', 'text', 'util'],
  cli: ['findings', 'ingest', 'model', 'parse', 'report', 'run', 'similarity', 'text', 'util'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('architecture', () => {
  it.each(Object.keys(ALLOWED))('src/%s imports only the layers upstream of it', (layer) => {
    const bad: string[] = [];
    for (const file of files(join('src', layer))) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
        if (!spec.startsWith('.')) continue;
        const target = relative('src', join(file, '..', spec)).split(/[\\/]/)[0].replace(/\.ts$/, '');
        if (target !== layer && !ALLOWED[layer].includes(target)) bad.push(`${relative('src', file)} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
