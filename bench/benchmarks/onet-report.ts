import type { Benchmark } from '../lib/benchmark.ts';
import { reportOnetBench } from '../report-onet.ts';

/** O*NET end to end with the HTML report, and the report opened in Chromium. */
export const onetReportBenchmark: Benchmark = {
  name: 'onet-report',
  description: 'O*NET 29.3 (923 occupations) analysed and rendered to HTML, then opened in Chromium (targets: < 30 s, < 15 MB, < 2 s)',
  async run(_options, print) {
    await reportOnetBench(print);
  },
};
