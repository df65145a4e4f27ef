import { sparseFromMap, type CsrMatrix, type SparseVector } from './sparse.ts';
import { featureFamily, vocabularyKey, type FeatureFamily } from '../text/feature-family.ts';
import { priorIdfOf, type IdfTable } from '../text/idf-prior.ts';

/** How a feature's count in one text becomes its term weight. */
export type TfScheme = 'raw' | 'sublinear' | 'binary' | 'bm25';

/** The weights the vectoriser exposes. All optional; see DEFAULT_VECTORIZE_OPTIONS. */
export interface VectorizeOptions {
  /** Term-frequency scheme: raw count, 1 + ln(count), 1, or BM25 saturation with length normalisation. */
  tf?: TfScheme;
  /** BM25 saturation k1 (tf 'bm25' only). */
  k1?: number;
  /** BM25 length normalisation b in [0, 1] (tf 'bm25' only). */
  b?: number;
  /** Exponent on idf: above 1 lets rare, specific terms dominate more. */
  idfPower?: number;
  /** Term-frequency scheme per feature family, overriding tf for those families. */
  familyTf?: Partial<Record<FeatureFamily, TfScheme>>;
  /** Multiplier per feature family (features without a family prefix count as 1). */
  familyWeights?: Partial<Record<FeatureFamily, number>>;
  /**
   * Prior idf table (see text/idf-prior.ts; the lexicon's idfPrior) that caps
   * the corpus idf: a word common in the language is not specific just
   * because the analysed corpus is small or never repeats it. Null: the
   * corpus alone.
   */
  idfPrior?: IdfTable | null;
  /** How far the cap pulls, in [0, 1]: (1 − w) × corpus idf + w × min(corpus idf, prior idf), for features the prior knows. */
  priorWeight?: number;
  /**
   * Share of the corpus's texts above which a feature is the documents' template rather than the
   * work (关于…事项, 规划及推动 in every item of a 组织规程); see withoutTemplate. Corpora of fewer
   * than TEMPLATE_MIN_TEXTS texts have no template.
   */
  templateShare?: number;
  /** The factor withoutTemplate puts on a template feature's weight (1: none). */
  templateWeight?: number;
}

/** Fewer texts than this and a document frequency says little about a template. */
const TEMPLATE_MIN_TEXTS = 20;

/** A fitted vector space: vocabulary, inverse document frequencies and the options used. */
export interface VectorSpace {
  /**
   * Vocabulary entry (see vocabularyKey: a filler character shares its
   * character's entry) → index into idf. Insertion order is first appearance
   * in the corpus, so indices are deterministic.
   */
  vocab: Map<string, number>;
  /** Smoothed idf per feature, raised to options.idfPower: (ln((1 + N) / (1 + df)) + 1)^p. */
  idf: Float32Array;
  /** Number of texts the space was fitted on. */
  documentCount: number;
  /** Mean number of features per text (for BM25 length normalisation). */
  meanLength: number;
  /** 1 for each feature in more than options.templateShare of the texts (the template), else 0. */
  template: Uint8Array;
  /** The options, with defaults filled in. */
  options: Required<VectorizeOptions>;
}

/**
 * Defaults chosen on ../shared/eval (bench/eval-onet.ts, bench/eval-stsb.ts;
 * a few global weights, so they are fitted to those sets):
 * - English: sublinear tf, stems 1, character n-grams 0.25, WordNet senses
 *   and hypernyms 0.5 each (task-pair AP 0.630 → 0.651; binary tf 0.649).
 * - Chinese: binary tf (a character repeated inside one duty is word
 *   structure, not emphasis), characters 1, words 0.25, bigrams 0.1, and
 *   character idf capped by the general-language prior (a character common
 *   in Chinese is not specific just because a small corpus rarely repeats
 *   it): STS-B 68.9 → 69.2 (binary) → 69.5 (weights) → 69.8 (cap); with
 *   thousands separators and glued Latin words fixed in terms-zh.ts, 69.95.
 * - Chinese filler characters (of stopwords) share their character's entry,
 *   so its df counts them (69.95 → 69.99, labelled false alarms 0.049 →
 *   0.040), and weigh 0.1, a tenth of a content character, so role verbs and
 *   filler still barely move duty similarity: 69.99 → 70.04. (0.2 gives 70.08
 *   but brings the closest labelled conflict to 0.2802 against the 0.28
 *   overlap threshold, 0.2821 at 0.1; 1, i.e. stopwords kept at character
 *   level, gives 70.26 but drops conflict recall to 0.826.)
 * Plain smoothed idf otherwise (powers 0.75–2 were no better). The prior
 * is data, so the default here is none: the analysis passes its lexicon's
 * idfPrior (the shipped general table unless the user's lexicon replaces it).
 */
