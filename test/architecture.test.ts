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
  // The CLI reaches analysis only through run/ (the pipeline) and report/index.ts (the report registry); see below.
  cli: ['model', 'report', 'run', 'util'],
};

/** The only layers that touch the file system: reading input, orchestrating runs, the terminal. */
const FILE_SYSTEM_LAYERS: readonly string[] = ['ingest', 'run', 'cli'];

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

  it('src/cli reaches the report only through its registry (report/index.ts)', () => {
    const bad: string[] = [];
    for (const file of files(join('src', 'cli'))) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
        if (spec.startsWith('../report/') && spec !== '../report/index.ts') bad.push(`${relative('src', file)} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('node:fs is used only in ingest/, run/ and cli/: rules, lexicons and catalogues are read there and handed in as data', () => {
    const bad: string[] = [];
    for (const file of files('src')) {
      const at = relative('src', file).split(/[\\/]/);
      if (FILE_SYSTEM_LAYERS.includes(at[0])) continue;
      if (/(?:from|import)\s*\(?\s*'(?:node:)?fs(?:\/promises)?'/.test(readFileSync(file, 'utf8'))) bad.push(relative('src', file));
    }
    expect(bad).toEqual([]);
  });
});
