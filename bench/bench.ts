/**
 * `npm run bench`: runs the named benchmarks (all, or those given with
 * --only) and prints one parseable line per comparison. Not part of npm test.
 * Flags: --only startup,seeds,onet-report,allpairs,onet,scale,files10k,render,pipeline,semantic  --size N  --threshold 0.6  --workers 2
 *        --sklearn-max 50000  --brute-max 10000
 */
import '../src/cli/env.ts';
import { parseBenchArgs } from './lib/args.ts';
import type { Benchmark } from './lib/benchmark.ts';
import { allpairsBenchmark } from './benchmarks/allpairs.ts';
import { onetBenchmark } from './benchmarks/onet.ts';
import { scaleBenchmark } from './benchmarks/scale.ts';
import { seedsBenchmark } from './benchmarks/seeds.ts';
import { onetReportBenchmark } from './benchmarks/onet-report.ts';
import { pipelineBenchmark } from './benchmarks/pipeline.ts';
import { startupBenchmark } from './benchmarks/startup.ts';
import { semanticBenchmark } from './benchmarks/semantic.ts';
import { filesBenchmark } from './benchmarks/files.ts';
import { renderBenchmark } from './benchmarks/render.ts';

/** Every benchmark, in the order a full run takes them; add new ones here. */
const BENCHMARKS: readonly Benchmark[] = [startupBenchmark, seedsBenchmark, onetReportBenchmark, allpairsBenchmark, onetBenchmark, scaleBenchmark, filesBenchmark, renderBenchmark, pipelineBenchmark, semanticBenchmark];

const options = parseBenchArgs(process.argv.slice(2));
const unknown = options.only.filter((name) => !BENCHMARKS.some((b) => b.name === name));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => `${b.name} (${b.description})`).join('; ')}`);
  process.exit(2);
}
for (const benchmark of BENCHMARKS) {
  if (options.only.length > 0 && !options.only.includes(benchmark.name)) continue;
  await benchmark.run(options, (line) => console.log(line));
}