export const DEFAULT_VECTORIZE_OPTIONS: Required<VectorizeOptions> = {
  tf: 'sublinear',
  k1: 1.2,
  b: 0.5,
  idfPower: 1,
  familyWeights: { word: 0.25, bigram: 0.1, char: 1, filler: 0.1, stem: 1, ngram: 0.25, phrase: 1, sense: 0.5, hypernym: 0.5 },
  familyTf: { word: 'binary', bigram: 'binary', char: 'binary', filler: 'binary' },
  idfPrior: null,
  priorWeight: 1,
  templateShare: 0.25,
  templateWeight: 0.5,
};

/** Merges options over the defaults (family weights per family). */
export function resolveVectorizeOptions(options: VectorizeOptions = {}): Required<VectorizeOptions> {
  return {
    ...DEFAULT_VECTORIZE_OPTIONS,
    ...options,
    familyWeights: { ...DEFAULT_VECTORIZE_OPTIONS.familyWeights, ...options.familyWeights },
    familyTf: { ...DEFAULT_VECTORIZE_OPTIONS.familyTf, ...options.familyTf },
  };
}

/**
 * Fits a vector space on the feature lists of a corpus (one list per text,
 * e.g. every duty of the analysed documents): vocabulary entries (see
 * vocabularyKey) and their document frequencies in one pass, with a Map and a growing typed array so a million
 * texts × 30 features stay a few hundred MB.
 */
export function buildVectorSpace(featureLists: string[][], options?: VectorizeOptions): VectorSpace {
  return buildVectorSpaceOf(featureLists.length, (i) => featureLists[i], options);
}

/** buildVectorSpace over `count` texts whose features are produced one at a time, so they need not all be held at once. */
export function buildVectorSpaceOf(count: number, featuresAt: (i: number) => string[], options?: VectorizeOptions): VectorSpace {
  const vocab = new Map<string, number>();
  let df = new Uint32Array(1024);
  let totalLength = 0;
  for (let i = 0; i < count; i++) {
    const features = featuresAt(i);
    totalLength += features.length;
    for (const key of new Set(features.map(vocabularyKey))) {
      let index = vocab.get(key);
      if (index === undefined) {
        index = vocab.size;
        vocab.set(key, index);
        if (index >= df.length) {
          const grown = new Uint32Array(df.length * 2);
          grown.set(df);
          df = grown;
        }
      }
      df[index]++;
    }
  }
  const n = count;
  const idf = new Float32Array(vocab.size);
  const resolved = resolveVectorizeOptions(options);
  const prior = resolved.idfPrior;
  const w = resolved.priorWeight;
  const template = new Uint8Array(vocab.size);
  let t = 0;
  for (const feature of vocab.keys()) {
    if (n >= TEMPLATE_MIN_TEXTS && df[t] / n > resolved.templateShare) template[t] = 1;
    const own = Math.log((1 + n) / (1 + df[t])) + 1;
    const general = prior ? priorIdfOf(feature, prior) : undefined;
    idf[t] = (general === undefined ? own : (1 - w) * own + w * Math.min(own, general)) ** resolved.idfPower;
    t++;
  }
  return { vocab, idf, documentCount: n, meanLength: n > 0 ? totalLength / n : 0, template, options: resolved };
}

/** Term weight of a feature counted `count` times in a text of `length` features. */
function termWeight(count: number, length: number, tf: TfScheme, space: VectorSpace): number {
  const { k1, b } = space.options;
  switch (tf) {
    case 'raw':
      return count;
    case 'sublinear':
      return 1 + Math.log(count);
    case 'binary':
      return 1;
    case 'bm25': {
      const norm = k1 * (1 - b + (b * length) / Math.max(1e-9, space.meanLength));
      return (count * (k1 + 1)) / (count + norm);
    }
  }
}

