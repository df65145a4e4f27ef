import { readOnetTasks, ONET_TASKS_PATH } from '../lib/onet-tasks.ts';
import { englishWords } from '../lib/tokens.ts';
import { compareOnCorpus } from '../lib/compare-run.ts';
import type { Benchmark } from '../lib/benchmark.ts';

/** dutylens against scikit-learn on the real O*NET task statements (English words), pairs between occupations. */
export const onetBenchmark: Benchmark = {
  name: 'onet',
  description: 'exact all-pairs vs scikit-learn on the 18,796 O*NET 29.3 task statements',
  async run(options, print) {
    const tasks = readOnetTasks();
    if (tasks === null) {
      print(`onet: skipped, ${ONET_TASKS_PATH} not found (../shared/eval/onet-29.3 is absent)`);
      return;
    }
    const count = options.size === null ? tasks.texts.length : Math.min(options.size, tasks.texts.length);
    await compareOnCorpus(
      { label: `onet N=${count}`, count, tokensOf: (k) => englishWords(tasks.texts[k]), group: tasks.occupation.subarray(0, count), skip: new Uint8Array(count) },
      { ...options, sklearnMax: Math.max(options.sklearnMax, tasks.texts.length) },
      print,
    );
  },
};
