import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePositionDescriptions } from '../corpus/position-descriptions.ts';
import type { Benchmark } from '../lib/benchmark.ts';
import { timeCli } from '../lib/time-cli.ts';
import { FOLDER_THRESHOLDS } from './files.ts';

/** Default sizes: rendering should take twice as long for twice the documents, not more. */
const SIZES = [2_000, 4_000];

/** How the documents are grouped: one organisation, or each document its own (an org model without organisations). */
const GROUPINGS = ['one organisation', 'an organisation each'] as const;

/** Writes the result.json of `count` generated position descriptions under `dir` (not timed) and returns its path. */
function analysed(dir: string, count: number, grouping: (typeof GROUPINGS)[number]): string {
  writePositionDescriptions(join(dir, 'in'), count);
  let input = join(dir, 'in');
  if (grouping === 'an organisation each') {
    const model = join(dir, 'model.json');
    timeCli(['extract', input, '-o', model, '-q']);
    const parsed = JSON.parse(readFileSync(model, 'utf8')) as { documents: { organisation?: string }[] };
    for (const d of parsed.documents) delete d.organisation;
    writeFileSync(model, JSON.stringify(parsed));
    input = model;
  }
  const run = timeCli(['analyze', input, '-o', join(dir, 'analysed'), '--allow-outside', '--reporters', 'json', '-q', ...FOLDER_THRESHOLDS]);
  if (run.code !== 0) throw new Error(`analyze exited with ${run.code}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return join(dir, 'analysed', 'result.json');
}

/**
 * `dutylens render result.json` with every reporter (html, json, csv, xlsx,
 * md) on the results of 2,000 and 4,000 generated position descriptions,
 * grouped both ways, in a fresh process each: the time should grow with the
 * result, and twice the documents give about twice the duties and (in one
 * organisation) four times the pairs, so the growth is printed against both.
 */
export const renderBenchmark: Benchmark = {
  name: 'render',
  description: 'dutylens render (all reporters) at 2,000 and 4,000 documents, in one organisation and an organisation each',
  async run(options, print) {
    const sizes = options.size ? [options.size, options.size * 2] : SIZES;
    for (const grouping of GROUPINGS) {
      const times: { count: number; seconds: number; mb: number; bytes: number }[] = [];
      for (const count of sizes) {
        const dir = mkdtempSync(join(tmpdir(), 'dutylens-render-'));
        try {
          const result = analysed(dir, count, grouping);
          const run = timeCli(['render', result, '-o', join(dir, 'out'), '-q']);
          if (run.code !== 0) {
            print(`render N=${count} (${grouping}): failed with exit code ${run.code}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
            continue;
          }
          times.push({ count, seconds: run.seconds, mb: run.mb, bytes: readFileSync(result).length });
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
      const line = times.map((t) => `${t.count} documents ${t.seconds.toFixed(1)} s ${Math.round(t.mb)} MB (result.json ${(t.bytes / 2 ** 20).toFixed(0)} MB)`).join(', ');
      const growth = times.length === 2 ? `; time ×${(times[1].seconds / times[0].seconds).toFixed(2)} for result.json ×${(times[1].bytes / times[0].bytes).toFixed(2)}` : '';
      print(`render (${grouping}): ${line}${growth}`);
    }
  },
};
