"""Brute-force baseline of the dutylens all-pairs benchmark, run by bench.ts.

Reads the same pre-tokenised documents dutylens reads (one document per line,
tokens separated by tabs), builds TF-IDF with scikit-learn's defaults (raw
counts, smooth idf, L2 norm), multiplies X by X^T in row chunks and keeps the
pairs i < j with cosine >= threshold whose groups differ (skipped rows take
no part). Prints one JSON line: seconds, peak RSS, pair count.
Usage: sklearn-allpairs.py TOKENS GROUP.bin SKIP.bin THRESHOLD OUT.bin [CHUNK]
"""
import json
import resource
import sys
import time

import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer


def identity(tokens):
    return tokens


def main(tokens_path, group_path, skip_path, threshold, out_path, chunk):
    start = time.perf_counter()
    with open(tokens_path, encoding="utf-8") as f:
        docs = [line.rstrip("\n").split("\t") if line.strip("\n") else [] for line in f]
    group = np.fromfile(group_path, dtype="<i4")
    skip = np.fromfile(skip_path, dtype="u1")
    x = TfidfVectorizer(analyzer=identity).fit_transform(docs).tocsr()
    active = np.flatnonzero(skip == 0)
    xa = x[active]
    xt = xa.T.tocsr()
    ga = group[active]
    found_i, found_j, found_s = [], [], []
    for lo in range(0, xa.shape[0], chunk):
        block = (xa[lo:lo + chunk] @ xt).tocoo()
        rows = block.row + lo
        keep = (block.data >= threshold) & (block.col > rows) & (ga[rows] != ga[block.col])
        found_i.append(active[rows[keep]])
        found_j.append(active[block.col[keep]])
        found_s.append(block.data[keep])
    seconds = time.perf_counter() - start
    out = np.zeros(sum(len(a) for a in found_i), dtype=[("i", "<i4"), ("j", "<i4"), ("s", "<f8")])
    if len(out):
        out["i"] = np.concatenate(found_i)
        out["j"] = np.concatenate(found_j)
        out["s"] = np.concatenate(found_s)
    out.tofile(out_path)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peakMB": peak_mb, "pairs": int(len(out)), "sklearn": sklearn.__version__}))


if __name__ == "__main__":
    args = sys.argv[1:]
    main(args[0], args[1], args[2], float(args[3]), args[4], int(args[5]) if len(args) > 5 else 1000)