/**
 * The L2-normalised weight vector of a text's features in a fitted space.
 * Also for texts outside the corpus (catalogue functions): features the space
 * has never seen are ignored, since they can match nothing in it. Features
 * that share an entry (a character in content and in a stopword) give it the
 * larger of their weights.
 */
export function vectorize(space: VectorSpace, features: string[]): SparseVector {
  const counts = new Map<string, number>();
  for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const weights = new Map<number, number>();
  for (const [feature, count] of counts) {
    const index = space.vocab.get(vocabularyKey(feature));
    if (index === undefined) continue;
    const family = featureFamily(feature);
    const factor = family ? (space.options.familyWeights[family] ?? 1) : 1;
    const tf = (family ? space.options.familyTf[family] : undefined) ?? space.options.tf;
    const weight = termWeight(count, features.length, tf, space) * space.idf[index] * factor;
    weights.set(index, Math.max(weights.get(index) ?? 0, weight));
  }
  return sparseFromMap(weights);
}

/**
 * The vectors of `count` texts in one CSR matrix (see sparse.ts), each text's
 * features produced one at a time: no object per vector, so a million duties
 * cost their nonzeros (8 bytes each) and three arrays. `capacity` is an upper
 * bound on the nonzeros when the caller knows one (the number of features
 * with repeats): the arrays are then allocated once, never regrown or copied.
 */
export function vectorizeAll(space: VectorSpace, count: number, featuresAt: (i: number) => string[], capacity = 1024): CsrMatrix {
  const rowPtr = new Int32Array(count + 1);
  let col = new Uint32Array(capacity);
  let val = new Float32Array(capacity);
  for (let i = 0; i < count; i++) {
    const v = vectorize(space, featuresAt(i));
    const at = rowPtr[i];
    if (at + v.indices.length > col.length) {
      const size = Math.max(col.length * 2, at + v.indices.length);
      const grownCol = new Uint32Array(size);
      grownCol.set(col);
      col = grownCol;
      const grownVal = new Float32Array(size);
      grownVal.set(val);
      val = grownVal;
    }
    col.set(v.indices, at);
    val.set(v.values, at);
    rowPtr[i + 1] = at + v.indices.length;
  }
  // Views, not copies: at most the bound's slack (repeated features) stays allocated.
  return { rowPtr, col: col.subarray(0, rowPtr[count]), val: val.subarray(0, rowPtr[count]) };
}

/**
 * The vectors with the corpus's template played down, for comparing texts with each other: a
 * feature in more than a quarter of the texts (关于…之…事项, 规划及推动 in every item of a 组织规程,
 * "to study and draft" in every English division) is the way the documents are written, not the
 * work, so its weight is multiplied by options.templateWeight and each row is L2-normalised
 * again. Matching texts against a catalogue keeps the plain vectors: there a short duty whose
 * common words were played down would match a function on one rare word (维护客户关系 ↔ 公共关系).
 * Chosen on the tuning parts: pair corpus tune false alarms 0.127 → 0.086, flags per 100 duties
 * 18.2 → 10.9, for recall 0.306 → 0.274; labelled set recall 0.870 → 0.913. (Share 0.2 or weight
 * 0.4 cost more recall; share 0.3 or weight 0.6 kept more false alarms.)
 */
export function withoutTemplate(space: VectorSpace, vectors: CsrMatrix): CsrMatrix {
  const w = space.options.templateWeight;
  if (w === 1 || !space.template.some((x) => x === 1)) return vectors;
  const val = new Float32Array(vectors.val.length);
  for (let r = 0; r + 1 < vectors.rowPtr.length; r++) {
    let norm = 0;
    for (let k = vectors.rowPtr[r]; k < vectors.rowPtr[r + 1]; k++) {
      val[k] = space.template[vectors.col[k]] === 1 ? vectors.val[k] * w : vectors.val[k];
      norm += val[k] * val[k];
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = vectors.rowPtr[r]; k < vectors.rowPtr[r + 1]; k++) val[k] *= scale;
  }
  return { rowPtr: vectors.rowPtr, col: vectors.col, val };
}
