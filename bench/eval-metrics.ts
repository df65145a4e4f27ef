/**
 * Average precision of a scored binary labelling: the mean, over positives,
 * of the precision at each positive's rank (score descending). Ties are
 * broken pessimistically (negatives first) so a constant score earns nothing.
 */
export function averagePrecision(scores: ArrayLike<number>, positive: ArrayLike<boolean>): number {
  const order = Array.from({ length: scores.length }, (_, k) => k).sort(
    (x, y) => scores[y] - scores[x] || Number(positive[x]) - Number(positive[y]),
  );
  let hits = 0;
  let sum = 0;
  order.forEach((k, rank) => {
    if (positive[k]) sum += ++hits / (rank + 1);
  });
  return hits > 0 ? sum / hits : 0;
}

/** Ranks (1-based) with ties given their mean rank. */
export function fractionalRanks(values: ArrayLike<number>): Float64Array {
  const order = Array.from({ length: values.length }, (_, k) => k).sort((x, y) => values[x] - values[y]);
  const ranks = new Float64Array(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++;
    for (let k = i; k <= j; k++) ranks[order[k]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return ranks;
}

/** Pearson correlation of two equally long series. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] / n;
    my += y[i] / n;
  }
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** Spearman rank correlation (Pearson on fractional ranks). */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearson(fractionalRanks(x), fractionalRanks(y));
}

/** Precision at k of a ranked list against a relevant set. */
export function precisionAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / k;
}

/** Average precision at k: sum of precision at each relevant rank ≤ k, over min(k, |relevant|). */
export function averagePrecisionAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  let sum = 0;
  ranked.slice(0, k).forEach((id, rank) => {
    if (relevant.has(id)) sum += ++hits / (rank + 1);
  });
  return sum / Math.min(k, relevant.size);
}
