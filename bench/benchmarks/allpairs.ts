import { generateCorpus, PLANT_KINDS } from '../corpus/generate.ts';
import { charBigrams } from '../lib/tokens.ts';
import { compareOnCorpus } from '../lib/compare-run.ts';
import type { Benchmark } from '../lib/benchmark.ts';

/** Default sizes of the comparison: exactness is checked against scikit-learn up to --sklearn-max. */
const SIZES = [10000, 50000, 100000];

/**
 * dutylens against scikit-learn's brute force on the synthetic Chinese corpus
 * (char bigrams), pairs between different units, boilerplate skipped.
 */
export const allpairsBenchmark: Benchmark = {
  name: 'allpairs',
  description: 'exact all-pairs vs scikit-learn TF-IDF + chunked X·Xᵀ on the synthetic corpus',
  async run(options, print) {
    for (const size of options.size === null ? SIZES : [options.size]) {
      const corpus = generateCorpus({ size });
      const boilerplate = PLANT_KINDS.indexOf('boilerplate');
      await compareOnCorpus(
        {
          label: `allpairs N=${size}`,
          count: size,
          tokensOf: (k) => charBigrams(corpus.texts[k]),
          group: corpus.unit,
          skip: Uint8Array.from(corpus.plant, (p) => (p === boilerplate ? 1 : 0)),
        },
        options,
        print,
      );
    }
  },
};
