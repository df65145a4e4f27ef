import type { SparseVector } from '../similarity/sparse.ts';

/** Term index → the duties holding it and the term's weight in each. */
interface Postings {
  duties: number[];
  weights: number[];
}

/**
 * Scores every duty against every catalogue function. A function is a list
 * of vectors (one per match text: header and examples); a duty's score is
 * the best cosine over them, so a duty matches when it reads like any one
 * phrasing of the function. Returns, per function, the duties scoring at
 * least `floor` (and above 0) as [dutyIndex, score], by duty index.
 *
 * Each example is scored against all duties at once through an inverted
 * index of the duty vectors, so only duties sharing a term are touched.
 * The products are added in ascending term order, the order sparseDot
 * uses, so every score equals sparseDot(example, duty) exactly (the tests
 * check this against a sparseDot loop); a sparseDot per (example, duty)
 * would cost a full merge even for the many duties sharing no term.
 */
export function matchFunctions(
  functionVectors: readonly (readonly SparseVector[])[],
  dutyVectors: readonly SparseVector[],
  floor: number,
): Array<Array<[number, number]>> {
  const postings = invertedIndex(dutyVectors);
  const best = new Float64Array(dutyVectors.length);
  const dot = new Float64Array(dutyVectors.length);
  const inExample = new Uint8Array(dutyVectors.length);
  return functionVectors.map((examples) => {
    // Every duty this function reached through any example; best[] holds its top score until collected.
    const reached = new Set<number>();
    for (const example of examples) {
      const touched: number[] = [];
      for (let k = 0; k < example.indices.length; k++) {
        const list = postings.get(example.indices[k]);
        if (list === undefined) continue;
        const w = example.values[k];
        for (let p = 0; p < list.duties.length; p++) {
          const duty = list.duties[p];
          if (!inExample[duty]) {
            inExample[duty] = 1;
            touched.push(duty);
          }
          dot[duty] += w * list.weights[p];
        }
      }
      for (const duty of touched) {
        if (dot[duty] > best[duty]) best[duty] = dot[duty];
        reached.add(duty);
        dot[duty] = 0;
        inExample[duty] = 0;
      }
    }
    const hits: Array<[number, number]> = [];
    for (const duty of [...reached].sort((a, b) => a - b)) {
      if (best[duty] > 0 && best[duty] >= floor) hits.push([duty, best[duty]]);
      best[duty] = 0;
    }
    return hits;
  });
}

/** The inverted index of the duty vectors; postings list duties in ascending order. */
function invertedIndex(vectors: readonly SparseVector[]): Map<number, Postings> {
  const postings = new Map<number, Postings>();
  vectors.forEach((v, d) => {
    for (let k = 0; k < v.indices.length; k++) {
      let list = postings.get(v.indices[k]);
      if (list === undefined) {
        list = { duties: [], weights: [] };
        postings.set(v.indices[k], list);
      }
      list.duties.push(d);
      list.weights.push(v.values[k]);
    }
  });
  return postings;
}
